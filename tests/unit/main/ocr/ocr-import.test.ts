// Importing image-only scans (tests/fixtures/scan-fixtures.ts: 200 dpi, tilted, speckled):
// pages without a text layer are OCRed at import in worker threads, their words and boxes are
// stored with their source, the page text is built from the words (so search finds them), a
// cancel while reading keeps the digital pages, and accuracy stays above the floor measured
// on these fixtures (one tesseract worker; no timing is asserted).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectHandle } from '../../../../main/core/backend-context';
import { importPdfs } from '../../../../main/core/documents/import-pdfs';
import { recheckAnchors } from '../../../../main/core/documents/recheck-anchors';
import { closeProject, createProject } from '../../../../main/core/project/project-file';
import { getPageText, listDocuments } from '../../../../main/db/repositories/documents';
import { listPageOcr, ocrSummaries } from '../../../../main/db/repositories/page-ocr';
import { searchPages } from '../../../../main/db/repositories/search';
import { OcrEngine } from '../../../../main/ocr/ocr-engine';
import { ExtractPool } from '../../../../main/pdf/extract-pool';
import type { ImportProgress } from '../../../../shared/domain/import';
import { ocrPageText } from '../../../../shared/pdf/ocr-text';
import { GlossaError } from '../../../../shared/errors';
import { charAccuracy } from '../../../helpers/char-accuracy';
import {
  makeScannedEnglishReport, makeScannedRussianReport, SCAN_EN_MARKER, SCAN_EN_PAGES, SCAN_RU_MARKER, SCAN_RU_PAGES, scanSourceText,
} from '../../../fixtures/scan-fixtures';

/** Floors: measured 0.990 (en) and 0.993 (ru) on these fixtures, less a margin for engine updates. */
const FLOOR = { en: 0.96, ru: 0.96 };

const pool = new ExtractPool({ size: 1 });
const engine = new OcrEngine();
afterAll(async () => {
  await engine.close();
  await pool.close();
});

let dir: string;
let project: ProjectHandle;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-ocr-'));
  project = createProject(path.join(dir, 'test.glossa'));
});
afterEach(() => {
  closeProject(project);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function importBytes(name: string, bytes: Uint8Array, events: ImportProgress[] = [], signal?: AbortSignal) {
  return importPdfs(project, [{ kind: 'bytes', name, bytes }], { onProgress: (p) => events.push(p), pool, ocrEngine: engine, signal, backup: false });
}

describe('import of scanned pages', () => {
  it('reads an English scan: OCR text stored as the page text, with words, boxes and source', async () => {
    const events: ImportProgress[] = [];
    const [file] = await importBytes('scan-en.pdf', await makeScannedEnglishReport(1), events);
    expect(file.state).toBe('done');
    expect(events.some((e) => e.files[0].state === 'recognising' && e.files[0].ocrPageCount === 1)).toBe(true);
    const text = getPageText(project.db, file.documentId!, 0);
    const accuracy = charAccuracy(text, scanSourceText(SCAN_EN_PAGES[0]));
    console.info(`OCR accuracy en: ${accuracy.toFixed(4)}`);
    expect(accuracy).toBeGreaterThanOrEqual(FLOOR.en);
    const [ocr] = listPageOcr(project.db, file.documentId!);
    expect(ocr.pageIndex).toBe(0);
    expect(ocr.engine).toMatch(/^tesseract\.js \d+\.\d+\.\d+$/);
    expect(ocr.dataVersion).toContain('eng sha256:7d4322bd2a77');
    expect(ocr.languages).toBe('rus+eng');
    expect(ocr.confidence).toBeGreaterThan(80);
    expect(ocrPageText(ocr.lines)).toBe(text);
    // Boxes in PDF points on the A5 page (y up): the title line is near the top.
    const first = ocr.lines[0][0];
    expect(first.text).toBe('Scanned');
    expect(first.x1).toBeGreaterThan(20);
    expect(first.x1).toBeLessThan(60);
    expect(first.y2).toBeGreaterThan(520);
    expect(first.y2).toBeLessThan(595);
    expect(searchPages(project.db, { text: SCAN_EN_MARKER }).hits.map((h) => h.documentId)).toEqual([file.documentId]);
    expect(listDocuments(project.db)[0].title).toBe('Scanned Report on Labour Migration');
    // The document records that OCR produced its text (engine, version, data), beside pdf.js.
    const extractor = listDocuments(project.db)[0].extractor!;
    expect(extractor.ocr).toEqual({ engine: 'tesseract.js', version: ocr.engine.split(' ')[1], data: ocr.dataVersion });
    expect(extractor.pdfjs).toMatch(/^\d+\.\d+\.\d+$/);
    // Re-checking anchors with the current extractor keeps the OCR text: pdf.js alone finds none there.
    const recheck = await recheckAnchors(project.db, file.documentId!, { pool });
    expect(recheck.pagesChanged).toBe(0);
    expect(recheck.current.ocr).toEqual(extractor.ocr);
  });

  it('reads a Russian scan, and search finds its words (ё folded as elsewhere)', async () => {
    const [file] = await importBytes('scan-ru.pdf', await makeScannedRussianReport(1));
    const text = getPageText(project.db, file.documentId!, 0);
    const accuracy = charAccuracy(text, scanSourceText(SCAN_RU_PAGES[0]));
    console.info(`OCR accuracy ru: ${accuracy.toFixed(4)}`);
    expect(accuracy).toBeGreaterThanOrEqual(FLOOR.ru);
    expect(searchPages(project.db, { text: SCAN_RU_MARKER.replace('ё', 'е') }).total).toBe(1);
    expect(listDocuments(project.db)[0].language).toBe('ru');
    expect(ocrSummaries(project.db)).toEqual([{ documentId: file.documentId, ocrPages: 1, lowConfidencePages: [] }]);
  });

  it('keeps the document with the pages read so far when the import is cancelled during OCR', async () => {
    const controller = new AbortController();
    const events: ImportProgress[] = [];
    const onProgress = (p: ImportProgress) => {
      events.push(p);
      if ((p.files[0].ocrPagesDone ?? 0) >= 1) controller.abort();
    };
    const [file] = await importPdfs(project, [{ kind: 'bytes', name: 'scan2.pdf', bytes: await makeScannedEnglishReport(2) }], {
      onProgress, pool, ocrEngine: engine, signal: controller.signal, backup: false,
    });
    expect(file.state).toBe('done');
    expect(file.ocrSkipped).toBe(1);
    expect(listPageOcr(project.db, file.documentId!).map((o) => o.pageIndex)).toEqual([0]);
    expect(getPageText(project.db, file.documentId!, 0)).toContain(SCAN_EN_MARKER);
    expect(getPageText(project.db, file.documentId!, 1)).toBe('');
  });

  it('imports the document anyway when OCR fails, saying why its scanned pages have no text', async () => {
    // Failure injected at the engine boundary: what a crashed or missing tesseract worker throws.
    const failing = { recognise: () => Promise.reject(new GlossaError('ocr.failed', 'Text recognition failed: worker exited')) } as unknown as OcrEngine;
    const [file] = await importPdfs(project, [{ kind: 'bytes', name: 'scan.pdf', bytes: await makeScannedEnglishReport(2) }], {
      onProgress: () => undefined, pool, ocrEngine: failing, backup: false,
    });
    expect(file).toMatchObject({ state: 'done', ocrSkipped: 2, ocrErrorCode: 'ocr.failed', ocrMessage: 'Text recognition failed: worker exited' });
    expect(getPageText(project.db, file.documentId!, 0)).toBe('');
    expect(listPageOcr(project.db, file.documentId!)).toEqual([]);
  });
});
