// `glossa cases from-outline` and `glossa cases list` in-process on a real project with the
// generated mini TIP report imported through `glossa import` (real extraction, real outline).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../../../shared/domain/case';
import { writeFixture } from '../../../../fixtures/pdf-fixtures';
import { makeTipOutlineReport, TIP_CHAPTERS } from '../../../../fixtures/tip-outline-report';
import { runGlossa } from '../../../../helpers/run-glossa';

let dir: string;
let file: string;
const dataDir = process.env.GLOSSA_DATA_DIR;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-cases-'));
  file = path.join(dir, 'study.glossa');
  process.env.GLOSSA_DATA_DIR = dir;
});
afterEach(() => {
  if (dataDir === undefined) delete process.env.GLOSSA_DATA_DIR;
  else process.env.GLOSSA_DATA_DIR = dataDir;
  fs.rmSync(dir, { recursive: true, force: true });
});

const glossa = (...args: string[]) => runGlossa(args);

async function importedDocId(): Promise<string> {
  expect((await glossa('new', file)).code).toBe(0);
  expect((await glossa('import', file, writeFixture(dir, 'tip.pdf', await makeTipOutlineReport()))).code).toBe(0);
  const listed = JSON.parse((await glossa('list', file, '--json')).stdout) as Array<{ id: string }>;
  return listed[0].id;
}

describe('glossa cases', () => {
  it('from-outline makes one case per country chapter; list shows them, in Russian with --lang ru', async () => {
    const doc = await importedDocId();
    expect((await glossa('cases', 'list', file)).stdout.trim()).toBe('No cases yet. Make them from a report\'s outline or headings, or from a page range.');
    const made = await glossa('cases', 'from-outline', file, '--doc', doc);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('MOLDOVA: Tier 2\tMoldova\tp. 3–5');
    expect(made.stdout.trim().split('\n').at(-1)).toBe('4 cases made');
    const json = JSON.parse((await glossa('cases', 'list', file, '--json')).stdout) as Case[];
    expect(json.map((c) => [c.name, c.country, c.segments[0].firstPage, c.segments[0].lastPage])).toEqual(
      TIP_CHAPTERS.map((ch) => [ch.title, ch.country, ch.firstPage, ch.lastPage]),
    );
    const ru = await glossa('cases', 'list', file, '--lang', 'ru');
    expect(ru.stdout).toContain('Азербайджан: Tier 2\tАзербайджан\t');
    const top = await glossa('cases', 'from-outline', file, '--doc', doc, '--level', '1', '--json', '--lang', 'ru');
    expect((JSON.parse(top.stdout) as Case[]).map((c) => c.name)).toEqual(['Introduction', 'Country narratives', 'Annex: methodology']);
  });

  it('refuses a missing --doc, a bad level and a level the outline does not have', async () => {
    const doc = await importedDocId();
    expect((await glossa('cases', 'from-outline', file)).code).not.toBe(0);
    const bad = await glossa('cases', 'from-outline', file, '--doc', doc, '--level', 'x');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--level must be a whole number');
    const deep = await glossa('cases', 'from-outline', file, '--doc', doc, '--level', '4');
    expect(deep.code).not.toBe(0);
    expect(deep.stderr).toContain('no entries at level 4');
    expect(JSON.parse((await glossa('cases', 'list', file, '--json')).stdout)).toEqual([]);
  });
});
