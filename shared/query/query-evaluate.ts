// Evaluates a parsed coding query (query-syntax.ts) over coded passages (query-passage.ts).
// Every node yields a set of passages (highlights):
//   a code             the passages coded with it or with one of its sub-codes;
//   L OVERLAPS R       the passages of L that share text with a passage of R (the same
//                      highlight counts: a passage coded with both codes overlaps itself);
//   L NEAR/N R         … that lie within N characters of one (NEAR/PARAGRAPH: in a paragraph
//                      one also touches; NEAR/PAGE: on a page one also touches);
//   L FOLLOWED-BY R    … after whose end a passage of R starts in the same document
//                      (FOLLOWED-BY/N: starts at most N characters after);
//   L INSIDE R         … that lie wholly within one;
//   L OUTSIDE R        … that share text with none;
//   AND, OR, NOT       intersection, union and complement (within all passages considered).
// The passages considered are the caller's (document, case and coder filters apply before).
// Relations sort R once per document and look only at its passages that can qualify, so a
// query over 10,000 passages stays well below a second.
import { GlossaError } from '../errors';
import type { QueryNode, Distance } from './query-syntax';
import { followedBy, gap, inside, overlaps, sameParagraph, samePage, type QueryPassage } from './query-passage';

export interface QueryCode {
  id: string;
  parentId: string | null;
  /** Names the code can be referred to by (English and Russian names). */
  names: string[];
}

export type CodeResolver = (ref: string) => string[];

/** Resolves a code reference by name or path ("Parent/Child", names in any of the code's
 *  languages, case-insensitive) to the code and its descendants; an unknown or ambiguous name
 *  is a GlossaError the user can act on. */
export function codeResolver(codes: readonly QueryCode[]): CodeResolver {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const children = new Map<string | null, QueryCode[]>();
  for (const c of codes) {
    const siblings = children.get(c.parentId);
    if (siblings) siblings.push(c);
    else children.set(c.parentId, [c]);
  }
  const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  const pathsOf = (c: QueryCode): string[][] => {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    const up = parent ? pathsOf(parent) : [[]];
    return c.names.flatMap((n) => up.map((p) => [...p, fold(n)]));
  };
  const descendants = (id: string): string[] => [id, ...(children.get(id) ?? []).flatMap((c) => descendants(c.id))];
  const displayPath = (c: QueryCode): string => {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    return (parent ? `${displayPath(parent)}/` : '') + (c.names[0] ?? c.id);
  };
  return (ref) => {
    const wanted = ref.split('/').map(fold).filter(Boolean);
    const endsWith = (p: string[]) => p.length >= wanted.length && wanted.every((w, i) => p[p.length - wanted.length + i] === w);
    const whole = codes.filter((c) => pathsOf(c).some((p) => p.length === wanted.length && endsWith(p)));
    // A path from the root names its code even where it also ends a longer path
    // ("Funding" at the top and "Influence instruments/Funding").
    const matches = whole.length === 1 ? whole : codes.filter((c) => pathsOf(c).some(endsWith));
    if (matches.length === 0) throw new GlossaError('query.unknownCode', `Query: there is no code "${ref}"`, { code: ref });
    if (matches.length > 1) {
      const paths = matches.map((c) => `"${displayPath(c)}"`).join(', ');
      throw new GlossaError('query.ambiguousCode', `Query: "${ref}" names ${matches.length} codes (${paths}); write its path`, { code: ref, count: matches.length, paths });
    }
    return descendants(matches[0].id);
  };
}

function related(op: 'overlaps' | 'near' | 'followed-by' | 'inside', distance: Distance | null, a: QueryPassage, b: QueryPassage): boolean {
  if (op === 'overlaps') return overlaps(a, b);
  if (op === 'inside') return inside(a, b);
  if (op === 'followed-by') return followedBy(a, b, distance?.unit === 'chars' ? distance.n : null);
  if (distance?.unit === 'paragraph') return sameParagraph(a, b);
  if (distance?.unit === 'page') return samePage(a, b);
  return a.documentId === b.documentId && gap(a, b) <= (distance?.unit === 'chars' ? distance.n : 0);
}

/** R's passages per document, sorted by start, for the relation scans. */
interface Indexed {
  byDoc: Map<string, QueryPassage[]>;
}

function index(passages: Iterable<QueryPassage>): Indexed {
  const byDoc = new Map<string, QueryPassage[]>();
  for (const p of passages) {
    const list = byDoc.get(p.documentId);
    if (list) list.push(p);
    else byDoc.set(p.documentId, [p]);
  }
  for (const list of byDoc.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);
  return { byDoc };
}

/** How far before `a.start` a qualifying passage of R may start (R is scanned from there). */
function scanFrom(list: QueryPassage[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function anyRelated(op: 'overlaps' | 'near' | 'followed-by' | 'inside', distance: Distance | null, a: QueryPassage, right: Indexed): boolean {
  const list = right.byDoc.get(a.documentId);
  if (!list) return false;
  if (op === 'followed-by') {
    const i = scanFrom(list, a.end);
    return i < list.length && followedBy(a, list[i], distance?.unit === 'chars' ? distance.n : null);
  }
  // Page and paragraph relations and long passages of R can reach back arbitrarily far;
  // ranges are short, so a plain scan is bounded by R's passages in this document.
  if (op === 'near' && distance?.unit === 'chars') {
    for (const b of list) {
      if (b.start > a.end + distance.n) break;
      if (related(op, distance, a, b)) return true;
    }
    return false;
  }
  for (const b of list) {
    if (op !== 'near' && b.start > a.end) break;
    if (related(op, distance, a, b)) return true;
  }
  return false;
}

/** The passages (a subset of `all`) the query selects, in the order of `all`. */
export function evaluateQuery(node: QueryNode, all: readonly QueryPassage[], resolve: CodeResolver): QueryPassage[] {
  const ids = evaluate(node, all, resolve);
  return all.filter((p) => ids.has(p.annotationId));
}

function evaluate(node: QueryNode, all: readonly QueryPassage[], resolve: CodeResolver): Set<string> {
  switch (node.kind) {
    case 'code': {
      const codes = new Set(resolve(node.ref));
      return new Set(all.filter((p) => p.codeIds.some((c) => codes.has(c))).map((p) => p.annotationId));
    }
    case 'and': {
      const right = evaluate(node.right, all, resolve);
      return new Set([...evaluate(node.left, all, resolve)].filter((id) => right.has(id)));
    }
    case 'or':
      return new Set([...evaluate(node.left, all, resolve), ...evaluate(node.right, all, resolve)]);
    case 'not': {
      const excluded = evaluate(node.operand, all, resolve);
      return new Set(all.map((p) => p.annotationId).filter((id) => !excluded.has(id)));
    }
    case 'relation': {
      const leftIds = evaluate(node.left, all, resolve);
      const rightIds = evaluate(node.right, all, resolve);
      const right = index(all.filter((p) => rightIds.has(p.annotationId)));
      const out = new Set<string>();
      for (const a of all) {
        if (!leftIds.has(a.annotationId)) continue;
        const hit = node.op === 'outside' ? !anyRelated('overlaps', null, a, right) : anyRelated(node.op, node.distance, a, right);
        if (hit) out.add(a.annotationId);
      }
      return out;
    }
  }
}
