// Every exported passage carries its link back to Glossa (glossa://open?project=…&annotation=…):
// a w:hyperlink to an external relationship in DOCX, <a href> in HTML, a Markdown link, a Link
// annotation in the PDF, the "link" column in CSV and XLSX (a hyperlink cell there) — each
// right after its own quote, in report order. Read back with independent readers (yauzl,
// pdf.js, exceljs, an RFC 4180 parser).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import type { EvidenceBundle } from '../../../../../shared/domain/evidence';
import { parsePassageLink } from '../../../../../shared/links/passage-link';
import { unzipAll } from '../../../../helpers/read-zip';
import { CODES, FIXTURE_BUNDLE, FIXTURE_ROWS } from './evidence-fixture';
import { parseCsv } from './rfc4180';

const PROJECT = '0f8fad5b-d9cb-469f-a165-70867728950e';
const BUNDLE: EvidenceBundle = { ...FIXTURE_BUNDLE, projectId: PROJECT };
const linkOf = (annotationId: string) => `glossa://open?project=${PROJECT}&annotation=${annotationId}`;
/** Reports print the rows under their codes in codebook order; tables keep row order. */
const REPORT_ORDER = CODES.flatMap((c) => FIXTURE_ROWS.filter((r) => r.codeId === c.id)).map((r) => linkOf(r.annotationId));
const TABLE_ORDER = FIXTURE_ROWS.map((r) => linkOf(r.annotationId));

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('links back to the passage in every export', () => {
  it('DOCX: an "Open in Glossa" w:hyperlink after each quote, its r:id an external relationship to the link', async () => {
    const files = await unzipAll(await exportEvidence(BUNDLE, { format: 'docx' }));
    const xml = files.get('word/document.xml')!.toString('utf8');
    const rels = files.get('word/_rels/document.xml.rels')!.toString('utf8');
    const targets = new Map<string, { target: string; mode: string; type: string }>();
    for (const m of rels.matchAll(/<Relationship ([^>]*)\/>/g)) {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1])?.[1] ?? '';
      targets.set(attr('Id'), { target: decode(attr('Target')), mode: attr('TargetMode'), type: attr('Type') });
    }
    const sequence: string[] = [];
    for (const m of xml.matchAll(/<w:pStyle w:val="Quote"\/>|<w:hyperlink ([^>]*)>(.*?)<\/w:hyperlink>/g)) {
      if (!m[1]) {
        sequence.push('quote');
        continue;
      }
      const id = /r:id="([^"]+)"/.exec(m[1])![1];
      const rel = targets.get(id)!;
      expect(rel.mode).toBe('External');
      expect(rel.type).toMatch(/\/hyperlink$/);
      expect(m[2]).toContain('Open in Glossa');
      sequence.push(rel.target);
    }
    expect(sequence).toEqual(REPORT_ORDER.flatMap((link) => ['quote', link]));
  });

  it('DOCX: pandoc (a reader independent of ours) reads each as a link', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-links-docx-'));
    try {
      const file = path.join(dir, 'report.docx');
      fs.writeFileSync(file, await exportEvidence(BUNDLE, { format: 'docx' }));
      const md = execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', file], { encoding: 'utf8' });
      expect([...md.matchAll(/\[Open in Glossa\]\((glossa:[^)]*)\)/g)].map((m) => m[1])).toEqual(REPORT_ORDER);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('HTML: an <a href> to the link after each quote', async () => {
    const html = new TextDecoder().decode(await exportEvidence(BUNDLE, { format: 'html' }));
    const sequence = [...html.matchAll(/<blockquote class="quote"|<a href="(glossa:[^"]*)">([^<]*)<\/a>/g)].map((m) => (m[1] ? `${decode(m[1])} ${m[2]}` : 'quote'));
    expect(sequence).toEqual(REPORT_ORDER.flatMap((link) => ['quote', `${link} Open in Glossa`]));
  });

  it('Markdown: a link after each quote, in the report language', async () => {
    const md = new TextDecoder().decode(await exportEvidence(BUNDLE, { format: 'md', language: 'ru' }));
    const lines = md.split('\n');
    const sequence: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].startsWith('> ') && !lines[i - 1]?.startsWith('> ')) sequence.push('quote');
      const m = /^\[Открыть в Glossa\]\(<(glossa:[^>]*)>\)$/.exec(lines[i]);
      if (m) sequence.push(m[1]);
    }
    expect(sequence).toEqual(REPORT_ORDER.flatMap((link) => ['quote', link]));
  });

  it('PDF: a Link annotation with the URI under each passage, in reading order', async () => {
    const bytes = await exportEvidence(BUNDLE, { format: 'pdf' });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
    const links: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const annotations = (await (await doc.getPage(i)).getAnnotations()) as Array<{ subtype: string; url?: string; unsafeUrl?: string; rect: number[] }>;
      // pdf.js only offers http(s)/mailto as `url`; any other scheme is kept raw as unsafeUrl.
      const onPage = annotations.filter((a) => a.subtype === 'Link').sort((a, b) => b.rect[1] - a.rect[1]);
      links.push(...onPage.map((a) => a.unsafeUrl ?? a.url ?? ''));
    }
    await doc.destroy();
    expect(links).toEqual(REPORT_ORDER);
  });

  it('CSV: a "link" column with each coding\'s passage link', async () => {
    const text = new TextDecoder().decode(await exportEvidence(BUNDLE, { format: 'csv' })).replace(/^\ufeff/, '');
    const [header, ...rows] = parseCsv(text).filter((r) => r.length > 1);
    const col = header.indexOf('link');
    expect(col).toBeGreaterThanOrEqual(0);
    expect(rows.map((r) => r[col])).toEqual(TABLE_ORDER);
    for (const r of rows) expect(parsePassageLink(r[col])?.annotationId).toBe(r[header.indexOf('annotation id')]);
  });

  it('XLSX: a "link" column of hyperlink cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await exportEvidence(BUNDLE, { format: 'xlsx' })) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Codings')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = header.indexOf('link') + 1;
    expect(col).toBeGreaterThan(0);
    const cells = FIXTURE_ROWS.map((_, i) => sheet.getRow(i + 2).getCell(col));
    expect(cells.map((c) => c.hyperlink)).toEqual(TABLE_ORDER);
    expect(cells.map((c) => c.text)).toEqual(TABLE_ORDER);
  });

  it('writes no link when the export has no project id (a hand-made bundle)', async () => {
    const html = new TextDecoder().decode(await exportEvidence(FIXTURE_BUNDLE, { format: 'html' }));
    expect(html).not.toContain('glossa:');
    const csv = new TextDecoder().decode(await exportEvidence(FIXTURE_BUNDLE, { format: 'csv' }));
    expect(csv).not.toContain('glossa:');
  });
});
