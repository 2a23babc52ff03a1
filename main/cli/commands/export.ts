// `glossa export <project> --format F [--code NAME]... [--actor X] [--country X] [--year FROM-TO]
// -o FILE`: the evidence of the whole project or of a selection, written by the same writers
// as the app's export dialog. Progress goes to stderr (a rewriting line on a terminal, a line
// per 25% otherwise); Ctrl+C cancels cleanly and leaves no partial file. Reports are titled
// with --title or the project's title, in the --lang language (labels, code and organisation
// names), and list only their own codes unless --full-codebook. Citations and the closing
// bibliography follow --style (a shipped CSL style; default chicago-author-date) in the
// --locale locale (en|ru; default: the report language). `--format md --pandoc` cites as
// Pandoc does ([@key, p. 45]) and writes the cited documents' bibliography beside the
// report, same base name: report.json (CSL-JSON, default) or report.bib (--bib bibtex).
import fs from 'node:fs';
import path from 'node:path';
import type { Code } from '../../../shared/domain/code';
import type { EvidenceFilter, ExportFormat } from '../../../shared/domain/evidence';
import { COUNTRIES, DOCUMENT_TYPES, LANGUAGES, ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { organisationLabel, vocabularyLabel } from '../../../shared/organisation-labels';
import { GlossaError } from '../../../shared/errors';
import { CITATION_STYLES, DEFAULT_CITATION_STYLE, isCitationLocale, isCitationStyle } from '../../../shared/csl/citation-styles';
import { listCoders } from '../../db/repositories/coders';
import { listCodes } from '../../db/repositories/codes';
import { buildEvidenceBundle } from '../../core/evidence/evidence-bundle';
import { EXPORT_FORMATS } from '../../core/evidence/evidence-input';
import { exportAnnotatedPdf } from '../../core/export/annotated-pdf-export';
import { companionFileName, exportEvidenceFiles } from '../../core/export/export-evidence';
import { countOf } from '../../core/export/report-labels';
import { projectTitle } from '../../core/project/project-file';
import { listDocuments } from '../../db/repositories/documents';
import { parseCommandArgs, UsageError, type CliCommand, type CliIo } from '../command-registry';
import { formatBytes, withProject } from '../project-session';
import { findDocument } from './annotation-sources';
import { findCode } from './coding-common';

const fold = (s: string) => s.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

/** A vocabulary value by id or English label ("OSCE/ODIHR", "osce-odihr", "Region-wide"). */
export function vocabularyValue(kind: string, ids: readonly string[], label: (id: string) => string, value: string): string {
  const wanted = fold(value);
  const hit = ids.find((id) => id === wanted || fold(label(id)) === wanted);
  if (hit) return hit;
  const known = ids.map((id) => (label(id) === id ? id : `${id} (${label(id)})`)).join(', ');
  throw new GlossaError('api.badInput', `Unknown ${kind} "${value}". Known values: ${known}`);
}

export function parseYearRange(value: string): { yearFrom?: number; yearTo?: number } {
  const m = /^\s*(\d{4})?\s*(?:[-–]\s*(\d{4})?)?\s*$/.exec(value);
  if (!m || (!m[1] && !m[2])) throw new UsageError(`--year must be YEAR, FROM-TO, FROM- or -TO (got "${value}")`);
  const single = m[1] && !value.includes('-') && !value.includes('–');
  const yearFrom = m[1] ? Number(m[1]) : undefined;
  const yearTo = single ? yearFrom : m[2] ? Number(m[2]) : undefined;
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) throw new UsageError(`--year ${value}: the first year is after the second`);
  return { yearFrom, yearTo };
}

function coderIdsOf(names: string[], coders: Array<{ id: string; name: string }>): string[] {
  return names.map((n) => {
    const hit = coders.find((c) => c.id === n || fold(c.name) === fold(n));
    if (!hit) throw new GlossaError('api.badInput', `No coder named "${n}". Coders in this project: ${coders.map((c) => c.name).join(', ') || 'none'}`);
    return hit.id;
  });
}

function progressPrinter(io: CliIo) {
  let lastQuarter = -1;
  return {
    report(fraction: number) {
      const pct = Math.floor(fraction * 100);
      if (io.stderrTty) io.err(`\rExporting… ${pct}%`);
      else if (Math.floor(pct / 25) > lastQuarter) {
        lastQuarter = Math.floor(pct / 25);
        io.err(`Exporting… ${pct}%\n`);
      }
    },
    done() {
      if (io.stderrTty) io.err('\r');
    },
  };
}

/** `--format annotated-pdf`: one document's PDF with its highlights as PDF annotations. */
async function exportAnnotated(project: string, values: { output?: string; doc?: string; force?: boolean }, io: CliIo): Promise<number> {
  if (!values.doc) throw new UsageError('--format annotated-pdf needs --doc NAME');
  if (!values.output) throw new UsageError('-o FILE is required');
  const output = path.resolve(values.output);
  if (fs.existsSync(output) && !values.force) throw new UsageError(`${output} exists; add --force to overwrite it`);
  if (!fs.existsSync(path.dirname(output))) throw new UsageError(`the folder ${path.dirname(output)} does not exist`);
  const out = await withProject(project, (h) => exportAnnotatedPdf(h.db, findDocument(listDocuments(h.db), values.doc!).id));
  const temp = `${output}.part`;
  fs.writeFileSync(temp, out.bytes);
  fs.renameSync(temp, output);
  io.err(`${out.written} highlights written to ${output} (${formatBytes(out.bytes.byteLength)})${out.skipped ? `; ${out.skipped} not laid out yet, left out` : ''}\n`);
  return 0;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export coded evidence as docx, html, md, pdf, csv, xlsx or jsonld, or one document as an annotated PDF',
  usage:
    'export <project.glossa> --format docx|html|md|pdf|csv|xlsx|jsonld -o FILE [--code NAME]... [--all-codes] [--subcodes]\n' +
    '         [--actor X]... [--country X]... [--year FROM-TO] [--type X]... [--language X]... [--coder NAME]... [--text T]\n' +
    '         [--memos [--all-memos]] [--tables] [--full-codebook] [--title TITLE] [--lang en|ru] [--force]\n' +
    `         [--style ${CITATION_STYLES.join('|')}] [--locale en|ru]\n` +
    '         [--pandoc [--bib csl-json|bibtex]]   (md: Pandoc citations, bibliography beside the file)\n' +
    '         export <project.glossa> --format annotated-pdf --doc NAME -o FILE [--force]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        code: { type: 'string', multiple: true },
        'all-codes': { type: 'boolean' },
        subcodes: { type: 'boolean' },
        actor: { type: 'string', multiple: true },
        country: { type: 'string', multiple: true },
        year: { type: 'string' },
        type: { type: 'string', multiple: true },
        language: { type: 'string', multiple: true },
        coder: { type: 'string', multiple: true },
        text: { type: 'string' },
        memos: { type: 'boolean' },
        'all-memos': { type: 'boolean' },
        tables: { type: 'boolean' },
        'report-language': { type: 'string' },
        lang: { type: 'string' },
        title: { type: 'string' },
        'full-codebook': { type: 'boolean' },
        style: { type: 'string' },
        locale: { type: 'string' },
        force: { type: 'boolean' },
        doc: { type: 'string' },
        pandoc: { type: 'boolean' },
        bib: { type: 'string' },
      },
      { min: 1, max: 1, names: '<project>' },
    );
    if (values.format === 'annotated-pdf') return exportAnnotated(positionals[0], values, io);
    const format = values.format as ExportFormat | undefined;
    if (!format) throw new UsageError('--format is required');
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    if (!values.output) throw new UsageError('-o FILE is required');
    // --report-language is the older spelling of --lang; both are accepted.
    const reportLanguage = values.lang ?? values['report-language'] ?? 'en';
    if (reportLanguage !== 'en' && reportLanguage !== 'ru') throw new UsageError('--lang must be en or ru');
    const style = values.style ?? DEFAULT_CITATION_STYLE;
    if (!isCitationStyle(style)) throw new UsageError(`unknown citation style "${style}"; --style must be one of ${CITATION_STYLES.join(', ')}`);
    const locale = values.locale ?? reportLanguage;
    if (!isCitationLocale(locale)) throw new UsageError(`unknown citation locale "${locale}"; --locale must be en or ru`);
    const title = values.title?.trim();
    if (values.title !== undefined && !title) throw new UsageError('--title needs a title');
    if (title && title.length > 300) throw new UsageError('--title is limited to 300 characters');
    if (values.pandoc && format !== 'md') throw new UsageError('--pandoc needs --format md');
    if (values.bib !== undefined && !values.pandoc) throw new UsageError('--bib needs --pandoc');
    const bibliography = values.bib ?? 'csl-json';
    if (bibliography !== 'csl-json' && bibliography !== 'bibtex') throw new UsageError('--bib must be csl-json or bibtex');
    const bibFormat: 'csl-json' | 'bibtex' = bibliography;
    const output = path.resolve(values.output);
    if (fs.existsSync(output) && !values.force) throw new UsageError(`${output} exists; add --force to overwrite it`);
    if (!fs.existsSync(path.dirname(output))) throw new UsageError(`the folder ${path.dirname(output)} does not exist`);
    const companionName = values.pandoc ? companionFileName(path.basename(output), { bibliography: bibFormat }) : null;
    const companion = companionName ? path.join(path.dirname(output), companionName) : null;
    if (companion === output) throw new UsageError(`the bibliography would overwrite ${output}; name the report *.md`);
    if (companion && fs.existsSync(companion) && !values.force) throw new UsageError(`${companion} exists; add --force to overwrite it`);

    const filter: EvidenceFilter = {};
    const year = values.year ? parseYearRange(values.year) : {};
    const bundle = await withProject(positionals[0], (h) => {
      const codes: Code[] = listCodes(h.db);
      if (values.code?.length) {
        filter.codeIds = values.code.map((name) => findCode(codes, name).id);
        filter.codeMatch = values['all-codes'] ? 'all' : 'any';
        filter.includeSubcodes = !!values.subcodes;
      }
      if (values.actor?.length) filter.organisations = values.actor.map((a) => vocabularyValue('actor', ORGANISATIONS, organisationLabel, a));
      if (values.country?.length) filter.countries = values.country.map((c) => vocabularyValue('country', COUNTRIES, vocabularyLabel, c));
      if (values.type?.length) filter.docTypes = values.type.map((t) => vocabularyValue('document type', DOCUMENT_TYPES, vocabularyLabel, t));
      if (values.language?.length) filter.languages = values.language.map((l) => vocabularyValue('language', LANGUAGES, (id) => id, l));
      if (values.coder?.length) filter.coderIds = coderIdsOf(values.coder, listCoders(h.db));
      if (year.yearFrom !== undefined) filter.yearFrom = year.yearFrom;
      if (year.yearTo !== undefined) filter.yearTo = year.yearTo;
      if (values.text?.trim()) filter.text = values.text;
      return buildEvidenceBundle(h.db, projectTitle(h), filter, new Date(), { language: reportLanguage, fullCodebook: !!values['full-codebook'], format, memoScope: values['all-memos'] ? 'all' : 'linked' });
    });

    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    const printer = progressPrinter(io);
    try {
      const pandoc = companionName ? { pandoc: true, bibliography: bibFormat, bibliographyFile: companionName } : {};
      const { bytes, companion: bib } = await exportEvidenceFiles(
        bundle,
        { format, includeMemos: !!values.memos || !!values['all-memos'], includeTables: !!values.tables, language: reportLanguage, title, fullCodebook: !!values['full-codebook'], style, locale, ...pandoc },
        { signal: controller.signal, onProgress: (f) => printer.report(f) },
      );
      printer.done();
      const write = (target: string, data: Uint8Array) => {
        const temp = `${target}.part`;
        fs.writeFileSync(temp, data);
        fs.renameSync(temp, target);
      };
      // The bibliography first: the report never names a file that is not there.
      if (bib && companion) write(companion, bib.bytes);
      write(output, bytes);
      const passages = new Set(bundle.rows.map((r) => r.annotationId)).size;
      const codings = countOf('en', bundle.rows.length, { one: 'coding', other: 'codings' });
      const held = countOf('en', passages, { one: 'passage', other: 'passages' });
      io.err(`${codings} (${held}) written to ${output} (${formatBytes(bytes.byteLength)})\n`);
      if (bib && companion) io.err(`Bibliography (${bibliography === 'bibtex' ? 'BibTeX' : 'CSL-JSON'}) of the cited documents written to ${companion} (${formatBytes(bib.bytes.byteLength)})\n`);
      if (bundle.rows.length === 0) io.err('Nothing matched the selection: the file holds no passages.\n');
      return 0;
    } finally {
      process.removeListener('SIGINT', onSigint);
    }
  },
};
