// Turns what a researcher types into a safe FTS5 MATCH expression. Raw input never reaches
// MATCH: every word is re-tokenised with the index's own rules and emitted as a quoted
// string of letters and digits, so FTS5 syntax (NEAR(, col:, ^, unbalanced quotes, a lone *)
// cannot cause an SQL error.
//
// Grammar (forgiving; anything unexpected is read as words):
//   word            all words must occur (AND)
//   "a phrase"      consecutive words; «…» and “…” quotes work too; an unclosed quote runs to the end
//   torg*           prefix; "a phr"* makes the phrase's last word a prefix
//   a OR b          either (upper-case OR; binds tighter than the implicit AND)
//   -word, NOT word excluded (needs at least one included term)
// A word with inner punctuation (anti-trafficking, 2011/36/EU) is a phrase of its parts,
// exactly as the index stored it.
import { GlossaError } from '../../../shared/errors';
import { normalizeSearch } from '../../../shared/text/normalize-search';
import { searchTokens } from '../../../shared/text/search-tokens';

export interface SearchTerm {
  /** Normalised word keys; more than one for a phrase. */
  tokens: string[];
  /** The last token is a prefix. */
  prefix: boolean;
}

export interface ParsedQuery {
  /** FTS5 MATCH expression, or null when nothing can match (only exclusions). */
  match: string | null;
  /** Included terms, for snippets. */
  include: SearchTerm[];
  /** Terms for the reader to highlight: words / phrases joined by one space. */
  terms: string[];
}

/** Upper bound on terms: a pasted paragraph should not build a 2,000-term query. */
const MAX_TERMS = 32;

const OPEN_QUOTES: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“' };

type Lexeme = { kind: 'or' } | { kind: 'not' } | { kind: 'term'; raw: string; prefix: boolean; negated: boolean };

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    const ch = input[i];
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if ((ch === '-' || ch === '\u2212') && i + 1 < n && !/\s/u.test(input[i + 1])) {
      negated = true;
      i++;
    }
    const close = OPEN_QUOTES[input[i]];
    if (close !== undefined) {
      const end = input.indexOf(close, i + 1);
      const stop = end < 0 ? n : end;
      const raw = input.slice(i + 1, stop);
      i = end < 0 ? n : end + 1;
      let prefix = false;
      while (i < n && input[i] === '*') {
        prefix = true;
        i++;
      }
      out.push({ kind: 'term', raw, prefix, negated });
      continue;
    }
    let j = i;
    while (j < n && !/\s/u.test(input[j]) && OPEN_QUOTES[input[j]] === undefined) j++;
    const word = input.slice(i, j);
    i = j;
    if (!negated && word === 'OR') out.push({ kind: 'or' });
    else if (!negated && word === 'NOT') out.push({ kind: 'not' });
    else if (!negated && word === 'AND') continue;
    else out.push({ kind: 'term', raw: word, prefix: /\*$/.test(word), negated });
  }
  return out;
}

function toTerm(raw: string, prefix: boolean): SearchTerm | null {
  const tokens = searchTokens(normalizeSearch(raw)).map((t) => t.key);
  return tokens.length === 0 ? null : { tokens, prefix };
}

/** FTS5 string literal: tokens are letters/digits only, but double any quote regardless. */
function ftsTerm(term: SearchTerm): string {
  return `"${term.tokens.join(' ').replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
}

/**
 * Parses user input. Throws GlossaError('search.badQuery') when it holds no searchable word
 * (empty, only punctuation or operators).
 */
export function parseSearchQuery(input: string): ParsedQuery {
  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let pendingOr = false;
  let pendingNot = false;
  let count = 0;
  for (const lx of lex(input)) {
    if (lx.kind === 'or') {
      pendingOr = groups.length > 0;
      continue;
    }
    if (lx.kind === 'not') {
      pendingNot = true;
      continue;
    }
    const term = toTerm(lx.raw, lx.prefix);
    if (!term || count >= MAX_TERMS) continue;
    count++;
    if (lx.negated || pendingNot) excluded.push(term);
    else if (pendingOr) groups[groups.length - 1].push(term);
    else groups.push([term]);
    pendingOr = false;
    pendingNot = false;
  }
  if (groups.length === 0 && excluded.length === 0) {
    throw new GlossaError('search.badQuery', 'Type a word or phrase to search for.');
  }
  const include = groups.flat();
  const terms = [...new Set(include.map((t) => t.tokens.join(' ')))];
  if (groups.length === 0) return { match: null, include, terms };
  const positive = groups.map((g) => (g.length === 1 ? ftsTerm(g[0]) : `(${g.map(ftsTerm).join(' OR ')})`)).join(' AND ');
  const match = excluded.length === 0 ? positive : `(${positive}) NOT (${excluded.map(ftsTerm).join(' OR ')})`;
  return { match, include, terms };
}
