// Re-anchoring lays out an OCR'd page from its stored words (the PDF has no text items there):
// storedPdfLayout answers such pages without asking pdf.js, with one box per word at its range
// of the stored page text, so a highlight moved onto a scanned page gets rects on its words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedPdfLayout } from '../../../../main/core/coding/reanchor';
import { storePageOcr } from '../../../../main/db/repositories/page-ocr';
import { ocrPageLayout, type OcrLine } from '../../../../shared/pdf/ocr-text';
import { addDocument, type TempProject, tempProject } from '../../../helpers/temp-project';

let p: TempProject;
beforeEach(() => (p = tempProject()));
afterEach(() => p.close());

const LINES: OcrLine[] = [[{ text: 'Scanned', x1: 40, y1: 700, x2: 96, y2: 712, conf: 90 }, { text: 'annex', x1: 100, y1: 700, x2: 140, y2: 712, conf: 90 }]];

describe('layout of OCR pages for re-anchoring', () => {
  it('comes from the stored words, without reading the PDF (these bytes are not one)', async () => {
    const doc = addDocument(p.db, ['']);
    p.db.transaction(() => storePageOcr(p.db, doc.id, { pageIndex: 0, lines: LINES, engine: 'tesseract.js 7.0.0', dataVersion: 'x', languages: 'eng', confidence: 90 }))();
    const layouts = await storedPdfLayout(p.db, doc.id)([0]);
    expect(layouts.get(1)).toEqual(ocrPageLayout(LINES));
    expect(layouts.get(1)!.map((s) => [s.start, s.end])).toEqual([[0, 7], [8, 13]]);
  });
});
