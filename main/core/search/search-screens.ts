// Ranks, once after the pages change, the searches that match most pages of a project and
// keeps their first screens (migration 0021; read back by searchPages). On 50,000 pages a word
// or prefix found on most of them (`the`, `тор*`, `mig*`) took 30-90 ms to rank inside FTS5 —
// bm25 scores every hit — for a screen that stays the same until the pages change.
// Which searches: every word of the index found on at least MIN_PAGES pages, and every prefix
// of the index's words whose words together are on at least that many (an upper bound of its
// pages; what ranks below it is dropped). Prefixes that stand for the same words (`traff*`,
// `traffi*` → traffick) or for one word (`traffick*`) are ranked once: FTS5 scores a prefix
// from exactly the instances of its words. Each is ranked by the very statement searchPages
// runs live (rankedPageIds), so a kept screen is FTS5's own order, and counted exactly.
// Two-word phrases of those words (`"the the"`, `"жертв торговл"`) cost as much again — FTS5
// matches positions before it scores — and are found from a sample of the pages, tokenized as
// the index is (commonPhrases): those the sample shows on enough pages are counted in FTS5 and
// kept when they reach MIN_PAGES. The tokenizing only picks candidates; counts and order are FTS5's.
// Runs as a job (job-registry.ts `searchScreens`) on its own connection; the backend starts it
// after a change (screen-refresh.ts). A build that sees the pages change is dropped.
import type { SearchMode } from '../../../shared/domain/search';
import { normalizeSearch } from '../../../shared/text/normalize-search';
import { searchTokens } from '../../../shared/text/search-tokens';
import { stemKey } from '../../../shared/text/stem';
import type { Db } from '../../db/connection';
import { countPages } from '../../db/repositories/documents';
import { countMatches, rankedPageIds } from '../../db/repositories/search';
import { type BuiltScreen, indexVocabulary, MAX_SCREEN_IDS, samplePageTexts, searchState, storeScreens } from '../../db/repositories/search-screens';

/** Page ids kept per search: 20 screens of 50, or a filter that passes one hit in ten. */
export const SCREEN_DEPTH = MAX_SCREEN_IDS;
/** A search on fewer pages ranks live in a few milliseconds (bm25: ~0.7 µs a hit). */
export const MIN_PAGES = 4000;
const MODES: readonly SearchMode[] = ['stem', 'exact'];
/** Pages tokenized to find the common phrases: a phrase on MIN_PAGES of 50,000 shows on ~400 of them. */
export const PHRASE_SAMPLE = 5000;
/** A phrase is counted when the sample shows it on this share of the pages it needs (~5 sd below at 400). */
const SAMPLE_SLACK = 0.75;

export interface ScreenBuild {
  /** 'stored', or 'changed' when the pages changed during the build (nothing written). */
  outcome: 'stored' | 'changed' | 'none';
  generation: number;
  screens: number;
  /** Distinct rankings run (prefixes of the same words share one). */
  ranked: number;
}

export interface BuildRun {
  signal?: AbortSignal;
  onProgress?(fraction: number): void;
  minPages?: number;
}

const literal = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** The searches of one index worth keeping: MATCH expression → the key of the words it stands for. */
export function commonSearches(vocabulary: ReadonlyArray<{ term: string; pages: number }>, minPages: number): Map<string, string> {
  const terms = [...vocabulary].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const out = new Map<string, string>();
  for (const v of terms) if (v.pages >= minPages) out.set(literal(v.term), v.term);
  // Prefixes: terms sharing a prefix are contiguous in sorted order; [lo, hi) names its words.
  const seen = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i].term;
    for (let len = 1; len <= t.length; len++) {
      const prefix = t.slice(0, len);
      if (seen.has(prefix)) continue;
      seen.add(prefix);
      let pages = 0;
      let hi = i;
      while (hi < terms.length && terms[hi].term.startsWith(prefix)) pages += terms[hi++].pages;
      if (pages < minPages) continue;
      // One word under the prefix: the word's own ranking (same instances, same bm25).
      out.set(`${literal(prefix)}*`, hi - i === 1 ? t : `${i}:${hi}`);
    }
  }
  return out;
}

/** Per index, the two-word phrases of `words` in `texts`, with the number of texts each is in. */
export function phrasesIn(texts: readonly string[], words: Record<SearchMode, ReadonlySet<string>>): Record<SearchMode, Map<string, number>> {
  const counts: Record<SearchMode, Map<string, number>> = { stem: new Map(), exact: new Map() };
  for (const text of texts) {
    const keys = searchTokens(normalizeSearch(text)).map((t) => t.key);
    const forms: Record<SearchMode, string[]> = { exact: keys, stem: keys.map(stemKey) };
    for (const mode of MODES) {
      const common = words[mode];
      const seen = new Set<string>();
      const f = forms[mode];
      for (let i = 0; i + 1 < f.length; i++) if (common.has(f[i]) && common.has(f[i + 1])) seen.add(`${f[i]} ${f[i + 1]}`);
      const tally = counts[mode];
      for (const phrase of seen) tally.set(phrase, (tally.get(phrase) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The MATCH expressions of the two-word phrases that may be on `minPages` pages: both words
 * are (a phrase is on no more pages than its rarer word), and a sample of PHRASE_SAMPLE pages
 * shows it on its share of them, less a slack for the sample's spread.
 */
export function commonPhrases(db: Db, words: Record<SearchMode, ReadonlySet<string>>, minPages: number): Record<SearchMode, string[]> {
  const pages = countPages(db);
  const texts = samplePageTexts(db, Math.ceil(pages / PHRASE_SAMPLE));
  const need = Math.max(1, Math.ceil((SAMPLE_SLACK * minPages * texts.length) / Math.max(1, pages)));
  const counts = phrasesIn(texts, words);
  const pick = (mode: SearchMode) => [...counts[mode]].filter(([, n]) => n >= need).map(([phrase]) => literal(phrase));
  return { stem: pick('stem'), exact: pick('exact') };
}

const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Ranks the project's common searches and keeps their first screens. */
export async function buildSearchScreens(db: Db, run: BuildRun = {}): Promise<ScreenBuild> {
  const state = searchState(db);
  if (!state) return { outcome: 'none', generation: 0, screens: 0, ranked: 0 };
  const minPages = run.minPages ?? MIN_PAGES;
  const vocabularies = MODES.map((mode) => ({ mode, vocabulary: indexVocabulary(db, mode) }));
  const words = Object.fromEntries(
    vocabularies.map(({ mode, vocabulary }) => [mode, new Set(vocabulary.filter((v) => v.pages >= minPages).map((v) => v.term))]),
  ) as Record<SearchMode, Set<string>>;
  const phrases = words.stem.size + words.exact.size > 0 ? commonPhrases(db, words, minPages) : { stem: [], exact: [] };
  run.signal?.throwIfAborted();
  const plans = vocabularies.map(({ mode, vocabulary }) => {
    const searches = commonSearches(vocabulary, minPages);
    // A phrase is its own key (quotes and a space): no word or prefix range key has either.
    for (const match of phrases[mode]) searches.set(match, match);
    return { mode, searches };
  });
  const work = plans.reduce((n, p) => n + p.searches.size, 0);
  const screens: BuiltScreen[] = [];
  let done = 0;
  let ranked = 0;
  let slice = performance.now();
  for (const { mode, searches } of plans) {
    const byWords = new Map<string, { total: number; ids: number[] }>();
    for (const [match, words] of searches) {
      let result = byWords.get(words);
      if (!result) {
        const parsed = { match, mode };
        const total = countMatches(db, parsed);
        result = { total, ids: total >= minPages ? rankedPageIds(db, parsed, undefined, SCREEN_DEPTH, 0) : [] };
        byWords.set(words, result);
        ranked++;
      }
      if (result.ids.length > 0) screens.push({ mode, match, ...result });
      done++;
      if (performance.now() - slice > 50) {
        run.onProgress?.(done / Math.max(1, work));
        await yieldNow();
        run.signal?.throwIfAborted();
        slice = performance.now();
      }
    }
  }
  const stored = storeScreens(db, state.generation, screens);
  return { outcome: stored ? 'stored' : 'changed', generation: state.generation, screens: stored ? screens.length : 0, ranked };
}
