// XLSX export with exceljs: sheet "Codings" (one row per coding, the CSV columns, a bold
// frozen header row with an autofilter) and sheet "Codebook". Year and pages are numbers so
// pivot tables work; text cells get the same formula guard as the CSV. Written with exceljs'
// streaming writer: each row is committed (turned into XML and zipped) as it is read, so the
// sheet is never held as cell objects (10,000 rows took ~250 MB that way). Shared strings, as
// the in-memory writer made them: an empty text cell stays an empty string, not a blank.
// A project with cases gets sheet "Cases by country": codings per code by the country of the
// cases they lie in, and the pages behind each country (counted in the same pass as the rows).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { EvidenceRow } from '../../../shared/domain/evidence';
import { codingColumns, LINK_COLUMN, neutraliseCell, type CellValue } from './coding-columns';
import { rowCountOf, type ExportInput } from './export-input';
import type { ExportProgress } from './export-progress';
import { xmlSafe } from './xml-text';
import { CaseIndex } from '../cases/case-index';
import { FrequencyCounter, type FrequencyTable } from './evidence-tables';

/**
 * exceljs gives every cell of an unstyled row a style object of its own and, as the row is
 * committed, works out each one's style again (~a third of the export for 10,000 rows of 15
 * cells); cells of one value type share one object here, which its styles cache is keyed on
 * (the style it derives differs only by type: General for numbers, a date format for dates).
 * `shared` belongs to one workbook, as exceljs' cache does (a later change to one cell's style
 * object would otherwise reach other exports).
 * The same workbook XML comes out (tests/unit/…/xlsx-shared-styles.test.ts).
 */
export function shareCellStyles(row: ExcelJS.Row, shared: Map<number, Partial<ExcelJS.Style>>): void {
  row.eachCell({ includeEmpty: true }, (c) => {
    if (Object.keys(c.style).length > 0) return;
    let style = shared.get(c.type);
    if (!style) shared.set(c.type, (style = {}));
    c.style = style;
  });
}

const cell = (value: CellValue): CellValue => {
  const safe = neutraliseCell(value);
  return typeof safe === 'string' ? xmlSafe(safe) : safe;
};

export async function writeXlsx(bundle: ExportInput, progress: ExportProgress, cite: (row: EvidenceRow) => string): Promise<Uint8Array> {
  const columns = codingColumns(cite);
  /** 1-based, as exceljs counts cells. */
  const linkIndex = columns.findIndex((c) => c.header === LINK_COLUMN) + 1;
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Glossa';
  workbook.created = new Date(bundle.generatedAt);
  const sheet = workbook.addWorksheet('Codings', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const total = rowCountOf(bundle);
  let done = 0;
  const sharedStyles = new Map<number, Partial<ExcelJS.Style>>();
  const byCaseCountry = bundle.cases?.length ? new FrequencyCounter('caseCountry', new CaseIndex(bundle.cases)) : null;
  for (const row of bundle.rows) {
    byCaseCountry?.add(row);
    const added = sheet.addRow(columns.map((c) => cell(c.value(row, bundle.projectId))));
    // The link column is a real hyperlink (Excel and LibreOffice open it on click).
    const link = added.getCell(linkIndex);
    if (typeof link.value === 'string' && link.value !== '') link.value = { text: link.value, hyperlink: link.value };
    shareCellStyles(added, sharedStyles);
    added.commit();
    await progress.row(++done, total, 0, 0.7);
  }
  sheet.commit();
  const codebook = workbook.addWorksheet('Codebook', { views: [{ state: 'frozen', ySplit: 1 }] });
  codebook.columns = [
    { header: 'code path', key: 'path', width: 40 },
    { header: 'colour', key: 'color', width: 9 },
    { header: 'definition', key: 'definition', width: 60 },
    { header: 'inclusion', key: 'inclusion', width: 40 },
    { header: 'exclusion', key: 'exclusion', width: 40 },
    { header: 'code id', key: 'id', width: 20 },
  ];
  codebook.getRow(1).font = { bold: true };
  for (const code of bundle.codes) {
    codebook.addRow([code.path.join(' > '), code.color, code.definition, code.inclusion, code.exclusion, code.id].map(cell)).commit();
  }
  codebook.commit();
  if (byCaseCountry) writeCaseSheet(workbook, byCaseCountry.table());
  progress.check();
  await workbook.commit();
  progress.check();
  return new Uint8Array(Buffer.concat(chunks));
}

/** Codes × case country (country ids as the cases carry them; '' = outside every case), then
 *  a row of the pages behind each column, so a per-100-pages rate is one formula away. */
function writeCaseSheet(workbook: InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>, table: FrequencyTable): void {
  const sheet = workbook.addWorksheet('Cases by country', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = [{ header: 'code path', key: 'path', width: 40 }, ...table.columns.map((k, i) => ({ header: k === '' ? '(no case)' : k, key: `c${i}`, width: 14 })), { header: 'total codings', key: 'total', width: 14 }];
  sheet.getRow(1).font = { bold: true };
  for (const r of table.rows) sheet.addRow([cell(r.codePath.join(' > ')), ...r.counts, r.total]).commit();
  sheet.addRow(['pages of the cases', ...table.columns.map((_, i) => table.columnPages?.[i] ?? 0), '']).commit();
  sheet.commit();
}
