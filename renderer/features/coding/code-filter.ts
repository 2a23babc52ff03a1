// What the code picker lists: codes matching the typed text, recently used codes first. Pure,
// so the ordering rules are unit-tested. Matching ignores case and ё/е (Russian texts mix
// them), and looks at both names a code has (English, Russian), so a researcher whose
// UI is in English still finds "Производство знаний" by typing Russian.
import { allCodeNames } from '../../../shared/codebook/code-text';
import type { Code } from '../../../shared/domain/code';
import { codeLabel, type Lang } from '../codebook/codebook-tree';

/** The number of recent codes remembered: the keys 1-9 apply them. */
export const RECENT_LIMIT = 9;

export function foldForMatch(s: string): string {
  return s.toLocaleLowerCase().replace(/ё/g, 'е').normalize('NFKC');
}

/** 0 = a name starts with the query, 1 = a word in a name starts with it, 2 = contains it, -1 = no match. */
export function matchRank(code: Pick<Code, 'text'>, query: string): number {
  const q = foldForMatch(query.trim());
  if (!q) return 0;
  const names = allCodeNames(code).map(foldForMatch);
  let best = -1;
  for (const n of names) {
    let rank = -1;
    if (n.startsWith(q)) rank = 0;
    else if (n.split(/[\s\-–—/(),.]+/).some((w) => w.startsWith(q))) rank = 1;
    else if (n.includes(q)) rank = 2;
    if (rank >= 0 && (best < 0 || rank < best)) best = rank;
  }
  return best;
}

/**
 * Codes for the picker: with an empty query, the recent codes (most recent first) then every
 * other code in tree order; with a query, the matches by rank (prefix, word prefix, substring),
 * recent codes first within a rank, then tree order. `codes` is in tree order.
 */
export function filterCodes<C extends Code>(codes: readonly C[], query: string, recentIds: readonly string[]): C[] {
  const recentRank = new Map(recentIds.map((id, i) => [id, i]));
  const scored = codes
    .map((code, order) => ({ code, order, rank: matchRank(code, query), recent: recentRank.get(code.id) ?? Infinity }))
    .filter((s) => s.rank >= 0);
  scored.sort((a, b) => a.rank - b.rank || a.recent - b.recent || a.order - b.order);
  return scored.map((s) => s.code);
}

/** The recent list after applying `codeIds` (first applied = most recent), without duplicates. */
export function pushRecent(recent: readonly string[], codeIds: readonly string[], limit = RECENT_LIMIT): string[] {
  const out = [...codeIds, ...recent.filter((id) => !codeIds.includes(id))];
  return [...new Set(out)].slice(0, limit);
}

/** Drops ids of codes that no longer exist (after a delete or merge). */
export function pruneRecent(recent: readonly string[], codes: readonly Pick<Code, 'id'>[]): string[] {
  const ids = new Set(codes.map((c) => c.id));
  return recent.filter((id) => ids.has(id));
}

/** Label with the language's name; exported here so the picker and panels agree. */
export function pickerLabel(code: Pick<Code, 'text'>, lang: Lang): string {
  return codeLabel(code, lang);
}
