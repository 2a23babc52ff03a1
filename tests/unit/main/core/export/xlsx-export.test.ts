import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { CODES, FIXTURE_BUNDLE, FIXTURE_ROWS } from './evidence-fixture';

async function readBack() {
  const bytes = await exportEvidence(FIXTURE_BUNDLE, { format: 'xlsx' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX export', () => {
  it('has a frozen, filtered header row and one row per coding', async () => {
    const sheet = (await readBack()).getWorksheet('Codings')!;
    expect(sheet.rowCount).toBe(FIXTURE_ROWS.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).getCell(1).value).toBe('document title');
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it('keeps quotes, Cyrillic and page numbers, neutralising formulas', async () => {
    const sheet = (await readBack()).getWorksheet('Codings')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    FIXTURE_ROWS.forEach((row, i) => {
      const cells = sheet.getRow(i + 2);
      const expected = /^[=+\-@]/.test(row.quote) ? `'${row.quote}` : row.quote;
      expect(cells.getCell(col('quote')).value).toBe(expected);
      expect(cells.getCell(col('page')).value).toBe(row.page);
      expect(cells.getCell(col('page end')).value).toBe(row.pageEnd);
      expect(cells.getCell(col('year')).value).toBe(row.document.year);
      expect(cells.getCell(col('code path')).value).toBe(row.codePath.join(' > '));
    });
    expect(sheet.getRow(4).getCell(col('document title')).value).toBe('Доклад о противодействии торговле людьми');
    // No cell was written as a formula.
    sheet.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('adds the codebook sheet', async () => {
    const codebook = (await readBack()).getWorksheet('Codebook')!;
    expect(codebook.rowCount).toBe(CODES.length + 1);
    expect(codebook.getRow(5).getCell(1).value).toBe('Партнёрство');
    expect(codebook.getRow(5).getCell(3).value).toBe('Совместные действия «государство — НКО».');
  });
});
