// Links back to the passage, end to end in the browser host: two passages coded through the
// API, a DOCX export downloaded from the evidence view, the second passage's link read out of
// the DOCX (its w:hyperlink's external relationship), mapped to the web host's /open route and
// followed — in the Glossa tab itself, and from a fresh tab without the token (as a click in a
// document opens one), which hands it to the Glossa tab. Each time the reader shows that page
// with the passage's highlight selected and in view.
import fs from 'node:fs';
import path from 'node:path';
import { createSelectors } from '../../shared/anchoring/create-selectors';
import type { AnnotationTarget } from '../../shared/domain/annotation';
import { parsePassageLink, webOpenPath } from '../../shared/links/passage-link';
import { EN_SENTENCES } from '../fixtures/pdf-fixtures';
import { unzipAll } from '../helpers/read-zip';
import { callApi } from './api-call';
import { expect, test, type GlossaEnv } from './fixtures';
import { EvidencePage } from './pages/evidence-page';

test.use({ seed: ['english'] });

interface Doc { id: string; title: string; pageCount: number }

async function targetOf(glossa: GlossaEnv, doc: Doc, sentence: string): Promise<AnnotationTarget> {
  const pattern = new RegExp(sentence.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  for (let pageIndex = 0; pageIndex < doc.pageCount; pageIndex++) {
    const text = await callApi<string>(glossa, 'documents.pageText', { id: doc.id, pageIndex });
    const m = pattern.exec(text);
    if (m) {
      const { quote, position } = createSelectors(text, m.index, m.index + m[0].length);
      return { pageIndex, rects: [{ x1: 72, y1: 690, x2: 420, y2: 712 }], quote, position };
    }
  }
  throw new Error(`"${sentence}" not found`);
}

/** The glossa:// link of each passage in the DOCX, in document order (w:hyperlink -> rels). */
async function docxLinks(file: string): Promise<string[]> {
  const files = await unzipAll(fs.readFileSync(file));
  const xml = files.get('word/document.xml')!.toString('utf8');
  const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship ([^>]*)\/>/g)) {
    const id = /Id="([^"]+)"/.exec(m[1])?.[1];
    const target = /Target="([^"]+)"/.exec(m[1])?.[1];
    if (id && target && /TargetMode="External"/.test(m[1])) targets.set(id, target.replace(/&amp;/g, '&'));
  }
  return [...xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)].map((m) => targets.get(m[1]) ?? '').filter((t) => t.startsWith('glossa:'));
}

test('a DOCX passage link opens that passage in the web host, in the Glossa tab and from a tab without the token', async ({ glossa, page, reader, context }) => {
  await glossa.openApp();
  const [doc] = await callApi<Doc[]>(glossa, 'documents.list', {});
  const code = await callApi<{ id: string }>(glossa, 'codes.create', { name: 'Victim identification', color: '#e15759' });
  const annotate = async (sentence: string) =>
    callApi<{ id: string }>(glossa, 'annotations.create', { documentId: doc.id, kind: 'text', targets: [await targetOf(glossa, doc, sentence)], color: null, comment: '', codeIds: [code.id] });
  const first = await annotate(EN_SENTENCES[0]);
  const third = await annotate(EN_SENTENCES[2]);
  const project = await callApi<{ id: string }>(glossa, 'project.current');

  const evidence = new EvidencePage(page);
  await evidence.open();
  await evidence.expectTotal(2);
  const download = await evidence.exportAs('docx');
  const file = path.join(glossa.tmpDir, 'links.docx');
  await download.saveAs(file);
  const links = await docxLinks(file);
  expect(links).toEqual([first.id, third.id].map((id) => `glossa://open?project=${project.id}&annotation=${id}`));
  const link = parsePassageLink(links[1])!;
  const url = `${glossa.baseUrl}${webOpenPath(link)}`;

  const expectPassage = async () => {
    await expect(reader.root).toHaveAttribute('data-document-id', doc.id);
    await reader.expectShowing(3);
    const highlight = reader.pageBox(3).locator(`[data-testid="highlight"][data-annotation-id="${third.id}"]`);
    await expect(highlight.first()).toHaveClass(/coding-highlight-selected/);
    await expect(highlight.first()).toBeInViewport();
  };

  // 1. Followed in the Glossa tab (its token is in this tab's session storage).
  await page.goto(url);
  await expectPassage();
  expect(new URL(page.url()).pathname).toBe('/');

  // 2. From a tab without the token: it hands the link to the Glossa tab.
  await reader.close();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByTestId('link-handoff')).toHaveAttribute('data-state', 'taken');
  await expectPassage();
  await other.close();
});

test('a link to a project Glossa does not know asks to locate it; a deleted passage and a malformed link say so, in English and Russian', async ({ glossa, page }) => {
  await glossa.openApp();
  const project = await callApi<{ id: string }>(glossa, 'project.current');
  await page.goto(`${glossa.baseUrl}/open?project=0f8fad5b-d9cb-469f-a165-70867728950e&annotation=a1`);
  await expect(page.getByTestId('confirm-message')).toContainText('not open and not among your recent projects');
  await page.getByTestId('confirm-cancel').click();
  await expect(page.getByTestId('confirm-message')).toBeHidden();

  await page.goto(`${glossa.baseUrl}/open?project=${project.id}&annotation=gone-1`);
  await expect(page.getByTestId('toast-error')).toContainText('This passage is no longer in the project');
  await page.goto(`${glossa.baseUrl}/open?project=${project.id}&annotation=..%2Fetc`);
  await expect(page.getByTestId('toast-error').last()).toContainText('not a valid Glossa passage link');

  await callApi(glossa, 'settings.set', { language: 'ru' });
  await page.goto(`${glossa.baseUrl}/open?project=${project.id}&annotation=gone-1`);
  await expect(page.getByTestId('toast-error')).toContainText('Этого фрагмента больше нет в проекте');
});
