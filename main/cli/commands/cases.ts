// `glossa cases from-outline <project> --doc ID [--level N] [--headings] [--json] [--lang en|ru]`:
// makes one case per entry of a level of the document's outline (levels count from 1; default:
// the level with the most entries), as one History entry; --headings: of the headings found in
// its layout instead (a PDF without an outline). `glossa cases add <project> --doc ID --name N
// --pages 3-5 [--country ID]`: one case from a page range (1-based, as printed by pdf viewers). `glossa cases list <project> [--json]`: the
// cases with their country and pages. Summary lines in English or Russian (--lang).
import type { Case } from '../../../shared/domain/case';
import { countryLabel } from '../../../shared/organisation-labels';
import { createCasesFromOutline, createManualCase } from '../../core/cases/case-actions';
import { listCases } from '../../db/repositories/cases';
import { listDocuments } from '../../db/repositories/documents';
import { cliLang, cliText, type CliLang } from '../cli-text';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { cliCoder } from './coding-common';

const USAGE =
  'cases from-outline <project.glossa> --doc ID [--level N] [--headings] [--json] [--lang en|ru] | cases add <project.glossa> --doc ID --name NAME --pages FIRST-LAST [--country ID] | cases list <project.glossa> [--json] [--lang en|ru]';

function caseLine(c: Case, titles: Map<string, string>, lang: CliLang): string {
  const where = c.segments.map((s) => `${titles.get(s.documentId) ?? s.documentId} p. ${s.firstPage + 1}–${s.lastPage + 1}`).join('; ');
  return [c.id, c.name, c.country ? countryLabel(c.country, lang) : '-', where || '-'].join('\t');
}

async function fromOutline(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { doc: { type: 'string' }, level: { type: 'string' }, headings: { type: 'boolean' }, json: { type: 'boolean' }, lang: { type: 'string' } },
    { min: 1, max: 1, names: '<project>' },
  );
  const lang = cliLang(values.lang);
  if (!values.doc) throw new UsageError('cases from-outline needs --doc ID (see: glossa list <project>)');
  let level: number | undefined;
  if (values.level !== undefined) {
    if (!/^\d+$/.test(values.level) || Number(values.level) < 1 || Number(values.level) > 16) throw new UsageError('--level must be a whole number from 1 to 16');
    level = Number(values.level) - 1;
  }
  const coder = cliCoder();
  const made = await withProject(positionals[0], async (h) => (await createCasesFromOutline(h.db, coder, values.doc!, level, values.headings ? 'headings' : 'outline')).result);
  if (values.json) {
    out(JSON.stringify(made, null, 2));
    return 0;
  }
  for (const c of made) out([c.name, c.country ? countryLabel(c.country, lang) : '-', `p. ${c.segments[0].firstPage + 1}–${c.segments[0].lastPage + 1}`].join('\t'));
  out(cliText(lang, 'cases.created', { count: made.length })!);
  return 0;
}

async function add(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { doc: { type: 'string' }, name: { type: 'string' }, pages: { type: 'string' }, country: { type: 'string' }, json: { type: 'boolean' } },
    { min: 1, max: 1, names: '<project>' },
  );
  if (!values.doc || !values.name || !values.pages) throw new UsageError('cases add needs --doc ID, --name NAME and --pages FIRST-LAST');
  const m = /^(\d+)(?:-(\d+))?$/.exec(values.pages.trim());
  if (!m) throw new UsageError('--pages must be FIRST-LAST (e.g. 3-5) or one page');
  const firstPage = Number(m[1]) - 1;
  const lastPage = Number(m[2] ?? m[1]) - 1;
  const coder = cliCoder();
  const made = await withProject(positionals[0], (h) =>
    createManualCase(h.db, coder, { documentId: values.doc!, name: values.name!, firstPage, lastPage, ...(values.country === undefined ? {} : { country: values.country }) }).result,
  );
  out(values.json ? JSON.stringify(made, null, 2) : [made.id, made.name, made.country || '-', `p. ${firstPage + 1}–${lastPage + 1}`].join('\t'));
  return 0;
}

async function list(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, lang: { type: 'string' } }, { min: 1, max: 1, names: '<project>' });
  const lang = cliLang(values.lang);
  const { cases, titles } = await withProject(positionals[0], (h) => ({
    cases: listCases(h.db),
    titles: new Map(listDocuments(h.db).map((d) => [d.id, d.title])),
  }));
  if (values.json) {
    out(JSON.stringify(cases, null, 2));
    return 0;
  }
  if (cases.length === 0) {
    out(cliText(lang, 'cases.empty')!);
    return 0;
  }
  out(['ID', 'NAME', 'COUNTRY', 'PAGES'].join('\t'));
  for (const c of cases) out(caseLine(c, titles, lang));
  return 0;
}

export const casesCommand: CliCommand = {
  name: 'cases',
  summary: 'make cases from a document outline or its headings, or from a page range; list the cases',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'from-outline') return fromOutline(rest, (l) => io.out(l));
    if (sub === 'add') return add(rest, (l) => io.out(l));
    if (sub === 'list') return list(rest, (l) => io.out(l));
    throw new UsageError(`cases needs a subcommand: from-outline, add or list (usage: glossa ${USAGE})`);
  },
};
