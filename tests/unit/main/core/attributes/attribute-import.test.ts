// Importing attribute values from a real CSV (papaparse) and a real XLSX (written with exceljs
// here) into a real project: rows matched by file name (with or without ".pdf"), title or id;
// every bad row reported with its reason (unknown document, value not in the choices, bad
// number, bad date); the valid cells written as ONE undoable action; the table reader's
// refusals; the mapping guessed from the header.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDefinition } from '../../../../../main/core/attributes/attribute-actions';
import { applyImport, planImport } from '../../../../../main/core/attributes/attribute-import';
import { readAttributeTable, readCsv } from '../../../../../main/core/attributes/attribute-table';
import { undo, undoState } from '../../../../../main/core/coding/undo-stack';
import { valuesByDocument } from '../../../../../main/db/repositories/attributes';
import type { AttributeDefinition } from '../../../../../shared/domain/attribute';
import { guessMapping } from '../../../../../shared/rules/attribute-mapping';
import { addDocument, tempProject, type TempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

let p: TempProject;
let docs: Record<string, string>;
let orgs: AttributeDefinition;
let budget: AttributeDefinition;
let adopted: AttributeDefinition;
beforeEach(() => {
  p = tempProject('glossa-attr-import-');
  docs = {
    joint: addDocument(p.db, ['Joint report text.'], { title: 'Joint report', fileName: 'joint-report.pdf' }).id,
    routes: addDocument(p.db, ['Routes study text.'], { title: 'Routes study', fileName: 'routes.pdf' }).id,
    plan: addDocument(p.db, ['Национальный план действий.'], { title: 'Национальный план', fileName: 'plan-2019.pdf' }).id,
  };
  orgs = createDefinition(p.db, ALICE, {
    nameEn: 'Issuing organisations', nameRu: 'Организации-авторы', kind: 'choices',
    choices: [{ id: 'osce', en: 'OSCE', ru: 'ОБСЕ' }, { id: 'iom', en: 'IOM', ru: 'МОМ' }, { id: 'unodc', en: 'UNODC', ru: 'УНП ООН' }],
  }).result;
  budget = createDefinition(p.db, ALICE, { nameEn: 'Budget (EUR)', nameRu: 'Бюджет', kind: 'number' }).result;
  adopted = createDefinition(p.db, ALICE, { nameEn: 'Adopted', nameRu: 'Принят', kind: 'date' }).result;
});
afterEach(() => p.close());

const CSV = [
  'File,Issuing organisations,Бюджет,Adopted,Notes',
  'joint-report.pdf,OSCE; МОМ,"1 250 000,50",2019-05-31,first',
  'routes,unodc,abc,31.12.2018,second',
  'missing.pdf,OSCE,10,2020,third',
  'plan-2019.pdf,Frontex,,May 2019,fourth',
].join('\r\n');

describe('attribute import from CSV', () => {
  it('guesses the mapping from the header, previews every error with its reason, writes the valid cells as one undoable action', () => {
    const table = readCsv('\uFEFF' + CSV);
    expect(table.columns).toEqual(['File', 'Issuing organisations', 'Бюджет', 'Adopted', 'Notes']);
    const mapping = guessMapping(table.columns, [orgs, budget, adopted]);
    expect(mapping).toEqual({ matchColumn: 'File', matchBy: 'fileName', columns: { 'Issuing organisations': orgs.id, 'Бюджет': budget.id, Adopted: adopted.id } });

    const preview = planImport(p.db, table, mapping);
    expect(preview.errors).toEqual([
      { row: 3, column: 'Бюджет', problem: 'badNumber', value: 'abc' },
      { row: 4, column: 'File', problem: 'unknownDocument', value: 'missing.pdf' },
      { row: 5, column: 'Issuing organisations', problem: 'notInChoices', value: 'Frontex' },
      { row: 5, column: 'Adopted', problem: 'badDate', value: 'May 2019' },
    ]);
    expect(preview.valueCount).toBe(5);
    expect(valuesByDocument(p.db).size).toBe(0); // a preview writes nothing

    const before = undoState(p.db);
    const result = applyImport(p.db, ALICE, table, mapping).result;
    expect(result.written).toBe(5);
    expect(Object.fromEntries(valuesByDocument(p.db))).toEqual({
      [docs.joint]: { [orgs.id]: ['osce', 'iom'], [budget.id]: 1250000.5, [adopted.id]: '2019-05-31' },
      [docs.routes]: { [orgs.id]: ['unodc'], [adopted.id]: '2018-12-31' },
    });
    expect(undoState(p.db)).toMatchObject({ canUndo: true, undoLabel: 'Import attribute values' });
    undo(p.db, ALICE);
    expect(valuesByDocument(p.db).size).toBe(0);
    expect(undoState(p.db).undoLabel).toBe(before.undoLabel);
  });

  it('matches rows by title (case and ё folded) or by document id; a name two documents share is ambiguous', () => {
    addDocument(p.db, ['Another routes study.'], { title: 'Routes study', fileName: 'routes-2.pdf' });
    const byTitle = readCsv(['Title,Budget (EUR)', 'JOINT REPORT,5', 'Национальный План,7', 'Routes study,9'].join('\n'));
    const mapping = guessMapping(byTitle.columns, [orgs, budget, adopted]);
    expect(mapping.matchBy).toBe('title');
    const preview = planImport(p.db, byTitle, mapping);
    expect(preview.rows.map((r) => [r.documentId, r.values[budget.id]])).toEqual([[docs.joint, 5], [docs.plan, 7]]);
    expect(preview.errors).toEqual([{ row: 4, column: 'Title', problem: 'ambiguousDocument', value: 'Routes study' }]);
    const byId = readCsv(`id;Budget (EUR)\n${docs.routes};3\n`);
    expect(planImport(p.db, byId, guessMapping(byId.columns, [budget])).rows).toEqual([{ row: 2, documentId: docs.routes, title: 'Routes study', values: { [budget.id]: 3 } }]);
  });
});

describe('attribute import from XLSX', () => {
  it('reads the first sheet of a real workbook (dates, numbers, rich text, formulas) with the same errors per row', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Attributes');
    sheet.addRow(['Файл', 'Организации-авторы', 'Budget (EUR)', 'Adopted']);
    sheet.addRow(['joint-report.pdf', 'OSCE;IOM', 2500, new Date(Date.UTC(2019, 4, 31))]);
    sheet.addRow(['routes.pdf', { richText: [{ text: 'UN' }, { text: 'ODC' }] }, { formula: '2*21', result: 42 }, 2018]);
    sheet.addRow(['plan-2019.pdf', 'GRETA', 'n/a', '2019-13-01']);
    sheet.addRow(['nowhere.pdf', 'OSCE', 1, 2019]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const table = await readAttributeTable('values.xlsx', bytes);
    expect(table.rows[0]).toEqual(['joint-report.pdf', 'OSCE;IOM', '2500', '2019-05-31']);
    expect(table.rows[1]).toEqual(['routes.pdf', 'UNODC', '42', '2018']);
    const mapping = guessMapping(table.columns, [orgs, budget, adopted]);
    expect(mapping).toMatchObject({ matchColumn: 'Файл', matchBy: 'fileName' });
    const result = applyImport(p.db, ALICE, table, mapping).result;
    expect(result.errors.map((e) => [e.row, e.column, e.problem])).toEqual([
      [4, 'Организации-авторы', 'notInChoices'],
      [4, 'Budget (EUR)', 'badNumber'],
      [4, 'Adopted', 'badDate'],
      [5, 'Файл', 'unknownDocument'],
    ]);
    expect(Object.fromEntries(valuesByDocument(p.db))).toEqual({
      [docs.joint]: { [orgs.id]: ['osce', 'iom'], [budget.id]: 2500, [adopted.id]: '2019-05-31' },
      [docs.routes]: { [orgs.id]: ['unodc'], [budget.id]: 42, [adopted.id]: '2018' },
    });
  });

  it('refuses what is not a table: a broken workbook, old .xls, text that is not UTF-8, an empty file', async () => {
    const code = (e: unknown) => (e as { code?: string }).code;
    await expect(readAttributeTable('x.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toSatisfy((e) => code(e) === 'attribute.badFile');
    await expect(readAttributeTable('x.xls', new Uint8Array([0xd0, 0xcf]))).rejects.toSatisfy((e) => code(e) === 'attribute.badFile');
    await expect(readAttributeTable('x.csv', new Uint8Array([0x66, 0xff, 0xfe]))).rejects.toSatisfy((e) => code(e) === 'attribute.badFile');
    await expect(readAttributeTable('x.csv', new Uint8Array())).rejects.toSatisfy((e) => code(e) === 'attribute.badFile');
  });
});
