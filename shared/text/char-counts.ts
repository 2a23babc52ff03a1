// Counts over a page's text that decide whether it needs OCR (shared/pdf/ocr-text.ts): letters
// (code points of \p{L}), code units that are not whitespace (\s), and replacement or
// private-use characters. The same answers as the regular expressions, in one pass over the
// text, read from a table of the BMP filled a 256-unit block at a time on first sight:
// `text.match(/\p{L}/gu)` built an array of every letter and, with the other expressions,
// cost ~0.3 ms a page, 10 % of an import's time. Pure: usable on both sides.

const LETTER = 1;
const SPACE = 2;
const LETTER_RE = /^\p{L}$/u;
const SPACE_RE = /^\s$/u;

/** LETTER | SPACE of each BMP code unit; valid where its block is built. */
const flags = new Uint8Array(0x10000);
const built = new Uint8Array(0x100);

function buildBlock(block: number): void {
  for (let u = block << 8, end = u + 256; u < end; u++) {
    // A lone surrogate is neither: astral letters are tested as pairs.
    if (u >= 0xd800 && u <= 0xdfff) continue;
    const ch = String.fromCharCode(u);
    flags[u] = (LETTER_RE.test(ch) ? LETTER : 0) | (SPACE_RE.test(ch) ? SPACE : 0);
  }
  built[block] = 1;
}

export interface TextCounts {
  /** Code points matching \p{L}: the length of `text.match(/\p{L}/gu)`. */
  letters: number;
  /** Code units that are not whitespace: `text.replace(/\s+/gu, '').length`. */
  nonSpace: number;
  /** U+FFFD and private-use (U+E000-U+F8FF) characters: a font without a Unicode map gives them. */
  junk: number;
}

export function textCounts(text: string): TextCounts {
  let letters = 0;
  let nonSpace = 0;
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (LETTER_RE.test(text.slice(i, i + 2))) letters++;
        nonSpace += 2;
        i++;
        continue;
      }
    }
    if (built[u >> 8] === 0) buildBlock(u >> 8);
    const f = flags[u];
    if (f & LETTER) letters++;
    if (!(f & SPACE)) nonSpace++;
    if (u === 0xfffd || (u >= 0xe000 && u <= 0xf8ff)) junk++;
  }
  return { letters, nonSpace, junk };
}

export function letterCount(text: string): number {
  return textCounts(text).letters;
}
