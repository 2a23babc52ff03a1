// The export dialog's "Pandoc citations" in the browser host: a coded passage exported as
// Markdown with a BibTeX bibliography comes down as two files, the report naming the
// bibliography and citing the passage as [@key, p. N], and the done line names both.
import { EN_SENTENCES } from '../fixtures/pdf-fixtures';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import { callApi as call } from './api-call';
import { expect, test } from './fixtures';
import { EvidencePage } from './pages/evidence-page';

test.use({ seed: ['english'] });

test('exports Markdown with Pandoc citations and its BibTeX file beside it', async ({ glossa, page }) => {
  await glossa.openApp();
  const [doc] = await call<Array<{ id: string; pageCount: number }>>(glossa, 'documents.list', {});
  await call(glossa, 'documents.update', { id: doc.id, patch: { organisation: 'osce', year: 2021 } });
  const code = await call<{ id: string }>(glossa, 'codes.create', { name: 'Victim identification', color: '#e15759', definition: '' });
  const text = await call<string>(glossa, 'documents.pageText', { id: doc.id, pageIndex: 0 });
  const word = EN_SENTENCES[0].split(' ').slice(0, 3).join(' ');
  const start = text.indexOf(word);
  expect(start).toBeGreaterThan(-1);
  const { quote, position } = createSelectors(text, start, start + word.length);
  await call(glossa, 'annotations.create', { documentId: doc.id, kind: 'text', targets: [{ pageIndex: 0, rects: [{ x1: 72, y1: 700, x2: 300, y2: 714 }], quote, position }], color: null, comment: '', codeIds: [code.id] });

  const evidence = new EvidencePage(page);
  await evidence.open();
  await evidence.exportButton.click();
  await page.getByTestId('export-format-docx').check();
  await expect(page.getByTestId('export-pandoc')).toHaveCount(0);
  await page.getByTestId('export-format-md').check();
  await expect(page.getByTestId('export-bibliography')).toBeDisabled();
  await page.getByTestId('export-pandoc').check();
  await page.getByTestId('export-bibliography').selectOption('bibtex');
  const downloads: Array<import('@playwright/test').Download> = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-done-companion')).toContainText(/glossa-evidence-\d{4}-\d{2}-\d{2}\.bib/);
  await expect.poll(() => downloads.length).toBe(2);
  const [md, bib] = downloads;
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  expect(bib.suggestedFilename()).toBe(md.suggestedFilename().replace(/\.md$/, '.bib'));
  const read = async (d: import('@playwright/test').Download) => {
    const stream = await d.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  const mdText = await read(md);
  expect(mdText).toContain(`bibliography: "${bib.suggestedFilename()}"`);
  const key = /\[@([^,\]]+), p\. 1\]/.exec(mdText)?.[1];
  expect(key).toBeTruthy();
  expect(await read(bib)).toContain(`{${key},\n`);
});
