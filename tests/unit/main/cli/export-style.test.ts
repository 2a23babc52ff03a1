// `glossa export … --style S --locale L`: the report cites in the style and locale asked for
// and ends with its bibliography; an unknown style or locale is refused with the list of the
// shipped styles, and no file is written. Expected strings from the styles' rules (APA 7:
// "(Author, Year, p. N)", here in Russian "с."/"п."; OSCOLA: footnote text, "para" without a stop).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeProject } from '../../../../main/core/project/project-file';
import { runGlossa } from '../../../helpers/run-glossa';
import { makeAnnexProject, type AnnexProject } from '../core/export/annex-project';

let p: AnnexProject;
let file: string;

beforeAll(() => {
  p = makeAnnexProject();
  file = p.handle.path;
  closeProject(p.handle);
});
afterAll(() => fs.rmSync(p.dir, { recursive: true, force: true }));

async function markdown(...args: string[]): Promise<string> {
  const out = path.join(p.dir, `r-${Math.random().toString(36).slice(2)}.md`);
  const run = await runGlossa(['export', file, '--format', 'md', '-o', out, ...args]);
  expect(run.code, run.stderr).toBe(0);
  return fs.readFileSync(out, 'utf8').replace(/\\(.)/g, '$1');
}

describe('glossa export --style --locale', () => {
  it('cites in APA with Russian terms and ends with the bibliography', async () => {
    const md = await markdown('--style', 'apa', '--locale', 'ru');
    expect(md).toContain('(ОБСЕ/БДИПЧ, 2019, с. 1, п. 1)');
    expect(md).not.toContain('(OSCE/ODIHR');
    const tail = md.slice(md.lastIndexOf('\n## '));
    expect(tail.startsWith('\n## References')).toBe(true);
    expect(tail).toContain('ОБСЕ/БДИПЧ. (2019). *Combating Trafficking: Annual Report*.');
  });

  it('cites in OSCOLA', async () => {
    const md = await markdown('--style', 'oscola', '--locale', 'en');
    expect(md).toContain('OSCE/ODIHR, Combating Trafficking: Annual Report (2019) 1, para 1.');
    expect(md.slice(md.lastIndexOf('\n## '))).toMatch(/^\n## Bibliography\n/);
  });

  it('refuses an unknown style or locale, naming the shipped styles, and writes nothing', async () => {
    const out = path.join(p.dir, 'never.md');
    const bad = await runGlossa(['export', file, '--format', 'md', '-o', out, '--style', 'mla']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('unknown citation style "mla"');
    expect(bad.stderr).toContain('chicago-author-date, apa, harvard-cite-them-right, oscola, gost-r-7-0-5-2008-author-date');
    const badLocale = await runGlossa(['export', file, '--format', 'md', '-o', out, '--locale', 'de']);
    expect(badLocale.code).not.toBe(0);
    expect(badLocale.stderr).toContain('--locale must be en or ru');
    expect(fs.existsSync(out)).toBe(false);
  });
});
