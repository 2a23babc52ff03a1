// The report exports' tables on a project with cases (issue 14): "codes by case country" as
// counts and per 100 pages, read back from the HTML and the DOCX written for the mini TIP
// report's country cases; and the co-occurrence matrix counting overlapping passages by two
// coders (1, where "passages carrying both codes" counts 0), with the c-coefficient.
// Hand-computed from tests/unit/main/core/cases/tip-project.ts: Funding in Moldova, Ukraine,
// Georgia and on the cover (outside every case); Training in Ukraine, Georgia, Azerbaijan;
// case pages Azerbaijan 2, Georgia 3, Moldova 3, Ukraine 2.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCasesFromOutline } from '../../../../../main/core/cases/case-actions';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { buildEvidenceBundle } from '../../../../../main/core/evidence/evidence-bundle';
import { openEvidenceSource } from '../../../../../main/core/evidence/evidence-source';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { resolveQueryFilter } from '../../../../../main/core/query/query-filter';
import { TIP_CHAPTERS } from '../../../../fixtures/tip-outline-report';
import { unzipAll } from '../../../../helpers/read-zip';
import { ANNA, makeTipProject, type TipProject } from '../cases/tip-project';
import { BORIS, target } from '../evidence/evidence-project';

const unescape = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The rows (cell texts) of the HTML table under the heading `title`. */
function htmlTable(html: string, title: string): string[][] {
  const at = html.indexOf(`<h3>${title}</h3>`);
  if (at < 0) throw new Error(`no table "${title}"`);
  const table = html.slice(at, html.indexOf('</table>', at));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => unescape(c[1])));
}

/** The rows of the first DOCX table after the paragraph `title`. */
function docxTable(xml: string, title: string): string[][] {
  const at = xml.indexOf(`>${title}<`);
  if (at < 0) throw new Error(`no table "${title}"`);
  const start = xml.indexOf('<w:tbl>', at);
  const table = xml.slice(start, xml.indexOf('</w:tbl>', start));
  return [...table.matchAll(/<w:tr[ >](.*?)<\/w:tr>/gs)].map((r) =>
    [...r[1].matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) => [...c[1].matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/gs)].map((t) => unescape(t[1])).join('')),
  );
}

let p: TipProject;
beforeEach(async () => {
  p = await makeTipProject();
});
afterEach(() => p.close());

const COUNTS = [
  ['Code', 'Azerbaijan', 'Georgia', 'Moldova', 'Ukraine', '(outside any case)', 'Total codings'],
  ['Funding', '0', '1', '1', '1', '1', '4'],
  ['Training', '1', '1', '0', '1', '0', '3'],
];
const PER_100 = [
  COUNTS[0],
  ['Funding', '0', '33.3', '33.3', '50', '\u2013', '4'],
  ['Training', '50', '33.3', '0', '50', '\u2013', '3'],
];

describe('the case table of the report exports', () => {
  it('HTML: codes by case country, counts and per 100 pages', async () => {
    await createCasesFromOutline(p.db, ANNA, p.docId);
    const html = new TextDecoder().decode(await exportEvidence(buildEvidenceBundle(p.db, 'TIP', undefined), { format: 'html', includeTables: true }));
    expect(htmlTable(html, 'Codings per code by case country')).toEqual(COUNTS);
    expect(htmlTable(html, 'Codings per code by case country, per 100 pages')).toEqual(PER_100);
  });

  it('DOCX from the streaming source: the same table, in Russian too', async () => {
    await createCasesFromOutline(p.db, ANNA, p.docId);
    const xmlOf = async (language: 'en' | 'ru') =>
      (await unzipAll(await exportEvidence(openEvidenceSource(p.db, 'TIP', undefined, new Date(), { language }), { format: 'docx', includeTables: true, language }))).get('word/document.xml')!.toString('utf8');
    expect(docxTable(await xmlOf('en'), 'Codings per code by case country')).toEqual(COUNTS);
    const ru = docxTable(await xmlOf('ru'), 'Кодировки по кодам и странам случаев, на 100 страниц');
    expect(ru[0]).toEqual(['Код', 'Азербайджан', 'Грузия', 'Молдова', 'Украина', '(вне случаев)', 'Всего кодировок']);
    expect(ru[1]).toEqual(['Funding', '0', '33,3', '33,3', '50', '\u2013', '4']);
  });

  it('XLSX: a sheet of codes by case country with the pages behind each column', async () => {
    await createCasesFromOutline(p.db, ANNA, p.docId);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exportEvidence(buildEvidenceBundle(p.db, 'TIP', undefined), { format: 'xlsx' })) as never);
    const rows: unknown[][] = [];
    workbook.getWorksheet('Cases by country')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toEqual([
      ['code path', 'azerbaijan', 'georgia', 'moldova', 'ukraine', '(no case)', 'total codings'],
      ['Funding', 0, 1, 1, 1, 1, 4],
      ['Training', 1, 1, 0, 1, 0, 3],
      ['pages of the cases', 2, 3, 3, 2, 0, ''],
    ]);
  });

  it('a project without cases gets no case table', async () => {
    const html = new TextDecoder().decode(await exportEvidence(buildEvidenceBundle(p.db, 'TIP', undefined), { format: 'html', includeTables: true }));
    expect(html).not.toContain('by case country');
    expect(html).toContain('Codings per code by country');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await exportEvidence(buildEvidenceBundle(p.db, 'TIP', undefined), { format: 'xlsx' })) as never);
    expect(workbook.getWorksheet('Cases by country')).toBeUndefined();
  });
});

describe('the co-occurrence table of the report exports', () => {
  it('counts two coders\u2019 overlapping passages (1, not 0) with the c-coefficient', async () => {
    await createCasesFromOutline(p.db, ANNA, p.docId);
    // Boris codes Training on a passage overlapping Anna's Funding one ("funds shelters").
    const md = TIP_CHAPTERS[0];
    createAnnotation(p.db, BORIS, { documentId: p.docId, kind: 'text', targets: [target(p.pages, md.firstPage, 'shelters for victims')], color: null, comment: '', codeIds: [p.codes.training] });
    // Within the Moldova case: Anna's Funding passage and Boris's Training passage only.
    const filter = resolveQueryFilter(p.db, { caseCountries: ['moldova'] });
    const html = new TextDecoder().decode(await exportEvidence(buildEvidenceBundle(p.db, 'TIP', filter), { format: 'html', includeTables: true }));
    expect(htmlTable(html, 'Code co-occurrence (overlapping passages)')).toEqual([
      ['Code', '1', '2'],
      ['1. Funding', '1', '1 (1.00)'],
      ['2. Training', '1 (1.00)', '1'],
    ]);
    const md2 = new TextDecoder().decode(await exportEvidence(buildEvidenceBundle(p.db, 'TIP', filter), { format: 'md', includeTables: true }));
    const row = md2.split('\n').find((l) => /^\| 1\\?\. Funding \|/.test(l));
    expect(row?.replace(/\\/g, '')).toBe('| 1. Funding | 1 | 1 (1.00) |');
  });
});
