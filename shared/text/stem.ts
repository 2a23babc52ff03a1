// Word stems for the stemmed full-text index (pages_stem_fts) and for matching its hits in
// JS. One function, stemKey, is used when indexing, when parsing a query and when marking
// hits, so the three always agree. The stemmer is chosen per word by its script, not per
// document: reports quote Russian in English text and the other way round. Cyrillic words
// go to the Snowball Russian stemmer, Latin words to the Snowball English (Porter2) one,
// anything else (digits, Greek) is kept as it is. Keys arrive search-normalised (lower case,
// ё -> е, Latin diacritics folded; see shared/text/normalize-search.ts).
import { newStemmer } from 'snowball-stemmers';
import { normalizeSearch } from './normalize-search';
import { searchTokens } from './search-tokens';

const russian = newStemmer('russian');
const english = newStemmer('english');

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;

/** A page has ~500 words and a report's vocabulary is a few 10,000s: a cache saves ~80% of stemming. */
const CACHE_MAX = 200_000;
const cache = new Map<string, string>();

/** The stem of one normalised word key; never empty. */
export function stemKey(key: string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let stem = key;
  if (CYRILLIC.test(key)) stem = russian.stem(key);
  else if (LATIN.test(key)) stem = english.stem(key);
  // A stemmer returning '' or a non-word would shift FTS token positions: keep the word then.
  if (stem === '' || searchTokens(stem).length !== 1) stem = key;
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, stem);
  return stem;
}

/**
 * The body stored in pages_stem_fts for one page: one stem per token of the exact index, in
 * order, so token positions (phrases, NEAR) are the same in both indexes.
 */
export function stemmedBody(pageText: string): string {
  return searchTokens(normalizeSearch(pageText))
    .map((t) => stemKey(t.key))
    .join(' ');
}
