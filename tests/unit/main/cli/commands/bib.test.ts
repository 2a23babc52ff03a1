// `glossa bib attach` on a real project file and the committed .bib fixture: without --yes it
// prints the proposals (entry → document, reason, confidence; the unmatched entry) and writes
// nothing; with --yes it attaches the matched entries; --json gives the proposals as data;
// --lang ru speaks Russian, errors included; a malformed file is refused and nothing written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../../main/cli/command-registry';
import { runCli } from '../../../../../main/cli/run-cli';
import { closeProject, createProject, openProject } from '../../../../../main/core/project/project-file';
import { addDocument } from '../../../../helpers/temp-project';

const BIB = path.resolve(__dirname, '../../../../fixtures/bibliography/reports.bib');
let tmp: string;
let project: string;

async function glossa(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (l) => void (stdout += l + '\n'), err: (t) => void (stderr += t), stdoutTty: false, stderrTty: false };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

function records(): Array<{ citekey: string; title: string }> {
  const h = openProject(project);
  try {
    return h.db.prepare('SELECT b.citekey, d.title FROM document_bibliography b JOIN documents d ON d.id = b.document_id ORDER BY b.citekey').all() as Array<{ citekey: string; title: string }>;
  } finally {
    closeProject(h);
  }
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-bib-'));
  process.env.GLOSSA_DATA_DIR = path.join(tmp, 'data');
});
afterAll(() => {
  delete process.env.GLOSSA_DATA_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});
beforeEach(() => {
  project = path.join(tmp, `p-${Math.random().toString(36).slice(2)}.glossa`);
  const h = createProject(project);
  addDocument(h.db, ['OSCE.'], { title: 'Report on trafficking in human beings in the OSCE region, 2019', fileName: 'odihr.pdf' });
  addDocument(h.db, ['Доклад.'], { title: 'Национальный доклад — ее роль в борьбе с торговлей людьми', fileName: 'doklad.pdf' });
  closeProject(h);
});

describe('glossa bib attach', () => {
  it('without --yes prints the proposals and writes nothing', async () => {
    const r = await glossa('bib', 'attach', project, BIB);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^osce2019trafficking → Report on trafficking in human beings in the OSCE region, 2019 \(title, \d\d%\)$/m);
    expect(r.stdout).toContain('ivanov2020doklad → Национальный доклад — ее роль в борьбе с торговлей людьми (title, 100%)\n');
    expect(r.stdout).toContain('greta-2018-20: no matching document\n');
    expect(r.stdout).toContain('2 of 4 entries matched\n');
    expect(r.stdout).toContain('Nothing was written: run again with --yes');
    expect(records()).toEqual([]);
  });

  it('--yes attaches the matched entries', async () => {
    const r = await glossa('bib', 'attach', project, BIB, '--yes');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 bibliographic records attached.\n');
    expect(records().map((x) => x.citekey)).toEqual(['ivanov2020doklad', 'osce2019trafficking']);
  });

  it('--json gives the proposals as data', async () => {
    const r = await glossa('bib', 'attach', project, BIB, '--json');
    const out = JSON.parse(r.stdout) as { format: string; matched: number; unmatched: number; applied: unknown; proposals: Array<{ citekey: string; reason: string | null }> };
    expect(out).toMatchObject({ format: 'bibtex', matched: 2, unmatched: 2, applied: null });
    expect(out.proposals.map((p) => p.reason)).toEqual(['title', 'title', null, null]);
  });

  it('--lang ru: proposals and errors in Russian', async () => {
    const r = await glossa('bib', 'attach', project, BIB, '--lang', 'ru');
    expect(r.stdout).toContain('ivanov2020doklad → Национальный доклад — ее роль в борьбе с торговлей людьми (по названию, 100%)\n');
    expect(r.stdout).toContain('smith2021labour: подходящий документ не найден\n');
    expect(r.stdout).toContain('Сопоставлено 2 из 4 записей\n');
    const bad = path.join(tmp, 'broken.bib');
    fs.writeFileSync(bad, '@report{x, title = {Unclosed');
    const e = await glossa('bib', 'attach', project, bad, '--yes', '--lang', 'ru');
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/^glossa bib: Не удалось прочитать файл библиографии: .*Ничего не прикреплено\.\n$/);
    expect(records()).toEqual([]);
  });

  it('a malformed file is refused in English and nothing is written', async () => {
    const bad = path.join(tmp, 'broken.ris');
    fs.writeFileSync(bad, 'nothing here');
    const e = await glossa('bib', 'attach', project, bad, '--yes');
    expect(e.code).toBe(1);
    expect(e.stderr).toBe('glossa bib: This bibliography file could not be read: no RIS entries were found in it. Nothing was attached.\n');
    expect(records()).toEqual([]);
    expect((await glossa('bib', 'detach', project, BIB)).code).toBe(2);
  });
});
