// A passage's links to other passages in the evidence exports, from a real project file: the
// CSV and XLSX `links` column reads each link from its passage ("recommends → implemented in:
// EU progress report, pdf p. 1: “…” [id]" on the GRETA row, "implements the recommendation of"
// on the EU row); the JSON-LD annotation carries a "linking" body whose source is the other
// annotation; DOCX and HTML print a line under each passage, in the report's language. Read
// back with an RFC 4180 parser, exceljs and the DOCX's XML.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { updateAnnotation } from '../../../../../main/core/coding/annotations';
import { buildEvidenceBundle } from '../../../../../main/core/evidence/evidence-bundle';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { createPassageLink } from '../../../../../main/core/passage-links/link-actions';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { addDocument, ALICE } from '../coding/coding-fixture';
import { highlightPhrase } from '../passage-links/link-fixture';
import { unzipAll } from '../../../../helpers/read-zip';
import { parseCsv } from './rfc4180';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function linkedProject() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-export-links-'));
  const h = createProject(path.join(dir, 'a.glossa'));
  const greta = addDocument(h.db, 'GRETA report', ['GRETA recommends a national referral mechanism.']);
  const eu = addDocument(h.db, 'EU progress report', ['A national referral mechanism was set up in 2025.']);
  const code = (h.db.prepare('SELECT id FROM codes ORDER BY id LIMIT 1').get() as { id: string }).id;
  const rec = highlightPhrase(h.db, ALICE, greta, 'a national referral mechanism');
  const done = highlightPhrase(h.db, ALICE, eu, 'was set up in 2025');
  for (const id of [rec, done]) updateAnnotation(h.db, ALICE, id, { codeIds: [code] });
  createPassageLink(h.db, ALICE, { fromAnnotationId: rec, toAnnotationId: done, relation: 'recommends-implemented', note: 'NRM' });
  return { h, rec, done };
}

describe('links between passages in the evidence exports', () => {
  it('CSV and XLSX: a `links` column on both passages, each read from its own end', async () => {
    const { h, rec, done } = linkedProject();
    try {
      const bundle = buildEvidenceBundle(h.db, 'Study', undefined);
      const [header, ...rows] = parseCsv(Buffer.from(await exportEvidence(bundle, { format: 'csv' })).toString('utf8').replace(/^\ufeff/, ''));
      const cell = (annotationId: string) => rows.find((r) => r[header.indexOf('annotation id')] === annotationId)![header.indexOf('links')];
      expect(cell(rec)).toBe(`recommends → implemented in: EU progress report, pdf p. 1: “was set up in 2025” [${done}]`);
      expect(cell(done)).toBe(`implements the recommendation of: GRETA report, pdf p. 1: “a national referral mechanism” [${rec}]`);

      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await exportEvidence(bundle, { format: 'xlsx' })) as never);
      const sheet = book.worksheets[0];
      const heads = (sheet.getRow(1).values as unknown[]).map(String);
      const values: string[] = [];
      sheet.eachRow((row, n) => {
        if (n > 1) values.push(String(row.getCell(heads.indexOf('links')).value ?? ''));
      });
      expect(values.sort()).toEqual([cell(rec), cell(done)].sort());
    } finally {
      closeProject(h);
    }
  });

  it('JSON-LD: a "linking" body pointing at the other annotation, with the relation and note', async () => {
    const { h, rec, done } = linkedProject();
    try {
      const bundle = buildEvidenceBundle(h.db, 'Study', undefined, new Date(), { format: 'jsonld' });
      const json = JSON.parse(Buffer.from(await exportEvidence(bundle, { format: 'jsonld' })).toString('utf8')) as {
        first: { items: Array<{ id: string; body: Array<Record<string, unknown>> }> };
      };
      const linking = (id: string) => json.first.items.find((i) => i.id === `urn:glossa:annotation:${id}`)!.body.filter((b) => b.purpose === 'linking');
      expect(linking(rec)).toEqual([
        { type: 'SpecificResource', purpose: 'linking', source: `urn:glossa:annotation:${done}`, 'glossa:relation': 'recommends-implemented', 'glossa:direction': 'to', 'glossa:note': 'NRM' },
      ]);
      expect(linking(done)).toEqual([
        { type: 'SpecificResource', purpose: 'linking', source: `urn:glossa:annotation:${rec}`, 'glossa:relation': 'recommends-implemented', 'glossa:direction': 'from', 'glossa:note': 'NRM' },
      ]);
    } finally {
      closeProject(h);
    }
  });

  it('DOCX and HTML: a line under each linked passage, in English and in Russian', async () => {
    const { h } = linkedProject();
    try {
      const bundle = buildEvidenceBundle(h.db, 'Study', undefined);
      const html = Buffer.from(await exportEvidence(bundle, { format: 'html' })).toString('utf8');
      expect(html).toContain('<p class="citation linked-passage">↔ recommends → implemented in: EU progress report, pdf p. 1: “was set up in 2025”</p>');
      expect(html).toContain('↔ implements the recommendation of: GRETA report, pdf p. 1: “a national referral mechanism”');
      const ru = Buffer.from(await exportEvidence(bundle, { format: 'html', language: 'ru' })).toString('utf8');
      expect(ru).toContain('↔ рекомендует → выполнено в: EU progress report, с. 1 PDF: “was set up in 2025”');
      const files = await unzipAll(await exportEvidence(bundle, { format: 'docx' }));
      const text = files.get('word/document.xml')!.toString('utf8').replace(/<[^>]+>/g, '');
      expect(text).toContain('↔ recommends → implemented in: EU progress report, pdf p. 1: “was set up in 2025”');
      expect(text).toContain('↔ implements the recommendation of: GRETA report, pdf p. 1: “a national referral mechanism”');
    } finally {
      closeProject(h);
    }
  });
});
