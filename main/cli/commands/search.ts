// `glossa search <project> <query> [--exact] [--json] [--limit N]`: full-text search across the
// project, all word forms unless --exact; per hit the document, the page (1-based, as printed
// in a PDF viewer) and a snippet.
import { searchPages } from '../../db/repositories/search';
import { MAX_SEARCH_LIMIT, parseSearchQuery } from '../../core/app/search-handlers';
import { parseCommandArgs, positiveInt, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';

/** Snippet match markers (\u0002 … \u0003) as terminal bold, or [ … ] when piped. */
export function renderSnippet(snippet: string, bold: boolean): string {
  const [open, close] = bold ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  return snippet.replace(/\u0002/g, open).replace(/\u0003/g, close).replace(/\s+/g, ' ').trim();
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'search the text of every document: words (all forms), "a phrase", prefix*, a OR b, -word, NEAR(a b, n)',
  usage: 'search <project.glossa> <query> [--exact] [--json] [--limit N]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean' }, limit: { type: 'string' }, exact: { type: 'boolean' } },
      { min: 2, names: '<project> and <query>' },
    );
    const limit = positiveInt(values.limit, '--limit', MAX_SEARCH_LIMIT) ?? 20;
    // Several words without quotes in the shell arrive as several arguments: one query.
    const query = parseSearchQuery({ text: positionals.slice(1).join(' '), limit, exact: values.exact === true });
    const result = await withProject(positionals[0], (h) => searchPages(h.db, query));
    if (values.json) {
      const hits = result.hits.map((h) => ({ ...h, page: h.pageIndex + 1 }));
      io.out(JSON.stringify({ ...result, hits }, null, 2));
      return 0;
    }
    if (result.total === 0) {
      io.out('No matches.');
      return 0;
    }
    for (const hit of result.hits) {
      io.out(`${hit.documentTitle} — page ${hit.pageIndex + 1}`);
      io.out(`    ${renderSnippet(hit.snippet, io.stdoutTty)}`);
    }
    const shown = result.hits.length;
    io.out(`${result.total} matching page${result.total === 1 ? '' : 's'}${shown < result.total ? ` (first ${shown} shown; use --limit)` : ''}`);
    return 0;
  },
};
