// The words a document contains, as readable-quote.ts needs them to decide whether a word
// hyphenated at a line end is a real compound ("co-financing") or a split word
// ("approxima-tion"). Only words written whole within one line count: a line-end fragment
// ("approxima-") adds its fragment, which no joined or hyphenated form ever equals.
// Also the page's typical line length, for the "short last line ends a paragraph" rule.
import { expandLigatures } from './readable-quote';

const WORD = /[\p{L}\p{M}\d]+(?:[-\u2010][\p{L}\p{M}\d]+)*/gu;

/** Lower-case words (hyphenated compounds as one word) of the given page texts. */
export function documentVocabulary(pageTexts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of pageTexts) {
    for (const m of expandLigatures(text).toLowerCase().matchAll(WORD)) words.add(m[0].replace(/\u2010/g, '-'));
  }
  return words;
}

/**
 * A full line's length on this page, in characters: the 75th percentile of the lengths of
 * lines with at least 20 characters (headings, footers and paragraph ends are shorter; the
 * percentile keeps a few long table rows from setting it). Undefined for pages with fewer
 * than 4 such lines: too little to tell a short line from a normal one.
 */
export function typicalLineLength(pageText: string): number | undefined {
  const lengths = pageText
    .split('\n')
    .map((l) => l.trim().length)
    .filter((n) => n >= 20)
    .sort((a, b) => a - b);
  if (lengths.length < 4) return undefined;
  return lengths[Math.floor(lengths.length * 0.75)];
}
