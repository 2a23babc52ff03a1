// `glossa bib attach <project> <file.bib|.ris|.json> [--yes] [--json] [--lang en|ru]`: proposes a
// document for each entry of a bibliography file (matched by DOI, URL, title or file name) and
// prints the proposals; nothing is written without --yes, which attaches every matched entry as
// one undoable action (the app's dialog lets the user change rows; the CLI takes the proposals).
// Proposals and errors in Russian with --lang ru, from the interface's own texts.
import fs from 'node:fs';
import path from 'node:path';
import type { AttachPreview } from '../../../shared/domain/bibliography-attach';
import { GlossaError } from '../../../shared/errors';
import { attachBibliography, previewAttach } from '../../core/bibliography/attach-bibliography';
import { MAX_BIBLIOGRAPHY_CHARS } from '../../core/bibliography/parse-bibliography-file';
import { documentTitles } from '../../db/repositories/annotations';
import { type CliLang, cliLang, cliText } from '../cli-text';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { cliCoder } from './coding-common';

function readText(file: string): string {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new GlossaError('storage.fileMissing', `The file ${file} was not found.`);
  }
  if (size > MAX_BIBLIOGRAPHY_CHARS * 4) {
    throw new GlossaError('bibliography.badFile', `This bibliography file could not be read: it is larger than ${MAX_BIBLIOGRAPHY_CHARS / 1_000_000} MB. Nothing was attached.`, { detail: 'too large' });
  }
  return fs.readFileSync(file, 'utf8');
}

/** The error in the chosen language (the interface's errors.<code> text), else as thrown. */
function translated(err: unknown, lang: CliLang): unknown {
  if (!(err instanceof GlossaError) || lang === 'en') return err;
  const text = cliText(lang, `errors.${err.code}`, err.params ?? {});
  return text ? new GlossaError(err.code, text, err.params) : err;
}

function printProposals(out: (line: string) => void, preview: AttachPreview, titles: Map<string, string>, lang: CliLang): void {
  for (const p of preview.proposals) {
    const entry = p.citekey ?? (typeof p.csl.title === 'string' ? p.csl.title : `#${p.index + 1}`);
    if (p.documentId === null) {
      out(cliText(lang, 'bibAttach.cliUnmatched', { entry })!);
      continue;
    }
    const reason = cliText(lang, `bibAttach.reason.${p.reason}`)!;
    out(cliText(lang, 'bibAttach.cliMatch', { entry, document: titles.get(p.documentId) ?? p.documentId, reason, confidence: Math.round(p.confidence * 100) })!);
  }
  out(cliText(lang, 'bibAttach.summary', { count: preview.proposals.length, matched: preview.matched })!);
}

export const bibCommand: CliCommand = {
  name: 'bib',
  summary: 'attach a CSL-JSON, BibTeX/BibLaTeX or RIS file\'s entries to the documents they describe',
  usage: 'bib attach <project.glossa> <file.bib|.ris|.json> [--yes] [--json] [--lang en|ru]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { yes: { type: 'boolean' }, json: { type: 'boolean' }, lang: { type: 'string' } },
      { min: 3, max: 3, names: 'attach, <project> and <file>' },
    );
    if (positionals[0] !== 'attach') throw new UsageError(`unknown bib command "${positionals[0]}" (try: bib attach)`);
    const lang = cliLang(values.lang);
    const [, projectFile, bibFile] = positionals;
    try {
      const text = readText(bibFile);
      const fileName = path.basename(bibFile);
      const out = await withProject(projectFile, (h) => {
        const preview = previewAttach(h.db, { fileName, text });
        const choices = preview.proposals.filter((p) => p.documentId !== null).map((p) => ({ index: p.index, documentId: p.documentId! }));
        const applied = values.yes && choices.length > 0 ? attachBibliography(h.db, cliCoder(), { fileName, text, choices }).result : null;
        return { preview, applied, titles: documentTitles(h.db) };
      });
      if (values.json) {
        io.out(JSON.stringify({ format: out.preview.format, proposals: out.preview.proposals, matched: out.preview.matched, unmatched: out.preview.unmatched, applied: out.applied }, null, 2));
        return 0;
      }
      printProposals(io.out, out.preview, out.titles, lang);
      if (out.applied) io.out(cliText(lang, 'bibAttach.attached', { count: out.applied.attached })!);
      else if (!values.yes) io.out(cliText(lang, 'bibAttach.cliNothingWritten')!);
      return 0;
    } catch (err) {
      throw translated(err, lang);
    }
  },
};
