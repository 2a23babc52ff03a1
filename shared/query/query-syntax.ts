// The coding-query language (`glossa query`, the analysis view's query box): code references
// combined by relations between passages and by set operators.
//
//   "Funding" OVERLAPS "Co-funding"            passages of Funding that share text with one of Co-funding
//   "Funding" NEAR/200 "Partner: IOM"          … within 200 characters of one (NEAR/PARAGRAPH, NEAR/PAGE)
//   "Recommendation" FOLLOWED-BY "Implemented" … after which one starts (FOLLOWED-BY/5000: within 5000 chars)
//   "Funding" INSIDE "EU programme"            … lying wholly within one
//   "Funding" OUTSIDE "EU programme"           … sharing no text with any
//   A AND B · A OR B · NOT A · ( … )           set operators on the passages
//
// A code is named by its name or its path ("Influence instruments/Funding"), quoted when it
// has spaces or operators' characters. Precedence, tightest first: relations, NOT, AND, OR;
// relations group left to right. Keywords are case-insensitive. Pure: no store, no i18n; a
// syntax error is a GlossaError 'query.syntax' with the offending position.
import { GlossaError } from '../errors';

export type RelationOp = 'overlaps' | 'near' | 'followed-by' | 'inside' | 'outside';

/** How far apart two passages may lie for NEAR and FOLLOWED-BY. */
export type Distance = { unit: 'chars'; n: number } | { unit: 'paragraph' } | { unit: 'page' };

export type QueryNode =
  | { kind: 'code'; ref: string }
  | { kind: 'and' | 'or'; left: QueryNode; right: QueryNode }
  | { kind: 'not'; operand: QueryNode }
  | { kind: 'relation'; op: RelationOp; distance: Distance | null; left: QueryNode; right: QueryNode };

type Token =
  | { type: 'name'; value: string; at: number }
  | { type: 'op'; value: RelationOp; distance: Distance | null; at: number }
  | { type: 'and' | 'or' | 'not' | '(' | ')'; at: number };

/** The largest NEAR/N or FOLLOWED-BY/N distance (characters): a 600-page report is ~2 M. */
export const MAX_DISTANCE = 10_000_000;

function syntaxError(detail: string, at: number): GlossaError {
  return new GlossaError('query.syntax', `Query: ${detail} at character ${at + 1}`, { detail, position: at + 1 });
}

function parseDistance(suffix: string, keyword: string, at: number): Distance | null {
  if (suffix === '') return null;
  const s = suffix.toUpperCase();
  if (s === 'PARAGRAPH' && keyword === 'NEAR') return { unit: 'paragraph' };
  if (s === 'PAGE' && keyword === 'NEAR') return { unit: 'page' };
  if (/^\d{1,8}$/.test(s) && Number(s) <= MAX_DISTANCE) return { unit: 'chars', n: Number(s) };
  throw syntaxError(`${keyword}/${suffix} needs a number of characters${keyword === 'NEAR' ? ', PARAGRAPH or PAGE' : ''}`, at);
}

const WORD = /[^\s()"“”«»]+/uy;

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ type: ch, at: i++ });
      continue;
    }
    const close = ch === '"' ? '"' : ch === '“' ? '”' : ch === '«' ? '»' : null;
    if (close) {
      const end = input.indexOf(close, i + 1);
      if (end < 0) throw syntaxError('a quoted code name is not closed', i);
      const value = input.slice(i + 1, end).trim();
      if (!value) throw syntaxError('an empty code name', i);
      tokens.push({ type: 'name', value, at: i });
      i = end + 1;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(input)?.[0] ?? ch;
    const [keyword, ...rest] = word.split('/');
    const upper = keyword.toUpperCase();
    const suffix = rest.join('/');
    if (upper === 'AND' || upper === 'OR' || upper === 'NOT') {
      if (suffix) throw syntaxError(`${upper} takes no distance`, i);
      tokens.push({ type: upper.toLowerCase() as 'and' | 'or' | 'not', at: i });
    } else if (upper === 'OVERLAPS' || upper === 'INSIDE' || upper === 'OUTSIDE') {
      if (suffix) throw syntaxError(`${upper} takes no distance`, i);
      tokens.push({ type: 'op', value: upper.toLowerCase() as RelationOp, distance: null, at: i });
    } else if (upper === 'NEAR') {
      const distance = parseDistance(suffix, 'NEAR', i);
      if (!distance) throw syntaxError('NEAR needs a distance: NEAR/200, NEAR/PARAGRAPH or NEAR/PAGE', i);
      tokens.push({ type: 'op', value: 'near', distance, at: i });
    } else if (upper === 'FOLLOWED-BY') {
      tokens.push({ type: 'op', value: 'followed-by', distance: parseDistance(suffix, 'FOLLOWED-BY', i), at: i });
    } else {
      tokens.push({ type: 'name', value: word, at: i });
    }
    i += word.length;
  }
  return tokens;
}

/** Parses a query; throws GlossaError('query.syntax') on anything it cannot read. */
export function parseQuery(input: string): QueryNode {
  const tokens = tokenize(input);
  let pos = 0;
  const peek = () => tokens[pos];
  const endAt = () => (tokens.length ? tokens[tokens.length - 1].at + 1 : 0);

  function primary(): QueryNode {
    const t = peek();
    if (!t) throw syntaxError('a code name is missing', endAt());
    if (t.type === 'name') {
      pos++;
      return { kind: 'code', ref: t.value };
    }
    if (t.type === '(') {
      pos++;
      const inner = orExpr();
      if (peek()?.type !== ')') throw syntaxError('a closing parenthesis is missing', peek()?.at ?? endAt());
      pos++;
      return inner;
    }
    throw syntaxError('a code name is expected', t.at);
  }

  function relation(): QueryNode {
    let left = primary();
    for (let t = peek(); t?.type === 'op'; t = peek()) {
      pos++;
      left = { kind: 'relation', op: t.value, distance: t.distance, left, right: primary() };
    }
    return left;
  }

  function notExpr(): QueryNode {
    if (peek()?.type === 'not') {
      pos++;
      return { kind: 'not', operand: notExpr() };
    }
    return relation();
  }

  function andExpr(): QueryNode {
    let left = notExpr();
    while (peek()?.type === 'and') {
      pos++;
      left = { kind: 'and', left, right: notExpr() };
    }
    return left;
  }

  function orExpr(): QueryNode {
    let left = andExpr();
    while (peek()?.type === 'or') {
      pos++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  }

  if (tokens.length === 0) throw syntaxError('the query is empty', 0);
  const tree = orExpr();
  const rest = peek();
  if (rest) throw syntaxError(rest.type === 'name' ? 'an operator is missing before this code' : 'unexpected operator', rest.at);
  return tree;
}

/** The code references a query names, in order of appearance. */
export function codeRefs(node: QueryNode): string[] {
  if (node.kind === 'code') return [node.ref];
  if (node.kind === 'not') return codeRefs(node.operand);
  return [...codeRefs(node.left), ...codeRefs(node.right)];
}
