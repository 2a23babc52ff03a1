// `glossa query <project> '<query>' [--doc ID]... [--coder ID]... [--case NAME]... [--case-country C]...
// [--json] [--limit N] [--lang en|ru]`:
// runs a coding query (shared/query/query-syntax.ts: OVERLAPS, NEAR/N|PARAGRAPH|PAGE,
// FOLLOWED-BY, INSIDE, OUTSIDE, AND, OR, NOT; codes by name or path) and lists the passages it
// finds in reading order: document, printed page, codes and the quote. --json prints every
// passage with its ids, so a script can open, code or export them. --case (a case's name, any
// case of that name, or its id) and --case-country (a country id or name) keep the passages
// lying in those cases (main/core/cases/case-filter.ts).
import type { Case } from '../../../shared/domain/case';
import type { EvidenceItem } from '../../../shared/domain/evidence';
import { countryLabel } from '../../../shared/organisation-labels';
import { listCases } from '../../db/repositories/cases';
import { GlossaError } from '../../../shared/errors';
import { pagesCited } from '../../../shared/citation';
import { queryEvidence } from '../../core/evidence/handlers';
import { resolveQueryFilter } from '../../core/query/query-filter';
import { cliLang, cliText } from '../cli-text';
import { parseCommandArgs, positiveInt, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';

const MAX_LIMIT = 100_000;

class CaseNotFound extends Error {
  constructor(readonly caseName: string) {
    super(`No case is named "${caseName}"`);
  }
}

/** --case and --case-country as filter ids: a name matches every case of that name (any case),
 *  a country its id or its English or Russian name; one that matches nothing is an error. */
function caseFilterOf(cases: Case[], names: string[] | undefined, countries: string[] | undefined): { caseIds?: string[]; caseCountries?: string[] } {
  const fold = (s: string) => s.trim().toLocaleLowerCase();
  const out: { caseIds?: string[]; caseCountries?: string[] } = {};
  if (names?.length) {
    out.caseIds = names.flatMap((name) => {
      const ids = cases.filter((c) => c.id === name || fold(c.name) === fold(name)).map((c) => c.id);
      if (ids.length === 0) throw new CaseNotFound(name);
      return ids;
    });
  }
  if (countries?.length) {
    out.caseCountries = countries.map((country) => {
      const hit = cases.find((c) => c.country && [c.country, countryLabel(c.country, 'en'), countryLabel(c.country, 'ru')].some((v) => fold(v) === fold(country)));
      if (!hit) throw new CaseNotFound(country);
      return hit.country;
    });
  }
  return out;
}

function line(item: EvidenceItem, lang: 'en' | 'ru'): string {
  const codes = item.passageCodes.map((c) => c.path.at(-1)).join('; ');
  return `${item.document.title || item.document.fileName}, ${pagesCited(item, lang)} [${codes}]\n    \u201c${item.quote.replace(/\s+/g, ' ').slice(0, 300)}\u201d`;
}

export const queryCommand: CliCommand = {
  name: 'query',
  summary: 'coding query: passages where codes overlap, lie near, follow or inside each other (AND, OR, NOT)',
  usage: "query <project.glossa> '\"Funding\" OVERLAPS \"Co-funding\"' [--doc ID]... [--coder ID]... [--case NAME]... [--case-country C]... [--json] [--limit N] [--lang en|ru]",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean' }, limit: { type: 'string' }, doc: { type: 'string', multiple: true }, coder: { type: 'string', multiple: true }, lang: { type: 'string' },
        case: { type: 'string', multiple: true }, 'case-country': { type: 'string', multiple: true } },
      { min: 2, names: '<project> and <query>' },
    );
    const lang = cliLang(values.lang);
    const limit = positiveInt(values.limit, '--limit', MAX_LIMIT) ?? 1000;
    const expression = positionals.slice(1).join(' ');
    let page;
    try {
      page = await withProject(positionals[0], (h) => {
        const cases = caseFilterOf(listCases(h.db), values.case, values['case-country']);
        const filter = resolveQueryFilter(h.db, { query: expression, documentIds: values.doc, coderIds: values.coder, ...cases });
        return queryEvidence(h.db, filter, 'document', 0, Math.min(limit, 1000));
      });
    } catch (err) {
      // The query's own mistakes in the user's language; other errors as the CLI prints them.
      if (err instanceof CaseNotFound) {
        io.err(`glossa query: ${cliText(lang, 'query.noCase', { name: err.caseName })}\n`);
        return 1;
      }
      if (err instanceof GlossaError && err.code.startsWith('query.')) {
        const text = cliText(lang, `errors.${err.code}`, err.params ?? {}) ?? err.message;
        io.err(`glossa query: ${text}\n`);
        return 1;
      }
      throw err;
    }
    if (values.json) {
      io.out(JSON.stringify({ query: expression, total: page.total, passages: page.items.map((i) => ({
        annotationId: i.annotationId, documentId: i.document.id, document: i.document.title, page: i.page, printedPage: i.pageLabel ?? String(i.page),
        codes: i.passageCodes.map((c) => c.path.join('/')), quote: i.quote, coder: i.coderName,
      })) }, null, 2));
      return 0;
    }
    io.out(cliText(lang, 'query.found', { count: page.total, n: page.total.toLocaleString(lang) })!);
    for (const item of page.items) io.out(line(item, lang));
    if (page.items.length < page.total) io.out(cliText(lang, 'query.more', { shown: page.items.length, total: page.total })!);
    return 0;
  },
};
