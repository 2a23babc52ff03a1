// Reports fit for an annex, through `glossa export` on a real project file named like a
// working copy: the title is the project's (or --title), never the file name; the codebook
// lists the report's codes (all with --full-codebook); --lang ru puts every label, code name,
// organisation and "с."/"п." in Russian; totals say what they count, with plural forms.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../../main/cli/command-registry';
import { runCli } from '../../../../../main/cli/run-cli';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { extractPageText, openPdf } from '../../../../../main/pdf/pdfjs-node';
import { unzipText } from '../../../../helpers/read-zip';
import { ANNEX_NAME, makeAnnexProject, type AnnexProject } from './annex-project';

let p: AnnexProject;
let file: string;

beforeAll(() => {
  p = makeAnnexProject();
  file = p.handle.path;
  closeProject(p.handle);
});
afterAll(() => fs.rmSync(p.dir, { recursive: true, force: true }));

async function glossa(...args: string[]) {
  let stderr = '';
  const io: CliIo = { out: () => undefined, err: (t) => void (stderr += t), stdoutTty: false, stderrTty: false };
  const code = await runCli(args, io);
  expect(code, stderr).toBe(0);
  return stderr;
}

/** The report as a reader gets its text: DOCX w:t runs, HTML/MD source, PDF through pdf.js. */
async function reportText(format: 'docx' | 'html' | 'md' | 'pdf', ...args: string[]): Promise<string> {
  const out = path.join(p.dir, `r-${Math.random().toString(36).slice(2)}.${format}`);
  await glossa('export', file, '--format', format, '--memos', '--tables', '-o', out, ...args);
  const bytes = new Uint8Array(fs.readFileSync(out));
  if (format === 'docx') {
    const xml = await unzipText(bytes, 'word/document.xml');
    return unescapeXml([...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n'));
  }
  if (format === 'pdf') {
    const doc = await openPdf(bytes);
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) text += `${await extractPageText(doc, n)}\n`;
    await doc.destroy();
    return text.replace(/[ \t]+/g, ' ');
  }
  const source = new TextDecoder().decode(bytes);
  return format === 'html' ? unescapeXml(source) : source.replace(/\\([.\-*_#>()[\]])/g, '$1');
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", amp: '&' })[e]!);

const FORMATS = ['docx', 'html', 'md', 'pdf'] as const;
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('reports fit for an annex', () => {
  it('is titled with the project name in every format, never the file name; --title replaces it', async () => {
    for (const format of FORMATS) {
      const text = flat(await reportText(format));
      expect(text, format).toContain(ANNEX_NAME);
      expect(text, format).not.toContain('trafficking-v3-final');
      const titled = flat(await reportText(format, '--title', 'Annex B: Evidence on cooperation'));
      expect(titled, format).toContain('Annex B: Evidence on cooperation');
      expect(titled, format).not.toContain(ANNEX_NAME);
    }
  });

  it('falls back to "Evidence report" for a project that has only its file name', async () => {
    const bare = path.join(p.dir, 'working-copy-7.glossa');
    closeProject(createProject(bare));
    const out = path.join(p.dir, 'bare.html');
    await glossa('export', bare, '--format', 'html', '-o', out);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<title>Evidence report</title>');
    expect(html).toContain('<h1>Evidence report</h1>');
    expect(html).not.toContain('working-copy-7');
  });

  it('lists only the codes the report contains in its codebook; all of them with --full-codebook', async () => {
    for (const format of FORMATS) {
      const text = flat(await reportText(format));
      const codebook = text.slice(text.indexOf('Codebook'), text.indexOf('Passages by code'));
      expect(codebook, format).toContain(p.codes.a.en);
      expect(codebook, format).toContain('Shelters (own code)');
      expect(codebook.split('Definition:').length - 1, format).toBe(4); // a, b, their common parent, the own code
      expect(text, format).not.toContain('Memo about a code no passage carries.');
      expect(text, format).toContain('The codes of the passages in this report, with their parent codes.');
      const full = flat(await reportText(format, '--full-codebook'));
      const fullCodebook = full.slice(full.indexOf('Codebook'), full.indexOf('Passages by code'));
      expect(fullCodebook.split('Definition:').length - 1, format).toBeGreaterThan(30);
      expect(full, format).toContain('The whole codebook of the project.');
    }
  });

  it('writes every label, code name, organisation and "с."/"п." in Russian with --lang ru', async () => {
    for (const format of FORMATS) {
      const ru = flat(await reportText(format, '--lang', 'ru'));
      for (const label of ['Кодовая книга', 'Фрагменты по кодам', 'Заметка о проекте', 'Всего кодировок', 'Кодировки по кодам и организациям', 'Кодировщик: Борис', 'Комментарий:']) {
        expect(ru, `${format}: ${label}`).toContain(label);
      }
      expect(ru, format).toContain(p.codes.b.heading.ru);
      // Code headings are "Parent > Child" (the default codebook's definitions are English only).
      expect(ru, format).toContain(p.codes.a.heading.ru);
      expect(ru, format).not.toContain(p.codes.a.heading.en);
      // Chicago author-date (the default style) in Russian: no page word, "п." for the paragraph.
      expect(ru, format).toContain('(ОБСЕ/БДИПЧ 2019, 1, п. 1)');
      expect(ru, format).toContain('(Россия / СНГ 2021, 2)');
      expect(ru, format).toContain('8 кодировок (6 фрагментов) в 3 документах');
      expect(ru, format).toContain('3 кодировки');
      for (const english of ['Codebook', 'Coder:', 'Comment:', 'OSCE/ODIHR', 'Russia / CIS', ', p. ', 'codings']) {
        expect(ru, `${format}: ${english}`).not.toContain(english);
      }
      const en = flat(await reportText(format, '--lang', 'en'));
      expect(en, format).toContain('(OSCE/ODIHR 2019, 1, para. 1)');
      expect(en, format).toContain('8 codings (6 passages) in 3 documents');
      expect(en, format).toContain('Total codings');
      expect(en, format).toContain(p.codes.a.heading.en);
      expect(en, format).not.toContain(p.codes.a.heading.ru);
    }
  });

  it('says what the CLI wrote with plural forms', async () => {
    const out = path.join(p.dir, 'one.csv');
    const stderr = await glossa('export', file, '--format', 'csv', '--code', 'Shelters (own code)', '--text', 'mission', '-o', out);
    expect(stderr).toContain('1 coding (1 passage) written to');
  });
});
