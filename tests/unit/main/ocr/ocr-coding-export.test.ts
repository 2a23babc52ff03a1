// Scanned English and Russian reports, imported with OCR, are coded and exported like digital
// ones: auto-coding finds words on the OCR text, a coding's quote is the OCR text, and every
// export (CSV, Markdown, HTML, DOCX, XLSX, JSON-LD, PDF) carries it. On-demand OCR (the
// reader's "Recognise text") reads a page imported without OCR.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectHandle } from '../../../../main/core/backend-context';
import { applyAutocode, previewAutocode } from '../../../../main/core/coding/autocode';
import { listCodesWithCounts } from '../../../../main/core/coding/codes';
import { importPdfs } from '../../../../main/core/documents/import-pdfs';
import { ocrDocument } from '../../../../main/core/documents/ocr-document';
import { buildEvidenceBundle } from '../../../../main/core/evidence/evidence-bundle';
import { exportEvidence } from '../../../../main/core/export/export-evidence';
import { closeProject, createProject } from '../../../../main/core/project/project-file';
import { getPageText } from '../../../../main/db/repositories/documents';
import { listAnnotations } from '../../../../main/db/repositories/annotations';
import { listPageOcr } from '../../../../main/db/repositories/page-ocr';
import { searchPages } from '../../../../main/db/repositories/search';
import { sharedOcrEngine } from '../../../../main/ocr/ocr-engine';
import { sharedExtractPool } from '../../../../main/pdf/extract-pool';
import { ALICE } from '../core/coding/coding-fixture';
import { unzipAll } from '../../../helpers/read-zip';
import { extractPageText, openPdf } from '../../../../main/pdf/pdfjs-node';
import { makeScannedEnglishReport, makeScannedRussianReport, SCAN_EN_MARKER } from '../../../fixtures/scan-fixtures';

let dir: string;
let project: ProjectHandle;
let en = '';
let ru = '';
let codeId = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-ocr-code-'));
  project = createProject(path.join(dir, 'test.glossa'));
  const files = await importPdfs(project, [
    { kind: 'bytes', name: 'scan-en.pdf', bytes: await makeScannedEnglishReport(1) },
    { kind: 'bytes', name: 'scan-ru.pdf', bytes: await makeScannedRussianReport(1) },
  ], { onProgress: () => undefined, backup: false });
  [en, ru] = files.map((f) => f.documentId!);
  codeId = listCodesWithCounts(project.db).find((c) => c.text.en.name === 'Knowledge production')!.id;
}, 120_000);
afterAll(async () => {
  closeProject(project);
  fs.rmSync(dir, { recursive: true, force: true });
  await sharedOcrEngine().close();
  await sharedExtractPool().close();
});

describe('coding and exporting scanned reports', () => {
  it('auto-codes OCR words in both languages, and exports the OCR quotes', async () => {
    for (const query of [SCAN_EN_MARKER, 'респондентов']) {
      const req = { query, mode: 'words' as const, extend: 'sentence' as const, codeId };
      const preview = await previewAutocode(project.db, req, ALICE.id);
      expect(preview.hits, query).toHaveLength(1);
      expect(applyAutocode(project.db, ALICE, req, preview).result.created).toBe(1);
    }
    const bundle = buildEvidenceBundle(project.db, 'OCR', undefined);
    const quotes = bundle.rows.map((r) => r.quote);
    expect(quotes.some((q) => /ministry received the \w+ results from Moldova/i.test(q))).toBe(true);
    expect(quotes.some((q) => /Большинство респондентов работали/.test(q))).toBe(true);
    const [target] = listAnnotations(project.db, { documentId: en })[0].targets;
    expect(target.quote?.exact).toMatch(/Moldova/);
    const csv = new TextDecoder().decode(await exportEvidence(bundle, { format: 'csv' }));
    expect(csv).toMatch(/from Moldova/);
    expect(csv).toMatch(/респондентов/);
    const md = new TextDecoder().decode(await exportEvidence(bundle, { format: 'md' }));
    expect(md).toMatch(/Moldova/);
    expect(md).toMatch(/Большинство респондентов/);
    // Every other format carries the OCR quotes too, as a reader opens it.
    const flat = (t: string) => t.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    const html = flat(new TextDecoder().decode(await exportEvidence(bundle, { format: 'html' })));
    const docx = flat((await unzipAll(await exportEvidence(bundle, { format: 'docx' }))).get('word/document.xml')!.toString('utf8'));
    const xlsx = flat((await unzipAll(await exportEvidence(bundle, { format: 'xlsx' }))).get('xl/sharedStrings.xml')!.toString('utf8'));
    const jsonld = new TextDecoder().decode(await exportEvidence(bundle, { format: 'jsonld' }));
    const pdfDoc = await openPdf(await exportEvidence(bundle, { format: 'pdf' }));
    let pdf = '';
    for (let n = 1; n <= pdfDoc.numPages; n++) pdf += ` ${await extractPageText(pdfDoc, n)}`;
    pdf = pdf.replace(/\s+/g, ' ');
    for (const [format, text] of Object.entries({ html, docx, xlsx, jsonld, pdf })) {
      expect(text, format).toMatch(/ministry received the \w+ results from Moldova/i);
      expect(text, format).toMatch(/Большинство респондентов работали/);
    }
  });

  it('reads a page on demand that was imported without OCR, and search then finds it', async () => {
    const [file] = await importPdfs(project, [{ kind: 'bytes', name: 'later.pdf', bytes: await makeScannedEnglishReport(2) }], {
      onProgress: () => undefined, backup: false, ocr: false,
    });
    const id = file.documentId!;
    expect(getPageText(project.db, id, 1)).toBe('');
    const seen: number[] = [];
    const result = await ocrDocument(project.db, id, { pageIndices: [1], onProgress: (f) => seen.push(f) });
    expect(result).toEqual({ documentId: id, recognised: [1], unchanged: [], cancelled: false });
    expect(seen[seen.length - 1]).toBe(1);
    expect(getPageText(project.db, id, 1)).toMatch(/Licensing of recruitment agencies/);
    expect(getPageText(project.db, id, 0)).toBe('');
    expect(listPageOcr(project.db, id).map((o) => o.pageIndex)).toEqual([1]);
    expect(searchPages(project.db, { text: 'Consular' }).hits.map((h) => [h.documentId, h.pageIndex])).toEqual([[id, 1]]);
    expect(ru).not.toBe(en);
  });
});
