// `glossa search <project> <query> [--exact] [--json] [--limit N]`: full-text search across the
// project, all word forms unless --exact; per hit the document, the page (1-based, as printed
// in a PDF viewer) and a snippet (with --json: plain text plus the matches' code-point offsets).
import type { SearchHit } from '../../../shared/domain/search';
import { documentPageLabels } from '../../../shared/pdf/page-labels';
import { getDocument } from '../../db/repositories/documents';
import { countSearch, searchPages } from '../../db/repositories/search';
import { MAX_SEARCH_LIMIT, parseSearchQuery } from '../../core/app/search-handlers';
import { parseCommandArgs, positiveInt, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';

/** Snippet match markers (\u0002 … \u0003) as terminal bold, or [ … ] when piped. */
export function renderSnippet(snippet: string, bold: boolean): string {
  const [open, close] = bold ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
  return snippet.replace(/\u0002/g, open).replace(/\u0003/g, close).replace(/\s+/g, ' ').trim();
}

/**
 * A snippet for --json: the plain text and each match as [start, end) offsets in code points
 * (as TextPositionSelector counts), so the JSON carries no control characters (jq prints
 * \u0002 raw) and a script can still mark the matches.
 */
export function snippetWithMatches(snippet: string): { text: string; matches: Array<{ start: number; end: number }> } {
  let text = '';
  let length = 0;
  let open: number | null = null;
  const matches: Array<{ start: number; end: number }> = [];
  for (const ch of snippet) {
    if (ch === '\u0002') open = length;
    else if (ch === '\u0003') {
      if (open !== null && length > open) matches.push({ start: open, end: length });
      open = null;
    } else {
      // Other control characters (a PDF's stray \f or \u0000) become spaces: same length.
      text += /[\u0000-\u001f\u007f]/.test(ch) ? ' ' : ch;
      length++;
    }
  }
  return { text, matches };
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
    // Each hit's printed page (the PDF's labels, detected numbers or the user's correction).
    const { result, printed } = await withProject(positionals[0], (h) => {
      // A script wants the exact number: refine a first screen whose count stopped at the cap.
      const first = searchPages(h.db, query);
      const r = first.totalExact ? first : { ...first, total: countSearch(h.db, query), totalExact: true };
      const labels = new Map<string, string[]>();
      for (const id of new Set(r.hits.map((x) => x.documentId))) labels.set(id, documentPageLabels(getDocument(h.db, id)));
      return { result: r, printed: (hit: SearchHit) => labels.get(hit.documentId)?.[hit.pageIndex] ?? String(hit.pageIndex + 1) };
    });
    if (values.json) {
      const hits = result.hits.map((h) => {
        const { text, matches } = snippetWithMatches(h.snippet);
        return { ...h, page: h.pageIndex + 1, printedPage: printed(h), snippet: text, matches };
      });
      io.out(JSON.stringify({ ...result, hits }, null, 2));
      return 0;
    }
    if (result.total === 0) {
      io.out('No matches.');
      return 0;
    }
    for (const hit of result.hits) {
      const label = printed(hit);
      io.out(`${hit.documentTitle} — ${label === String(hit.pageIndex + 1) ? `page ${label}` : `page ${label} (PDF page ${hit.pageIndex + 1})`}`);
      io.out(`    ${renderSnippet(hit.snippet, io.stdoutTty)}`);
    }
    const shown = result.hits.length;
    io.out(`${result.total} matching page${result.total === 1 ? '' : 's'}${shown < result.total ? ` (first ${shown} shown; use --limit)` : ''}`);
    return 0;
  },
};
