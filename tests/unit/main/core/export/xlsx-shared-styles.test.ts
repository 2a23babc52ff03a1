// Cells sharing one style object per value type (xlsx-export.ts shareCellStyles) must give the
// workbook exceljs writes when each cell has its own: rows of text, empty text, numbers,
// dates, hyperlinks and blanks, under a bold header row, give the same sheet, styles and
// shared strings, part by part.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { shareCellStyles } from '../../../../../main/core/export/xlsx-export';
import { unzipAll } from '../../../../helpers/read-zip';

async function workbook(shared: boolean): Promise<Map<string, Buffer>> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const sheet = wb.addWorksheet('Codings');
  const styles = new Map<number, Partial<ExcelJS.Style>>();
  sheet.columns = ['text', 'empty', 'year', 'when', 'link', 'blank'].map((header) => ({ header, key: header, width: 12 }));
  sheet.getRow(1).font = { bold: true };
  for (let i = 0; i < 50; i++) {
    const row = sheet.addRow([`Торговля ${i}`, '', 2000 + i, new Date(Date.UTC(2020, 0, 1 + i)), { text: `l${i}`, hyperlink: `glossa://open?p=${i}` }, null]);
    if (i % 7 === 0) row.getCell(1).font = { italic: true };
    if (shared) shareCellStyles(row, styles);
    row.commit();
  }
  sheet.commit();
  await wb.commit();
  return unzipAll(Buffer.concat(chunks));
}

describe('XLSX cell styles', () => {
  it('shared per value type write the workbook exceljs writes', async () => {
    const theirs = await workbook(false);
    const ours = await workbook(true);
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    const styles = theirs.get('xl/styles.xml')!.toString('utf8');
    // Numbers (General), dates and the italic cells each have a style of their own.
    expect((styles.match(/<xf /g) ?? []).length).toBeGreaterThan(3);
    for (const [name, bytes] of theirs) expect(ours.get(name)!.toString('utf8'), name).toBe(bytes.toString('utf8'));
  });
});
