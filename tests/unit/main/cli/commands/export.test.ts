// `glossa export` in-process (the same dispatcher a user runs) against a real project coded
// through the coding backend: every format to a temp file, read back with a real reader.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYearRange } from '../../../../../main/cli/commands/export';
import { runGlossa } from '../../../../helpers/run-glossa';
import { closeProject } from '../../../../../main/core/project/project-file';
import { unzipText } from '../../../../helpers/read-zip';
import { parseCsv } from '../../core/export/rfc4180';
import { makeEvidenceProject, type EvidenceProject } from '../../core/evidence/evidence-project';

let p: EvidenceProject;
let file: string;

beforeAll(() => {
  p = makeEvidenceProject();
  file = p.handle.path;
  closeProject(p.handle);
});
afterAll(() => fs.rmSync(p.dir, { recursive: true, force: true }));

const glossa = (...args: string[]) => runGlossa(args);

const out = (name: string) => path.join(p.dir, name);
const RU_QUOTE = 'Ёмкость национальных механизмов — ещё один вопрос.';

describe('glossa export', () => {
  it('writes CSV of a selection (code + actor by English label), progress on stderr', async () => {
    const r = await glossa('export', file, '--format', 'csv', '--code', 'Test Training', '--actor', 'Russia / CIS', '-o', out('sel.csv'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Exporting… 0%/);
    expect(r.stderr).toMatch(/1 coding \(1 passage\) written to/);
    const records = parseCsv(fs.readFileSync(out('sel.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(records).toHaveLength(2);
    expect(records[1]).toContain(RU_QUOTE);
  });

  it('writes DOCX whose document.xml holds the Cyrillic quote and its citation', async () => {
    expect((await glossa('export', file, '--format', 'docx', '--country', 'russia', '-o', out('r.docx'))).code).toBe(0);
    const xml = await unzipText(fs.readFileSync(out('r.docx')), 'word/document.xml');
    expect(xml).toContain(RU_QUOTE);
    expect(xml).toContain('(Russia / CIS 2021, 1)');
  });

  it('writes XLSX, HTML, Markdown, PDF and JSON-LD of the whole project', async () => {
    for (const format of ['xlsx', 'html', 'md', 'pdf', 'jsonld']) {
      const r = await glossa('export', file, '--format', format, '--memos', '--tables', '-o', out(`all.${format}`));
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out('all.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].rowCount).toBe(9);
    expect(fs.readFileSync(out('all.html'), 'utf8')).toContain('Партнёрство государства и НКО укрепилось.');
    expect(fs.readFileSync(out('all.md'), 'utf8')).toContain('Project memo: why these reports.');
    expect(fs.readFileSync(out('all.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const ld = JSON.parse(fs.readFileSync(out('all.jsonld'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(ld)).toContain('TextPositionSelector');
  });

  it('selects by year range and several codes (all)', async () => {
    const r = await glossa('export', file, '--format', 'csv', '--code', 'Test Training', '--code', 'Test Партнёрство', '--all-codes', '--year', '2010-2016', '-o', out('y.csv'));
    expect(r.code).toBe(0);
    const records = parseCsv(fs.readFileSync(out('y.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(records.slice(1).every((rec) => rec.includes('IOM trained border guards in 2015.'))).toBe(true);
    expect(records).toHaveLength(3);
  });

  it('refuses unknown codes, actors and countries with clear messages and leaves no file', async () => {
    const code = await glossa('export', file, '--format', 'csv', '--code', 'Nope', '-o', out('x.csv'));
    expect(code.code).toBe(1);
    expect(code.stderr).toMatch(/No code named "Nope"/);
    const actor = await glossa('export', file, '--format', 'csv', '--actor', 'NATO', '-o', out('x.csv'));
    expect(actor.code).toBe(1);
    expect(actor.stderr).toMatch(/Unknown actor "NATO"\. Known values: eu \(EU\)/);
    const country = await glossa('export', file, '--format', 'csv', '--country', 'Atlantis', '-o', out('x.csv'));
    expect(country.stderr).toMatch(/Unknown country "Atlantis"/);
    const format = await glossa('export', file, '--format', 'rtf', '-o', out('x.rtf'));
    expect(format.code).toBe(2);
    expect(fs.existsSync(out('x.csv'))).toBe(false);
    const exists = await glossa('export', file, '--format', 'csv', '-o', out('sel.csv'));
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/--force/);
  });

  it('parses year ranges', () => {
    expect(parseYearRange('2015-2020')).toEqual({ yearFrom: 2015, yearTo: 2020 });
    expect(parseYearRange('2019')).toEqual({ yearFrom: 2019, yearTo: 2019 });
    expect(parseYearRange('2019-')).toEqual({ yearFrom: 2019, yearTo: undefined });
    expect(parseYearRange('-2019')).toEqual({ yearFrom: undefined, yearTo: 2019 });
    expect(() => parseYearRange('2020-2015')).toThrow(/after/);
    expect(() => parseYearRange('soon')).toThrow(/--year/);
  });
});
