// `glossa export --format md --pandoc [--bib …]` in-process against a real project: the report
// and its bibliography beside it under the same base name, both paths on stderr; the bibliography
// holds exactly the documents the report cites; misuse is refused before anything is written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGlossa } from '../../../../helpers/run-glossa';
import { closeProject } from '../../../../../main/core/project/project-file';
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
const citekeys = (md: string) => new Set([...md.matchAll(/\[@([^,\]]+), /g)].map((m) => m[1]));

describe('glossa export --pandoc', () => {
  it('writes the report with Pandoc citations and a CSL-JSON file of the cited documents beside it', async () => {
    const r = await glossa('export', file, '--format', 'md', '--pandoc', '--country', 'russia', '-o', out('paper.md'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`written to ${out('paper.md')}`);
    expect(r.stderr).toContain(`Bibliography (CSL-JSON) of the cited documents written to ${out('paper.json')}`);
    const md = fs.readFileSync(out('paper.md'), 'utf8');
    expect(md.startsWith('---\nbibliography: "paper.json"\nlang: en-US\n---\n')).toBe(true);
    expect(md).toMatch(/\[@[^,\]]+, p\. 1\]/);
    expect(md).toContain('::: {#refs}');
    const items = JSON.parse(fs.readFileSync(out('paper.json'), 'utf8')) as Array<{ id: string; title: string }>;
    // Only the Russian document is selected, so only it is cited and listed.
    expect(items.map((i) => i.title)).toEqual(['Доклад СНГ']);
    expect(citekeys(md)).toEqual(new Set(items.map((i) => i.id)));
  });

  it('writes BibTeX with --bib bibtex, in GOST with Russian locators', async () => {
    const r = await glossa('export', file, '--format', 'md', '--pandoc', '--bib', 'bibtex', '--style', 'gost-r-7-0-5-2008-author-date', '--lang', 'ru', '-o', out('статья.md'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Bibliography (BibTeX) of the cited documents written to ${out('статья.bib')}`);
    const md = fs.readFileSync(out('статья.md'), 'utf8');
    expect(md).toContain('bibliography: "статья.bib"\n');
    expect(md).toContain('lang: ru-RU\n');
    expect(md).toMatch(/\[@[^,\]]+, \u0441\. 1\]/);
    const bib = fs.readFileSync(out('статья.bib'), 'utf8');
    for (const key of citekeys(md)) expect(bib).toContain(`{${key},\n`);
  });

  it('refuses --pandoc without Markdown, --bib without --pandoc, an unknown --bib and an existing bibliography', async () => {
    const refused = async (args: string[], message: RegExp) => {
      const r = await glossa('export', file, ...args);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
    };
    await refused(['--format', 'docx', '--pandoc', '-o', out('x.docx')], /--pandoc needs --format md/);
    await refused(['--format', 'md', '--bib', 'bibtex', '-o', out('x.md')], /--bib needs --pandoc/);
    await refused(['--format', 'md', '--pandoc', '--bib', 'ris', '-o', out('x.md')], /--bib must be csl-json or bibtex/);
    fs.writeFileSync(out('taken.json'), '[]');
    await refused(['--format', 'md', '--pandoc', '-o', out('taken.md')], /taken\.json exists; add --force/);
    expect(fs.existsSync(out('taken.md'))).toBe(false);
    expect(fs.readFileSync(out('taken.json'), 'utf8')).toBe('[]');
  });
});
