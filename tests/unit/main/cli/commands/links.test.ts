// `glossa links add` and `glossa links list` in-process on a real project file: two highlights
// in two documents linked from the command line, listed as text (English and Russian) and JSON;
// a relation not in the list is a usage error.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import type { PassageLinkListItem } from '../../../../../shared/domain/passage-links';
import { runGlossa } from '../../../../helpers/run-glossa';
import { addDocument, ALICE } from '../../core/coding/coding-fixture';
import { highlightPhrase } from '../../core/passage-links/link-fixture';

let dir: string;
let file: string;
const dataDir = process.env.GLOSSA_DATA_DIR;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-links-'));
  file = path.join(dir, 'study.glossa');
  process.env.GLOSSA_DATA_DIR = dir;
});
afterEach(() => {
  if (dataDir === undefined) delete process.env.GLOSSA_DATA_DIR;
  else process.env.GLOSSA_DATA_DIR = dataDir;
  fs.rmSync(dir, { recursive: true, force: true });
});

const glossa = (...args: string[]) => runGlossa(args);

describe('glossa links', () => {
  it('add links two highlights; list shows the link with both passages, in Russian with --lang ru, and as JSON', async () => {
    const h = createProject(file);
    const greta = addDocument(h.db, 'GRETA report', ['GRETA recommends a national referral mechanism.']);
    const eu = addDocument(h.db, 'EU progress report', ['A national referral mechanism was set up in 2025.']);
    const from = highlightPhrase(h.db, ALICE, greta, 'a national referral mechanism');
    const to = highlightPhrase(h.db, ALICE, eu, 'was set up in 2025');
    closeProject(h);

    expect((await glossa('links', 'list', file)).stdout.trim()).toBe('No links between passages yet.');
    const bad = await glossa('links', 'add', file, '--from', from, '--to', to, '--relation', 'likes');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--relation must be one of supports, contradicts, follows-up, cites, recommends-implemented');
    const made = await glossa('links', 'add', file, '--from', from, '--to', to, '--relation', 'recommends-implemented', '--note', 'NRM');
    expect(made.code).toBe(0);
    expect(made.stdout.trim().split('\n').at(-1)).toBe('Passages linked');

    const text = (await glossa('links', 'list', file)).stdout.trim().split('\n');
    expect(text[0]).toBe('ID\tRELATION\tFROM\tTO\tNOTE');
    expect(text[1].split('\t').slice(1)).toEqual(['recommends → implemented', 'GRETA report p. 1 “a national referral mechanism”', 'EU progress report p. 1 “was set up in 2025”', 'NRM']);
    expect((await glossa('links', 'list', file, '--lang', 'ru')).stdout).toContain('\tрекомендует → выполнено\t');
    const json = JSON.parse((await glossa('links', 'list', file, '--json')).stdout) as PassageLinkListItem[];
    expect(json.map((l) => [l.link.relation, l.from.annotationId, l.to.annotationId, l.link.note])).toEqual([['recommends-implemented', from, to, 'NRM']]);
    // A second link of the same passages and relation is refused with the message.
    const twice = await glossa('links', 'add', file, '--from', from, '--to', to, '--relation', 'recommends-implemented');
    expect(twice.code).not.toBe(0);
    expect(twice.stderr).toContain('already linked');
  });
});
