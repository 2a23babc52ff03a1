// `glossa zotero import` against a Zotero data directory built from Zotero's schema: one line
// per item with its outcome and reason, the totals, --collection by name (subcollections
// included), --json, a second run that adds nothing, and clear errors without a stack — a
// missing database, a file that is not Zotero, an unknown collection — in English and, with
// --lang ru, in Russian.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/command-registry';
import { runCli } from '../../../../main/cli/run-cli';
import { sharedExtractPool } from '../../../../main/pdf/extract-pool';
import type { ZoteroImportResult } from '../../../../shared/domain/zotero';
import { BOOK_KEY, buildSampleLibrary, NO_PDF_KEY, REPORT_KEY, REPORT_TITLE } from '../../../fixtures/zotero-sample-library';

let tmp: string;
let dataDir: string;

async function glossa(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (l) => void (stdout += l + '\n'), err: (t) => void (stderr += t), stdoutTty: false, stderrTty: false };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-zotero-'));
  process.env.GLOSSA_DATA_DIR = path.join(tmp, 'data');
  dataDir = path.join(tmp, 'Zotero');
  (await buildSampleLibrary(dataDir)).fixture.close();
  expect((await glossa('new', path.join(tmp, 'a.glossa'))).code).toBe(0);
  expect((await glossa('new', path.join(tmp, 'b.glossa'))).code).toBe(0);
});
afterAll(async () => {
  delete process.env.GLOSSA_DATA_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
  await sharedExtractPool().close();
});

describe('glossa zotero import', () => {
  it('prints one line per item and the totals; a second run adds nothing', async () => {
    const r = await glossa('zotero', 'import', path.join(tmp, 'a.glossa'), '--data-dir', dataDir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Imported\\s+${REPORT_KEY}  ${REPORT_TITLE} \\(3 new highlights\\)$`));
    expect(lines[1]).toMatch(new RegExp(`^Imported\\s+${BOOK_KEY}  .+ \\(1 new highlight\\)$`));
    expect(lines[2]).toMatch(new RegExp(`^Skipped\\s+${NO_PDF_KEY}  .+ — The item has no PDF stored in Zotero\\.$`));
    expect(lines.slice(3)).toEqual(['Imported: 2 · updated: 0 · unchanged: 0 · skipped: 1', 'Highlights added: 4']);

    const again = await glossa('zotero', 'import', path.join(tmp, 'a.glossa'), '--data-dir', dataDir, '--json');
    const json = JSON.parse(again.stdout) as ZoteroImportResult;
    expect([json.imported, json.unchanged, json.annotationsAdded]).toEqual([0, 2, 0]);
  });

  it('imports a collection by name with its subcollections, in Russian with --lang ru', async () => {
    const r = await glossa('zotero', 'import', path.join(tmp, 'b.glossa'), '--data-dir', dataDir, '--collection', 'trafficking reports', '--lang', 'ru');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Импортирована\\s+${REPORT_KEY}  ${REPORT_TITLE} \\(3 новых выделения\\)$`));
    expect(lines[1]).toMatch(/^Пропущена\s+NOP23456 {2}.+ — У записи нет PDF, сохранённого в Zotero\.$/);
    expect(lines[2]).toBe('Импортировано: 1 · обновлено: 0 · без изменений: 0 · пропущено: 1');
  });

  it('says clearly, without a stack, what is wrong with the data directory', async () => {
    const empty = path.join(tmp, 'empty');
    fs.mkdirSync(empty);
    const missing = await glossa('zotero', 'import', path.join(tmp, 'a.glossa'), '--data-dir', empty);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`glossa zotero: No Zotero database (zotero.sqlite) was found in “${empty}”. Choose the Zotero data directory (in Zotero: Settings → Advanced → Files and Folders).\n`);
    const ru = await glossa('zotero', 'import', path.join(tmp, 'a.glossa'), '--data-dir', empty, '--lang', 'ru');
    expect(ru.stderr).toContain(`В папке «${empty}» нет базы Zotero (zotero.sqlite).`);

    const broken = path.join(tmp, 'broken');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, 'zotero.sqlite'), 'garbage, not SQLite at all...');
    const bad = await glossa('zotero', 'import', path.join(tmp, 'a.glossa'), '--data-dir', broken, '--lang', 'ru');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`glossa zotero: В «${broken}» нет базы Zotero, которую Glossa может прочитать.\n`);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);

    const unknown = await glossa('zotero', 'import', path.join(tmp, 'a.glossa'), '--data-dir', dataDir, '--collection', 'Nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no collection "Nope" in the Zotero library (it has: Annual, Other, Trafficking reports)');
  });
});
