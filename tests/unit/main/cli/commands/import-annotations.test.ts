// `glossa import-annotations` and `glossa export --format annotated-pdf` in-process (the same
// dispatcher a user runs) on a real project: `glossa new` and `glossa import` of a PDF with
// Zotero-coloured highlights inside, the colour table printed, the import, a re-run that adds
// nothing, a Hypothesis export imported with --from, and the annotated copy read by pdf.js.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGlossa } from '../../../../helpers/run-glossa';
import { readPageAnnotations } from '../../../../../main/pdf/pdf-annotations';
import { extractPageLayout, extractPageText, openPdf } from '../../../../../main/pdf/pdfjs-node';
import { EN_SENTENCES, makeEnglishReport, writeFixture } from '../../../../fixtures/pdf-fixtures';
import { around, withEmbeddedAnnotations } from '../../../../fixtures/pdf-annotation-fixtures';

let dir: string;
let project: string;

const glossa = (...args: string[]) => runGlossa(args);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-annots-'));
  const report = await makeEnglishReport();
  const pdf = await openPdf(report.slice());
  const text = await extractPageText(pdf, 2);
  const start = text.indexOf(EN_SENTENCES[1]);
  const quads = (await extractPageLayout(pdf, 2)).filter((s) => s.start < start + EN_SENTENCES[1].length && s.end > start).map((s) => s.rect);
  await pdf.destroy();
  const bytes = await withEmbeddedAnnotations(report, [
    { page: 1, subtype: 'Highlight', rect: around(quads), quads, color: '#2ea8e5', contents: 'Blue in Zotero', author: 'Mira K.' },
    { page: 0, subtype: 'Square', rect: { x1: 100, y1: 100, x2: 200, y2: 200 }, color: '#0a0b0c' },
  ]);
  const file = writeFixture(dir, 'zotero.pdf', bytes);
  project = path.join(dir, 'p.glossa');
  expect((await glossa('new', project)).code).toBe(0);
  expect((await glossa('import', project, file)).code).toBe(0);
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('glossa import-annotations', () => {
  it('prints the colour table on --dry-run and imports nothing', async () => {
    const r = await glossa('import-annotations', project, '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 annotations \(0 imported before\)/);
    expect(r.stdout).toMatch(/#2ea8e5 +1 +zotero blue +-> new code "Blue \(Zotero\)"/);
    expect(r.stdout).toMatch(/#0a0b0c +1 +unknown colour +-> no code/);
    expect((await glossa('annotations', project)).stdout).not.toContain('Blue in Zotero');
  });

  it('imports with --map overrides, and a re-run adds nothing', async () => {
    const r = await glossa('import-annotations', project, '--doc', 'zotero.pdf', '--map', '#0a0b0c=new:Figures');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 added, 0 already there/);
    const again = await glossa('import-annotations', project);
    expect(again.stdout).toMatch(/0 added, 2 already there/);
    expect((await glossa('codes', project)).stdout).toMatch(/Figures/);
  });

  it('imports a Hypothesis export with --from', async () => {
    const from = path.join(__dirname, '..', '..', '..', '..', 'fixtures', 'hypothesis', 'client-export.json');
    const r = await glossa('import-annotations', project, '--from', from, '--doc', 'zotero.pdf');
    expect(r.code, r.stderr).toBe(0);
    // The first quote is the sentence the Zotero highlight already covers: a new highlight all the same.
    expect(r.stdout).toMatch(/2 added, 0 already there, 0 not found in the text \(orphans\), 1 without a text quote/);
  });

  it('exports the annotated PDF that pdf.js reads back', async () => {
    const outFile = path.join(dir, 'annotated.pdf');
    const r = await glossa('export', project, '--format', 'annotated-pdf', '--doc', 'zotero.pdf', '-o', outFile);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/4 highlights written to/);
    const pdf = await openPdf(new Uint8Array(fs.readFileSync(outFile)));
    try {
      const page2 = await readPageAnnotations(pdf, 2);
      const blue = page2.find((a) => a.subtype === 'Highlight' && a.contents.startsWith('Codes: Blue (Zotero)'));
      expect(blue).toMatchObject({ color: '#2ea8e5', author: 'Mira K.', contents: 'Codes: Blue (Zotero)\n\nBlue in Zotero' });
    } finally {
      await pdf.destroy();
    }
    expect((await glossa('export', project, '--format', 'annotated-pdf', '-o', outFile, '--force')).code).not.toBe(0);
  });
});
