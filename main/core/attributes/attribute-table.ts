// Reads the table a user imports attribute values from: CSV (papaparse, delimiter detected, a
// UTF-8 byte-order mark dropped) or XLSX (exceljs, the first worksheet). The first row names
// the columns; every cell becomes text (an XLSX date as YYYY-MM-DD, a number as written, a
// formula as its result). Files are the user's or a colleague's: at most MAX_ROWS rows and
// MAX_BYTES bytes are read, and a file that is neither gives attribute.badFile.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { AttributeTable } from '../../../shared/domain/attribute';
import { GlossaError } from '../../../shared/errors';

/** A library of a few thousand documents; a sheet beyond this is not an attribute table. */
export const MAX_ROWS = 20_000;
export const MAX_COLUMNS = 200;
export const MAX_BYTES = 20 * 1024 * 1024;
const MAX_CELL = 5_000;

function badFile(detail: string): GlossaError {
  return new GlossaError('attribute.badFile', `This table could not be read: ${detail}.`, { detail });
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellText(o.result);
    if (typeof o.text === 'string') return o.text;
    if (o.error) return '';
  }
  return '';
}

function table(header: string[], body: string[][], truncated: boolean): AttributeTable {
  const columns = header.slice(0, MAX_COLUMNS).map((c, i) => c.trim() || `#${i + 1}`);
  if (columns.length === 0) throw badFile('it has no header row');
  const rows = body
    .map((r) => columns.map((_, i) => (r[i] ?? '').slice(0, MAX_CELL)))
    .filter((r) => r.some((c) => c.trim() !== ''));
  return { columns, rows, truncated };
}

export function readCsv(text: string): AttributeTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', preview: MAX_ROWS + 1 });
  const data = parsed.data.filter(Array.isArray);
  if (data.length === 0) throw badFile('it is empty');
  return table(data[0].map(String), data.slice(1, MAX_ROWS + 1).map((r) => r.map(String)), data.length > MAX_ROWS + 1 || parsed.meta.truncated === true);
}

export async function readXlsx(bytes: Uint8Array): Promise<AttributeTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    throw badFile(`it is not an XLSX workbook (${err instanceof Error ? err.message.slice(0, 120) : 'unreadable'})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badFile('the workbook has no worksheet');
  const rows: string[][] = [];
  let truncated = false;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (rows.length > MAX_ROWS) {
      truncated = true;
      return;
    }
    const cells: string[] = [];
    const width = Math.min(row.cellCount, MAX_COLUMNS);
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  if (rows.length === 0) throw badFile('its first worksheet is empty');
  return table(rows[0], rows.slice(1), truncated);
}

/** A CSV or XLSX file by its name (or, failing that, its first bytes: XLSX is a ZIP). */
export async function readAttributeTable(fileName: string, bytes: Uint8Array): Promise<AttributeTable> {
  if (bytes.byteLength > MAX_BYTES) throw badFile(`it is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(fileName) || isZip) return readXlsx(bytes);
  if (/\.xls$/i.test(fileName)) throw badFile('old .xls workbooks are not supported; save it as .xlsx or .csv');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badFile('it is not UTF-8 text; save it as CSV UTF-8');
  }
  return readCsv(text);
}
