// Conversion between UTF-16 offsets (what JavaScript strings, DOM ranges and pdf.js use)
// and Unicode code-point offsets (what TextPositionSelector stores, per the W3C Web
// Annotation model, so the position survives languages whose strings count differently).
//
// Policy reports are nearly all BMP text (Latin, Cyrillic): for them the two offsets are
// identical and conversion is free. Only when a page holds astral characters (emoji,
// mathematical alphanumerics) do we record where the surrogate pairs sit, once, and answer
// each conversion with a binary search: O(log a) for a astral characters, so converting
// thousands of offsets on a 5,000-character page costs microseconds.
//
// A UTF-16 offset that falls between the two halves of a pair is snapped back to the
// start of that character. Lone surrogates count as one code point each, as in
// `Array.from(text)`.

export interface CodePointIndex {
  /** Length of the text in code points. */
  readonly codePointLength: number;
  /** Code-point offset of a UTF-16 offset (clamped to [0, text.length]). */
  toCodePoint(utf16Offset: number): number;
  /** UTF-16 offset of a code-point offset (clamped to [0, codePointLength]). */
  toUtf16(codePointOffset: number): number;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function clamp(value: number, max: number): number {
  if (!(value > 0)) return 0;
  return value > max ? max : Math.floor(value);
}

/** Number of entries in the ascending `sorted` strictly below `value`. */
function countBelow(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the conversion index for `text`; identity when there are no surrogate pairs. */
export function codePointIndex(text: string): CodePointIndex {
  const pairStarts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairStarts.push(i);
      i++;
    }
  }
  const length = text.length;
  if (pairStarts.length === 0) {
    return {
      codePointLength: length,
      toCodePoint: (o) => clamp(o, length),
      toUtf16: (c) => clamp(c, length),
    };
  }
  // utf16Starts[k]: UTF-16 offset of the k-th astral character; cpStarts[k]: its code-point offset.
  const utf16Starts = Int32Array.from(pairStarts);
  const cpStarts = utf16Starts.map((p, k) => p - k);
  const cpLength = length - pairStarts.length;
  return {
    codePointLength: cpLength,
    // Every pair starting strictly before o takes one code point less than its two units;
    // an offset inside a pair counts that pair too, which snaps it to the pair's start.
    toCodePoint: (o) => {
      const u = clamp(o, length);
      return u - countBelow(utf16Starts, u);
    },
    toUtf16: (c) => {
      const cp = clamp(c, cpLength);
      return cp + countBelow(cpStarts, cp);
    },
  };
}

/** Moves a UTF-16 offset that splits a surrogate pair back to the pair's start. */
export function snapToCodePoint(text: string, utf16Offset: number): number {
  const o = clamp(utf16Offset, text.length);
  if (o > 0 && o < text.length && isLow(text.charCodeAt(o)) && isHigh(text.charCodeAt(o - 1))) return o - 1;
  return o;
}

/** Moves a UTF-16 offset that splits a surrogate pair forward past the pair's end. */
export function snapForwardToCodePoint(text: string, utf16Offset: number): number {
  const o = clamp(utf16Offset, text.length);
  if (o > 0 && o < text.length && isLow(text.charCodeAt(o)) && isHigh(text.charCodeAt(o - 1))) return o + 1;
  return o;
}

/** The UTF-16 offset `count` code points before `utf16Offset` (not before 0). */
export function codePointsBefore(text: string, utf16Offset: number, count: number): number {
  let o = utf16Offset;
  for (let n = 0; n < count && o > 0; n++) {
    o -= o >= 2 && isLow(text.charCodeAt(o - 1)) && isHigh(text.charCodeAt(o - 2)) ? 2 : 1;
  }
  return o;
}

/** The UTF-16 offset `count` code points after `utf16Offset` (not past the end). */
export function codePointsAfter(text: string, utf16Offset: number, count: number): number {
  let o = utf16Offset;
  for (let n = 0; n < count && o < text.length; n++) {
    o += o + 1 < text.length && isHigh(text.charCodeAt(o)) && isLow(text.charCodeAt(o + 1)) ? 2 : 1;
  }
  return o;
}
