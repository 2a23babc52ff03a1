// The Acrobat colour table checked on PDFs Acrobat made (tests/fixtures/acrobat/README.md:
// origin and licence): Acrobat Pro DC's square in its default shape red, a sticky note in
// Acrobat's default note yellow, and two Acrobat Pro 24 highlights in colours picked by hand.
// The defaults map exactly to a new code named after them; the hand-picked colours stay
// unknown (never the nearest palette colour); each arrives with its author and comment.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPdfAnnotations, scanPdfAnnotations } from '../../../../../main/core/annotation-import/pdf-annotation-import';
import { importPdfs } from '../../../../../main/core/documents/import-pdfs';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { listCoders } from '../../../../../main/db/repositories/coders';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { defaultColourMap } from '../../../../../shared/pdf/annotation-colours';
import { type TempProject, tempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures/acrobat');
const FILES = ['pdfjs-issue13003.pdf', 'pdfjs-issue17069.pdf', 'pdfjs-highlight.pdf', 'pdfjs-highlight_popup.pdf'];

const pool = new ExtractPool({ size: 1 });
let p: TempProject;
const docIds = new Map<string, string>();

beforeAll(async () => {
  p = tempProject('glossa-acrobat-');
  const results = await importPdfs(p.handle, FILES.map((f) => ({ kind: 'path' as const, path: path.join(FIXTURES, f) })), { pool, onProgress: () => undefined });
  expect(results.map((r) => r.state)).toEqual(FILES.map(() => 'done'));
  for (const d of listDocuments(p.db)) docIds.set(d.fileName, d.id);
}, 120_000);

afterAll(async () => {
  p.close();
  await pool.close();
});

async function importedWithDefaults(file: string) {
  const docId = docIds.get(file)!;
  const scan = await scanPdfAnnotations(p.db, docId);
  const map = defaultColourMap(scan.colours, listCodes(p.db));
  const result = await importPdfAnnotations(p.db, ALICE, docId, map);
  const codeName = (id: string) => listCodes(p.db).find((c) => c.id === id)?.text.en.name;
  const coderName = (id: string) => listCoders(p.db).find((c) => c.id === id)?.name;
  const anns = listAnnotations(p.db, { documentId: docId }).map((a) => ({ codes: a.codeIds.map(codeName), by: coderName(a.coderId), comment: a.comment, color: a.color, kind: a.kind }));
  return { scan, map, result, anns };
}

describe("Acrobat's colours in PDFs Acrobat made", () => {
  it("maps Acrobat Pro DC's default shape red exactly (a square by Calixte)", async () => {
    const r = await importedWithDefaults('pdfjs-issue13003.pdf');
    expect(r.scan.colours).toEqual([{ color: '#e52237', count: 1, palette: 'acrobat', paletteName: 'shapeRed' }]);
    expect(r.map).toEqual([{ color: '#e52237', action: 'new', name: 'Shape red (Acrobat)' }]);
    expect(r.anns).toEqual([{ codes: ['Shape red (Acrobat)'], by: 'Calixte', comment: '', color: null, kind: 'area' }]);
  });

  it("maps Acrobat's default sticky-note yellow exactly (a note from Adobe's PDFMaker file)", async () => {
    const r = await importedWithDefaults('pdfjs-issue17069.pdf');
    expect(r.scan.colours).toEqual([{ color: '#ffd100', count: 1, palette: 'acrobat', paletteName: 'noteYellow' }]);
    expect(r.anns).toEqual([{ codes: ['Note yellow (Acrobat)'], by: 'deric', comment: 'sticky note test1', color: null, kind: 'area' }]);
  });

  it('leaves colours picked by hand in Acrobat Pro 24 unknown, with their colour kept', async () => {
    const pink = await importedWithDefaults('pdfjs-highlight.pdf');
    expect(pink.scan.colours).toEqual([{ color: '#ff809d', count: 1, palette: null, paletteName: null }]);
    expect(pink.anns).toEqual([{ codes: [], by: 'Calixte Denizet', comment: '', color: '#ff809d', kind: 'text' }]);
    const violet = await importedWithDefaults('pdfjs-highlight_popup.pdf');
    expect(violet.map).toEqual([{ color: '#9643fc', action: 'none' }]);
    expect(violet.anns).toEqual([{ codes: [], by: 'Calixte Denizet', comment: 'PDF.js is highlighted.', color: '#9643fc', kind: 'text' }]);
  });
});
