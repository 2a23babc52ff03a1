// Turns what a researcher types into a safe FTS5 MATCH expression, for the stemmed index
// (pages_stem_fts, the default: any word form finds every other) or the exact one
// (pages_fts). Raw input never reaches MATCH: every word is re-tokenised with the index's
// own rules and emitted as a quoted string of letters and digits, so FTS5 syntax (col:, ^,
// unbalanced quotes, a lone *) cannot cause an SQL error. Search, snippets, auto-coding, the
// reader's highlights and KWIC all read this one parse (see page-matches.ts).
//
// Grammar (forgiving; anything unexpected is read as words):
//   word            all words must occur (AND)
//   "a phrase"      consecutive words; «…» and “…” quotes work too; an unclosed quote runs to the end
//   torg*           prefix; "a phr"* makes the phrase's last word a prefix
//   a OR b          either (upper-case OR; binds tighter than the implicit AND)
//   -word, NOT word excluded (needs at least one included term)
//   NEAR(a b, n)    the words (or "phrases") at most n words apart; n defaults to 10
// A word with inner punctuation (anti-trafficking, 2011/36/EU) is a phrase of its parts,
// exactly as the index stored it.
import { GlossaError } from '../../../shared/errors';
import type { SearchMode } from '../../../shared/domain/search';
import { normalizeSearch } from '../../../shared/text/normalize-search';
import { searchTokens } from '../../../shared/text/search-tokens';
import { stemKey } from '../../../shared/text/stem';

export interface SearchTerm {
  /** Word keys (stems in stem mode); more than one for a phrase. */
  tokens: string[];
  /** The last token is a prefix. */
  prefix: boolean;
}

export type QueryNode = { kind: 'term'; term: SearchTerm } | { kind: 'near'; terms: SearchTerm[]; distance: number };

export interface ParsedQuery {
  mode: SearchMode;
  /** FTS5 MATCH expression, or null when nothing can match (only exclusions). */
  match: string | null;
  /** Included nodes: an AND of OR-groups. */
  groups: QueryNode[][];
  /** Included nodes, flattened, for marking hits. */
  include: QueryNode[];
  /** The included words / phrases as typed (normalised), without operators. */
  terms: string[];
}

/** Upper bound on terms: a pasted paragraph should not build a 2,000-term query. */
const MAX_TERMS = 32;
export const NEAR_DEFAULT = 10;
const NEAR_MAX = 100;

const OPEN_QUOTES: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“' };

interface RawTerm {
  raw: string;
  prefix: boolean;
}
type Lexeme =
  | { kind: 'or' }
  | { kind: 'not' }
  | ({ kind: 'term'; negated: boolean } & RawTerm)
  | { kind: 'near'; terms: RawTerm[]; distance: number; negated: boolean };

/** NEAR(…) body: the terms and the optional ", n". */
function lexNear(body: string): { terms: RawTerm[]; distance: number } {
  const m = /,\s*(\d+)\s*$/.exec(body);
  const distance = m ? Math.min(NEAR_MAX, Number(m[1])) : NEAR_DEFAULT;
  const inner = m ? body.slice(0, m.index) : body;
  const terms = lex(inner.replace(/,/g, ' ')).flatMap((lx) => (lx.kind === 'term' ? [{ raw: lx.raw, prefix: lx.prefix }] : []));
  return { terms, distance };
}

/** End of a NEAR( body: the first ")" outside quotes, or the end of the input. */
function nearEnd(input: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < input.length; i++) {
    const ch = input[i];
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (OPEN_QUOTES[ch] !== undefined) quote = OPEN_QUOTES[ch];
    else if (ch === ')') return i;
  }
  return input.length;
}

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
    if (input.startsWith('NEAR(', i)) {
      const end = nearEnd(input, i + 5);
      out.push({ kind: 'near', ...lexNear(input.slice(i + 5, end)), negated });
      i = end + 1;
      continue;
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

/** Longest common prefix: a prefix in stem mode must still be a prefix of the stems it should find (happy* -> happ*, not happi*). */
function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i === 0 ? a : a.slice(0, i);
}

function toTerm(raw: string, prefix: boolean, mode: SearchMode): { term: SearchTerm; typed: string } | null {
  const keys = searchTokens(normalizeSearch(raw)).map((t) => t.key);
  if (keys.length === 0) return null;
  const tokens =
    mode === 'exact' ? keys : keys.map((k, i) => (prefix && i === keys.length - 1 ? commonPrefix(k, stemKey(k)) : stemKey(k)));
  return { term: { tokens, prefix }, typed: keys.join(' ') };
}

/** FTS5 string literal: tokens are letters/digits only, but double any quote regardless. */
function ftsTerm(term: SearchTerm): string {
  return `"${term.tokens.join(' ').replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
}

function ftsNode(node: QueryNode): string {
  return node.kind === 'term' ? ftsTerm(node.term) : `NEAR(${node.terms.map(ftsTerm).join(' ')}, ${node.distance})`;
}

/**
 * Parses user input for the stemmed (default) or the exact index. Throws
 * GlossaError('search.badQuery') when it holds no searchable word (empty, only punctuation or operators).
 */
export function parseSearchQuery(input: string, mode: SearchMode = 'exact'): ParsedQuery {
  const groups: QueryNode[][] = [];
  const excluded: QueryNode[] = [];
  const typed: string[] = [];
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
    const raws = lx.kind === 'term' ? [lx] : lx.terms;
    const parsed = raws.map((r) => toTerm(r.raw, r.prefix, mode)).filter((t) => t !== null);
    if (parsed.length === 0 || count + parsed.length > MAX_TERMS) continue;
    count += parsed.length;
    const node: QueryNode =
      lx.kind === 'near' && parsed.length > 1
        ? { kind: 'near', terms: parsed.map((p) => p.term), distance: lx.distance }
        : { kind: 'term', term: parsed[0].term };
    // NEAR with one usable term is that term; its other (empty) terms are dropped.
    const negated = lx.negated || pendingNot;
    if (negated) excluded.push(node);
    else {
      typed.push(...(node.kind === 'term' ? parsed.slice(0, 1) : parsed).map((p) => p.typed));
      if (pendingOr) groups[groups.length - 1].push(node);
      else groups.push([node]);
    }
    pendingOr = false;
    pendingNot = false;
  }
  if (groups.length === 0 && excluded.length === 0) {
    throw new GlossaError('search.badQuery', 'Type a word or phrase to search for.');
  }
  const include = groups.flat();
  const terms = [...new Set(typed)];
  if (groups.length === 0) return { mode, match: null, groups, include, terms };
  const positive = groups.map((g) => (g.length === 1 ? ftsNode(g[0]) : `(${g.map(ftsNode).join(' OR ')})`)).join(' AND ');
  const match = excluded.length === 0 ? positive : `(${positive}) NOT (${excluded.map(ftsNode).join(' OR ')})`;
  return { mode, match, groups, include, terms };
}
