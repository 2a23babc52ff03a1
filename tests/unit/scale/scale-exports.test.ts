// Scale must not change the exports: every format of export.start (the channel the evidence
// browser calls; the writer runs in a job thread) carries every coding of the scale project,
// counted in the file itself: CSV records, XLSX rows, JSON-LD annotations, and in the
// DOCX / HTML / Markdown / PDF reports every passage's quote (each document's own sentence
// once, the coder's shared sentences once per coding) and every comment.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat, ExportJobProgress } from '../../../shared/domain/evidence';
import { removeScaleCache, scaleDocs, scaleProject, SCALE_BORIS } from '../../helpers/scale-project';
import { unzipText } from '../../helpers/read-zip';
import { parseCsv } from '../main/core/export/rfc4180';
import { openScaleBackend, type ScaleBackend } from './scale-backend';

const SIZE = scaleDocs();
const p = scaleProject(SIZE);
let s: ScaleBackend;
beforeAll(async () => {
  s = await openScaleBackend(p, 'glossa-scale-export-');
});
afterAll(async () => {
  await s.close();
  removeScaleCache();
});

async function exportTo(format: ExportFormat): Promise<{ bytes: Buffer; done: ExportJobProgress }> {
  const file = path.join(s.dir, `evidence.${format}`);
  let jobId = '';
  const early: ExportJobProgress[] = [];
  const done = new Promise<ExportJobProgress>((resolve) => {
    const off = s.backend.on((e, payload) => {
      if (e !== 'export.progress') return;
      const pr = payload as ExportJobProgress;
      if (!pr.finished) return;
      if (jobId === '') early.push(pr);
      else if (pr.jobId === jobId) (off(), resolve(pr));
    });
  });
  jobId = (await s.backend.invoke('export.start', { format, path: file, options: { includeMemos: true } })).jobId;
  const finished = early.find((e) => e.jobId === jobId) ?? (await done);
  expect(finished.error, format).toBeUndefined();
  return { bytes: fs.readFileSync(file), done: finished };
}

const collapse = (t: string) => t.replace(/\s+/g, ' ');
const count = (text: string, needle: string) => text.split(needle).length - 1;

/** Each document's own passage once, Boris's shared sentences once per his coding. */
function expectEveryQuote(text: string, format: string) {
  const t = collapse(text);
  for (const d of p.docs) expect(count(t, d.quote), `${format}: ${d.quote}`).toBe(1);
  const borisLines = ['The mission supported the national referral mechanism.', 'Training was delivered to border guards and judges.', 'Shelters received funding from the programme.',
    'Миссия поддержала национальный механизм перенаправления.', 'Обучение прошли пограничники и судьи.', 'Приюты получили финансирование программы.'];
  expect(borisLines.reduce((n, l) => n + count(t, l), 0), format).toBe(p.expected.codingsByCoder[SCALE_BORIS.id]);
  expect(count(t, ': key passage') + count(t, ': важный фрагмент'), format).toBeGreaterThanOrEqual(p.expected.comments);
}

describe(`every export at ${SIZE} documents`, () => {
  it('CSV: one record per coding', async () => {
    const { bytes, done } = await exportTo('csv');
    const records = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
    expect(records.length - 1).toBe(p.expected.codings);
    expect(done.rowCount).toBe(p.expected.codings);
    const quote = records[0].indexOf('quote');
    const quotes = new Set(records.slice(1).map((r) => r[quote]));
    for (const d of p.docs) expect(quotes.has(d.quote), d.quote).toBe(true);
  });

  it('XLSX: one row per coding', async () => {
    const { bytes } = await exportTo('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Codings')!.rowCount).toBe(p.expected.codings + 1);
  });

  it('JSON-LD: one annotation per passage, with every code', async () => {
    const { bytes } = await exportTo('jsonld');
    const json = JSON.parse(bytes.toString('utf8'));
    const items = (json.first?.items ?? json.items) as Array<{ body: Array<{ purpose: string }> }>;
    expect(items).toHaveLength(p.expected.annotations);
    expect(items.reduce((n, a) => n + a.body.filter((b) => b.purpose === 'classifying').length, 0)).toBe(p.expected.codings);
  });

  it('Markdown and HTML: every quote and comment', async () => {
    expectEveryQuote((await exportTo('md')).bytes.toString('utf8'), 'md');
    const html = (await exportTo('html')).bytes.toString('utf8').replace(/<[^>]+>/g, ' ');
    expectEveryQuote(html, 'html');
  });

  it('DOCX: every quote and comment', async () => {
    const xml = await unzipText(new Uint8Array((await exportTo('docx')).bytes), 'word/document.xml');
    expectEveryQuote(xml.replace(/<[^>]+>/g, ''), 'docx');
  });

  it('PDF: every quote and comment, read back with pdf.js', async () => {
    const { bytes } = await exportTo('pdf');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
    }
    await doc.destroy();
    expectEveryQuote(pages.join('\n'), 'pdf');
  }, 180_000);
});
