// The one text normaliser for search: used when indexing pages (FTS body), when parsing
// queries, when cutting snippets, and by the reader's find-in-document. All four must agree,
// or a hit found by the index cannot be shown.
//
// What it does: lower-case; ё -> е (SQLite's unicode61 `remove_diacritics 2` does NOT fold
// ё, checked on SQLite 3.53, yet Russian readers type both letters); Latin letters with
// diacritics -> their base letter (é -> e), as unicode61 does, so JS-side matching sees the
// same words as the index. Cyrillic й stays й: it is a separate letter, and unicode61 keeps it.
//
// Invariant: the result has EXACTLY the same length (UTF-16 code units) as the input, so an
// offset in the normalised text is the same offset in the original. Snippets and reader
// highlights rely on this. A character whose lower case is longer is lower-cased alone or
// kept (the only one in Unicode 15 is U+0130 İ -> i + U+0307, which the fold then maps to i).

// Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional, plus Ё/ё.
const FOLD_RE = /[\u00c0-\u024f\u1e00-\u1eff\u0401\u0451]/g;

let foldTable: Map<string, string> | null = null;

function buildFoldTable(): Map<string, string> {
  const table = new Map<string, string>([
    ['\u0401', '\u0435'],
    ['\u0451', '\u0435'],
  ]);
  const ranges: Array<[number, number]> = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCharCode(cp);
      const lower = ch.toLowerCase();
      const decomposed = lower.normalize('NFD');
      // Fold only "base letter + combining marks" with a one-unit base: length stays 1.
      if (decomposed.length > 1 && /^[a-z]\p{M}+$/u.test(decomposed)) table.set(ch, decomposed[0]);
    }
  }
  return table;
}

function fold(ch: string): string {
  if (!foldTable) foldTable = buildFoldTable();
  return foldTable.get(ch) ?? ch;
}

function lowerKeepingLength(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** Lower-cases and folds ё/diacritics; the result has the same length as `text`. */
export function normalizeSearch(text: string): string {
  let lower = text.toLowerCase();
  // Lower-casing never shortens a string, so equal length means no character expanded.
  if (lower.length !== text.length) lower = lowerKeepingLength(text);
  return lower.replace(FOLD_RE, fold);
}
