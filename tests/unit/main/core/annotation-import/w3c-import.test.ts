// Importing W3C Web Annotations as highlights, through the real parts: a generated PDF
// imported by the import pipeline (pdf.js in worker threads), Hypothesis' two export formats
// (tests/fixtures/hypothesis, see ORIGIN.md there), and Glossa's own JSON-LD export read back
// into a fresh project. Highlights are anchored by quote, land on the right page with rects
// from the PDF's layout, carry comments, tags as codes and authors; a re-run adds nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importW3cAnnotations } from '../../../../../main/core/annotation-import/w3c-import';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { importPdfs } from '../../../../../main/core/documents/import-pdfs';
import { buildEvidenceBundle } from '../../../../../main/core/evidence/evidence-bundle';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { listCoders } from '../../../../../main/db/repositories/coders';
import { getPageText, getPdfBytes, listDocuments } from '../../../../../main/db/repositories/documents';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { GlossaError } from '../../../../../shared/errors';
import { EN_SENTENCES, makeEnglishReport, writeFixture } from '../../../../fixtures/pdf-fixtures';
import { type TempProject, tempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'fixtures', 'hypothesis');
const pool = new ExtractPool({ size: 1 });
let pdfPath: string;
let p: TempProject;
let docId: string;

async function projectWithReport(): Promise<{ p: TempProject; docId: string }> {
  const proj = tempProject('glossa-w3c-import-');
  const [r] = await importPdfs(proj.handle, [{ kind: 'path', path: pdfPath }], { pool, onProgress: () => undefined });
  expect(r.state).toBe('done');
  return { p: proj, docId: listDocuments(proj.db)[0].id };
}

const layoutOf = (proj: TempProject, id: string) => (pages: number[]) => pool.layout(getPdfBytes(proj.db, id), pages.map((i) => i + 1), { fileName: 'report.pdf' });
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-w3c-pdf-'));
  pdfPath = writeFixture(dir, 'report.pdf', await makeEnglishReport());
  ({ p, docId } = await projectWithReport());
}, 60_000);

afterAll(async () => {
  p.close();
  await pool.close();
});

describe('W3C Web Annotation import', () => {
  it('imports a Hypothesis client export as highlights anchored by quote, with comments, tags and author', async () => {
    const r = await importW3cAnnotations(p.db, ALICE, docId, read('client-export.json'), layoutOf(p, docId));
    expect(r).toEqual({ added: 2, skipped: 0, orphans: 0, unusable: 1 });
    const all = listAnnotations(p.db, { documentId: docId });
    const victims = all.find((a) => a.targets[0].quote?.exact === 'identified forty-two victims')!;
    expect(victims.targets[0].pageIndex).toBe(1);
    const page2 = getPageText(p.db, docId, 1);
    expect(victims.targets[0].position?.start).toBe([...page2.slice(0, page2.indexOf('identified forty-two'))].length);
    expect(victims.targets[0].rects.length).toBeGreaterThan(0);
    expect(victims.comment).toBe('Compare with the 2019 figure.');
    const codeNames = victims.codeIds.map((id) => listCodes(p.db).find((c) => c.id === id)?.text.en.name).sort();
    expect(codeNames).toEqual(['NRM', 'Victim identification']);
    expect(listCoders(p.db).find((c) => c.id === victims.coderId)?.name).toBe('mira_k');
    // No page hint at all: found on page 3 by its quote and context.
    const labour = all.find((a) => a.targets[0].quote?.exact === 'Labour exploitation in agriculture')!;
    expect(labour.targets[0].pageIndex).toBe(2);
    expect(labour.anchorStatus).toBe('anchored');
  });

  it('a second run adds nothing', async () => {
    const before = listAnnotations(p.db, { documentId: docId }).length;
    const r = await importW3cAnnotations(p.db, ALICE, docId, read('client-export.json'), layoutOf(p, docId));
    expect(r).toMatchObject({ added: 0, skipped: 2 });
    expect(listAnnotations(p.db, { documentId: docId })).toHaveLength(before);
  });

  it("imports h's JSON-LD rendering (creator acct:, tagging body)", async () => {
    const r = await importW3cAnnotations(p.db, ALICE, docId, read('h-jsonld-annotation.json'), layoutOf(p, docId));
    expect(r).toMatchObject({ added: 1, orphans: 0 });
    const a = listAnnotations(p.db, { documentId: docId }).find((x) => x.targets[0].quote?.exact.startsWith('Trafficking in persons'))!;
    expect(a.targets[0].pageIndex).toBe(0);
    expect(a.comment).toBe("Serious crime: the report's framing.");
    expect(listCoders(p.db).find((c) => c.id === a.coderId)?.name).toBe('oleg_v');
  });

  it('keeps a quote that is nowhere in the document as an orphan, never drops it', async () => {
    const json = JSON.stringify({ type: 'Annotation', id: 'urn:x:gone', target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: 'a sentence this report never contained anywhere at all' } } });
    const r = await importW3cAnnotations(p.db, ALICE, docId, json, layoutOf(p, docId));
    expect(r).toMatchObject({ added: 1, orphans: 1 });
    expect(listAnnotations(p.db, { documentId: docId }).find((a) => a.anchorStatus === 'orphan')).toBeTruthy();
  });

  it("reads Glossa's own JSON-LD export back, an area highlight included", async () => {
    const area = { x1: 100.5, y1: 200, x2: 300, y2: 350.25 };
    createAnnotation(p.db, ALICE, { documentId: docId, kind: 'area', color: '#5fb236', comment: 'figure', codeIds: [], targets: [{ pageIndex: 2, rects: [area], quote: null, position: null }] });
    const bytes = await exportEvidence(buildEvidenceBundle(p.db, 'Source', undefined, new Date(), { format: 'jsonld' }), { format: 'jsonld' });
    const { p: fresh, docId: freshDoc } = await projectWithReport();
    try {
      const r = await importW3cAnnotations(fresh.db, ALICE, freshDoc, new TextDecoder().decode(bytes), layoutOf(fresh, freshDoc));
      expect(r.added).toBe(listAnnotations(p.db, { documentId: docId }).length);
      const quotes = listAnnotations(fresh.db, { documentId: freshDoc }).map((a) => a.targets.map((t) => `${t.pageIndex}:${t.quote?.exact}`).join('|'));
      expect(quotes).toContain('1:identified forty-two victims');
      expect(quotes.some((q) => q.startsWith('0:Trafficking in persons'))).toBe(true);
      expect(EN_SENTENCES[2]).toContain('Labour exploitation');
      // The area came back through xywh and the page's size, on its page, with its box.
      const back = listAnnotations(fresh.db, { documentId: freshDoc }).find((a) => a.kind === 'area')!;
      expect(back.comment).toBe('figure');
      expect(back.targets[0].pageIndex).toBe(2);
      for (const k of ['x1', 'y1', 'x2', 'y2'] as const) expect(back.targets[0].rects[0][k]).toBeCloseTo(area[k], 1);
    } finally {
      fresh.close();
    }
  }, 60_000);

  it('refuses malformed JSON-LD and files without annotations with a clear message', async () => {
    const bad = async (text: string) => {
      try {
        await importW3cAnnotations(p.db, ALICE, docId, text, layoutOf(p, docId));
      } catch (err) {
        return err as GlossaError;
      }
      throw new Error('accepted');
    };
    const notJson = await bad('{"type": "Annotation", ');
    expect(notJson.code).toBe('annotationImport.notJson');
    expect(notJson.message).toMatch(/^This file is not JSON-LD: /);
    expect((await bad('{"hello": "world"}')).code).toBe('annotationImport.noAnnotations');
    // Items that are not annotations are counted, not fatal.
    expect(await importW3cAnnotations(p.db, ALICE, docId, '[1, "two", null]', layoutOf(p, docId))).toEqual({ added: 0, skipped: 0, orphans: 0, unusable: 3 });
  });
});
