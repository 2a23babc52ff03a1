// `glossa attributes list` and `glossa attributes import` in-process on a real project with real
// PDFs imported through `glossa import`: a CSV and an XLSX (written with exceljs) with bad rows,
// the errors per row with their reason in English and Russian, --dry-run, --json, and exit code 1
// when a row failed. Also: the PDFs' creation dates (2021, 2019) are not taken as their years,
// so the citation derived from a document has no year until the user confirms one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDefinition } from '../../../../../main/core/attributes/attribute-actions';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { listDocuments, updateDocument } from '../../../../../main/db/repositories/documents';
import type { AttributeDefinition } from '../../../../../shared/domain/attribute';
import { citableItem } from '../../../../../shared/csl/csl-item';
import { makeEnglishReport, makeRussianReport, writeFixture } from '../../../../fixtures/pdf-fixtures';
import { runGlossa } from '../../../../helpers/run-glossa';
import { ALICE } from '../../core/coding/coding-fixture';

let dir: string;
let file: string;
const dataDir = process.env.GLOSSA_DATA_DIR;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-attr-'));
  file = path.join(dir, 'study.glossa');
  process.env.GLOSSA_DATA_DIR = dir;
});
afterEach(() => {
  if (dataDir === undefined) delete process.env.GLOSSA_DATA_DIR;
  else process.env.GLOSSA_DATA_DIR = dataDir;
  fs.rmSync(dir, { recursive: true, force: true });
});

const glossa = (...args: string[]) => runGlossa(args);

async function project(): Promise<void> {
  expect((await glossa('new', file)).code).toBe(0);
  const en = writeFixture(dir, 'english-report.pdf', await makeEnglishReport());
  const ru = writeFixture(dir, 'doklad-ru.pdf', await makeRussianReport());
  expect((await glossa('import', file, en, ru)).code).toBe(0);
}

function define(): AttributeDefinition[] {
  const h = openProject(file);
  try {
    return [
      createDefinition(h.db, ALICE, { nameEn: 'Issuing organisations', nameRu: 'Организации-авторы', kind: 'choices', choices: [{ id: 'osce', en: 'OSCE', ru: 'ОБСЕ' }, { id: 'iom', en: 'IOM', ru: 'МОМ' }] }).result,
      createDefinition(h.db, ALICE, { nameEn: 'Budget', nameRu: 'Бюджет', kind: 'number' }).result,
    ];
  } finally {
    closeProject(h);
  }
}

describe('glossa attributes', () => {
  it('list shows the definitions; import of a CSV reports each bad row and writes the rest', async () => {
    await project();
    expect((await glossa('attributes', 'list', file)).stdout.trim()).toBe('No attributes yet. Define them in the library (Attributes…).');
    const [orgs] = define();
    const listed = (await glossa('attributes', 'list', file, '--lang', 'ru')).stdout;
    expect(listed).toContain(`${orgs.id}\tОрганизации-авторы\tНесколько вариантов\tОБСЕ; МОМ`);
    const json = JSON.parse((await glossa('attributes', 'list', file, '--json')).stdout) as AttributeDefinition[];
    expect(json.map((d) => d.kind)).toEqual(['choices', 'number']);

    const csv = path.join(dir, 'values.csv');
    fs.writeFileSync(csv, ['file,Issuing organisations,Budget', 'english-report,OSCE;IOM,1200', 'doklad-ru.pdf,ОБСЕ,много', 'nowhere.pdf,OSCE,1'].join('\n'));
    const dry = await glossa('attributes', 'import', file, csv, '--dry-run');
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('Row 3, Budget "много": Not a number');
    expect(dry.stdout).toContain('Row 4, file "nowhere.pdf": No document of this project has this name');
    expect(dry.stdout.trim().split('\n').at(-1)).toBe('3 values would be written (2 rows matched); nothing was written (--dry-run).');
    const run = await glossa('attributes', 'import', file, csv, '--lang', 'ru');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Строка 3, Budget «много»: Не число');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('Записано 3 значения (найдено строк: 2).');
    const h = openProject(file);
    try {
      const values = h.db.prepare('SELECT d.file_name, v.value FROM attribute_values v JOIN documents d ON d.id = v.document_id ORDER BY d.file_name, v.value').all();
      expect(values).toEqual([{ file_name: 'doklad-ru.pdf', value: '["osce"]' }, { file_name: 'english-report.pdf', value: '1200' }, { file_name: 'english-report.pdf', value: '["osce","iom"]' }]);
    } finally {
      closeProject(h);
    }
  });

  it('imports an XLSX with an explicit mapping and prints JSON', async () => {
    await project();
    const [, budget] = define();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.addRow(['Document', 'Money']);
    sheet.addRow(['Annual Report on Trafficking in Persons 2021', 3000]);
    const xlsx = path.join(dir, 'values.xlsx');
    fs.writeFileSync(xlsx, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = await glossa('attributes', 'import', file, xlsx, '--match', 'title', '--column', 'Money=Budget', '--json');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as { written: number; errors: unknown[]; mapping: { matchColumn: string; columns: Record<string, string> } };
    expect(result).toMatchObject({ written: 1, errors: [], mapping: { matchColumn: 'Document', columns: { Money: budget.id } } });
    expect((await glossa('attributes', 'import', file, xlsx, '--column', 'Money=Colour')).stderr).toContain('no attribute named "Colour"');
  });

  it('a year only the PDF metadata gives is not cited until the user confirms it', async () => {
    await project();
    const h = openProject(file);
    try {
      const en = listDocuments(h.db).find((d) => d.fileName === 'english-report.pdf')!;
      expect(en).toMatchObject({ year: null, pdfDate: '2021-03-15T10:00:00.000Z' });
      expect(citableItem(en, 'k', 'en').issued).toBeUndefined();
      const confirmed = updateDocument(h.db, en.id, { year: 2021 });
      expect(citableItem(confirmed, 'k', 'en').issued).toEqual({ 'date-parts': [[2021]] });
    } finally {
      closeProject(h);
    }
  });
});
