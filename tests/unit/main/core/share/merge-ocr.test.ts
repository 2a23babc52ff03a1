// OCR travels with a document through merge: a colleague's document whose scanned pages were
// read by OCR arrives with its words, boxes and source, so the reader's text layer and the
// page text agree on the receiving side too.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeProject } from '../../../../../main/core/share/merge';
import { getPageText, insertDocument } from '../../../../../main/db/repositories/documents';
import { listPageOcr, storePageOcr } from '../../../../../main/db/repositories/page-ocr';
import { ALICE, baseProject, forkTo, type Workspace, workspace } from './share-fixture';

let ws: Workspace;
afterEach(() => ws?.cleanup());

describe('merge and OCR', () => {
  it("copies a new document's OCR rows with it", async () => {
    ws = workspace();
    const { handle: a } = baseProject(ws);
    const b = await forkTo(ws, a, 'b.glossa');
    const bytes = new Uint8Array([9, 8, 7]);
    const doc = insertDocument(b.db, {
      sha256: createHash('sha256').update(bytes).digest('hex'), fileName: 'scan.pdf', title: 'Scan', author: '', organisation: '', countries: [],
      year: null, docType: '', language: 'en', pageCount: 1, byteSize: 3, pdfDate: null, pageLabels: null,
    }, [''], bytes);
    const lines = [[{ text: 'Scanned', x1: 40, y1: 700, x2: 96, y2: 712, conf: 88 }, { text: 'words', x1: 100, y1: 700, x2: 140, y2: 712, conf: 64 }]];
    b.db.transaction(() => storePageOcr(b.db, doc.id, { pageIndex: 0, lines, engine: 'tesseract.js 7.0.0', dataVersion: 'eng sha256:7d43', languages: 'rus+eng', confidence: 76 }))();

    await mergeProject(a, b.path, { coder: ALICE });
    const [ocr] = listPageOcr(a.db, doc.id);
    expect(ocr).toMatchObject({ pageIndex: 0, engine: 'tesseract.js 7.0.0', dataVersion: 'eng sha256:7d43', languages: 'rus+eng', confidence: 76, lines });
    expect(getPageText(a.db, doc.id, 0)).toBe('Scanned words\n');
  });
});
