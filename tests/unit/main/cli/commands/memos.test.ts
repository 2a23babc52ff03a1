// `glossa memos list` and `glossa memos export` in-process on a real project: the journal's
// memos last edited first with their links, searched and filtered by a linked code; exported
// as Markdown (headings, links, bodies with their own headings demoted) and JSON; in Russian
// with --lang ru; bad arguments get a usage message.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemo, writeMemo } from '../../../../../main/core/memos/memo-actions';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { runGlossa } from '../../../../helpers/run-glossa';
import { ALICE } from '../../core/coding/coding-fixture';

let dir: string;
let file: string;
const dataDir = process.env.GLOSSA_DATA_DIR;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-memos-'));
  file = path.join(dir, 'study.glossa');
  process.env.GLOSSA_DATA_DIR = dir;
});
afterEach(() => {
  if (dataDir === undefined) delete process.env.GLOSSA_DATA_DIR;
  else process.env.GLOSSA_DATA_DIR = dataDir;
  fs.rmSync(dir, { recursive: true, force: true });
});

const glossa = (...args: string[]) => runGlossa(args);

describe('glossa memos', () => {
  it('lists, searches, filters and exports the journal, in both languages', async () => {
    expect((await glossa('new', file)).code).toBe(0);
    expect((await glossa('memos', 'list', file)).stdout.trim()).toMatch(/^No memos yet\./);
    const h = openProject(file);
    const code = listCodes(h.db).find((c) => c.text.en.name === 'Knowledge production')!;
    const a = createMemo(h.db, ALICE, { title: 'Funding streams', body: '# Sources\n\nGrants and loans.', links: [{ kind: 'code', targetId: code.id }] }).result;
    createMemo(h.db, ALICE, { title: 'Partners', body: 'IOM, UNODC.' });
    // Edited a moment after "Partners" was created: on a loaded machine all three writes fell in
    // one millisecond and the list's order (latest edit first) was decided by the random ids.
    await new Promise((resolve) => setTimeout(resolve, 5));
    writeMemo(h.db, ALICE, a.id, '# Sources\n\nGrants and loans, mostly.');
    closeProject(h);

    const listed = await glossa('memos', 'list', file);
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines[0]).toBe('ID\tTITLE\tUPDATED\tLINKS');
    expect(lines[1]).toMatch(/^\S+\tFunding streams\t\d{4}-\d\d-\d\d \d\d:\d\d\tInfluence instruments › Knowledge production$/);
    expect(lines[2]).toMatch(/\tPartners\t.*\t-$/);
    expect(lines[3]).toBe('2 memos');
    expect((await glossa('memos', 'list', file, '--search', 'unodc')).stdout).toContain('Partners');
    expect((await glossa('memos', 'list', file, '--search', 'unodc')).stdout).not.toContain('Funding');
    const byCode = JSON.parse((await glossa('memos', 'list', file, '--code', code.id, '--json')).stdout) as Array<{ title: string }>;
    expect(byCode.map((m) => m.title)).toEqual(['Funding streams']);
    expect((await glossa('memos', 'list', file, '--lang', 'ru')).stdout).toContain('Инструменты влияния › Производство знаний');
    expect((await glossa('memos', 'list', file, '--lang', 'ru')).stdout.trim().split('\n').pop()).toBe('2 заметки');

    const md = (await glossa('memos', 'export', file)).stdout;
    expect(md).toMatch(/^# Memos\n\n## Funding streams\n\n\*Edited \d{4}-\d\d-\d\d\*\n\n\*Linked to: Influence instruments › Knowledge production\*\n\n### Sources\n\nGrants and loans, mostly\.\n\n## Partners\n/);
    const out = path.join(dir, 'journal.md');
    const ru = await glossa('memos', 'export', file, '--out', out, '--lang', 'ru');
    expect(ru.stdout.trim()).toBe(`2 заметки записаны в ${out}`);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^# Заметки\n[\s\S]*\*Связана с: Инструменты влияния › Производство знаний\*/);
    const json = JSON.parse((await glossa('memos', 'export', file, '--json')).stdout) as Array<{ title: string; body: string }>;
    expect(json.map((m) => m.title)).toEqual(['Funding streams', 'Partners']);
    expect(json[0].body).toBe('# Sources\n\nGrants and loans, mostly.');

    const bad = await glossa('memos', 'list', file, '--code', 'x', '--doc', 'y');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('give one of --code, --doc or --case');
    expect((await glossa('memos', 'export', file, '--format', 'docx')).stderr).toContain('--format must be md or json');
    expect((await glossa('memos', 'shelve', file)).stderr).toContain('memos needs a subcommand');
  });
});
