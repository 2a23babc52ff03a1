// Offset-preserving text normalisation for matching quotes against page texts.
//
// Two extractions of "the same" passage differ in ways a reader never sees: pdf.js may or may
// not have decomposed a ligature (U+FB01 vs "fi"), a re-typeset edition hyphenates a word at a
// line end ("traf-\nficking") or not, line breaks become spaces, typographic quotes and dashes
// vary, Russian texts write ё or е interchangeably. We compare normalised forms, and keep for
// every normalised character the [start, end) of the original characters it came from, so a
// match found in normalised text maps back to offsets in the ORIGINAL page text.
//
// Rules (applied identically to page texts and to stored quotes/prefixes/suffixes):
//   - every run of whitespace (incl. newlines, no-break and Unicode spaces) -> one ' '
//   - hyphen/soft hyphen + whitespace containing a line break + letter -> removed
//     (line-end hyphenation); other soft hyphens and zero-width characters -> removed
//   - ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ -> ff fi fl ffi ffl st st (each output char maps to the ligature)
//   - ё/Ё -> е (also the decomposed е + U+0308); lower case
//   - ‘ ’ ‚ ‛ -> ', “ ” „ ‟ -> ", U+2010..U+2015 and U+2212 -> '-'

export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /** starts[i], ends[i]: original UTF-16 range the normalised character i came from. */
  starts: Int32Array;
  ends: Int32Array;
}

const LIGATURES: Record<number, string> = {
  0xfb00: 'ff',
  0xfb01: 'fi',
  0xfb02: 'fl',
  0xfb03: 'ffi',
  0xfb04: 'ffl',
  0xfb05: 'st',
  0xfb06: 'st',
};

function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

const LETTER = /\p{L}/u;

function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && LETTER.test(text[i]);
}

/** Character code after folding case, quotes, dashes and ё; -1 when unchanged-by-rule. */
function foldChar(c: number): number {
  switch (c) {
    case 0x0451: // ё
    case 0x0401: // Ё
      return 0x0435; // е
    case 0x2018: case 0x2019: case 0x201a: case 0x201b:
      return 0x27; // '
    case 0x201c: case 0x201d: case 0x201e: case 0x201f:
      return 0x22; // "
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return 0x2d; // -
    default:
      return c;
  }
}

/**
 * If a hyphen at `i` ends a line ("traf-\nficking"), the offset of the next word's first
 * letter; otherwise -1. A soft hyphen needs no letter before it; a visible one does, so a
 * dash between spaces (" -\n") is kept.
 */
function lineEndHyphenation(text: string, i: number, soft: boolean): number {
  let j = i + 1;
  let sawBreak = false;
  while (j < text.length && isSpace(text.charCodeAt(j))) {
    const c = text.charCodeAt(j);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) sawBreak = true;
    j++;
  }
  if (!sawBreak || !isLetterAt(text, j)) return -1;
  if (!soft && !isLetterAt(text, i - 1)) return -1;
  return j;
}

export function normaliseWithMap(text: string): NormalisedText {
  // Lower-casing the whole string at once is ~20x faster than per character; it keeps the
  // length for everything but a handful of characters (e.g. İ), where we fall back.
  const lowered = text.toLowerCase();
  const folded = lowered.length === text.length ? lowered : null;
  const n = text.length;
  const out = new Uint16Array(n * 3);
  const starts = new Int32Array(n * 3 + 1);
  const ends = new Int32Array(n * 3 + 1);
  let k = 0;
  const emit = (code: number, s: number, e: number) => {
    out[k] = code;
    starts[k] = s;
    ends[k] = e;
    k++;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path for the bulk of report text: printable ASCII but '-' and Cyrillic but ё/Ё,
    // which no rule but case folding touches (~3x faster than the general path).
    if ((c > 0x20 && c < 0x7f && c !== 0x2d) || (c >= 0x0410 && c <= 0x044f)) {
      out[k] = folded ? folded.charCodeAt(i) : c;
      starts[k] = i;
      ends[k] = i + 1;
      k++;
      i++;
      continue;
    }
    if (isSpace(c)) {
      let j = i + 1;
      while (j < n && (isSpace(text.charCodeAt(j)) || isInvisible(text.charCodeAt(j)))) j++;
      emit(0x20, i, j);
      i = j;
      continue;
    }
    if (c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0xad) {
      const next = lineEndHyphenation(text, i, c === 0xad);
      if (next >= 0) {
        i = next;
        continue;
      }
    }
    if (isInvisible(c)) {
      i++;
      continue;
    }
    const ligature = LIGATURES[c];
    if (ligature !== undefined) {
      for (let m = 0; m < ligature.length; m++) emit(ligature.charCodeAt(m), i, i + 1);
      i++;
      continue;
    }
    if (c === 0x0308 && k > 0 && out[k - 1] === 0x0435) {
      // Decomposed ё (е + combining diaeresis): the diaeresis joins the previous character.
      ends[k - 1] = i + 1;
      i++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        emit(c, i, i + 2);
        emit(d, i, i + 2);
        i += 2;
        continue;
      }
    }
    const lower = folded ? folded.charCodeAt(i) : singleLower(text[i]);
    emit(foldChar(lower), i, i + 1);
    i++;
  }
  starts[k] = n;
  ends[k] = n;
  return { text: decode(out, k), starts: starts.slice(0, k + 1), ends: ends.slice(0, k + 1) };
}

function singleLower(ch: string): number {
  const l = ch.toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : ch.charCodeAt(0);
}

function decode(codes: Uint16Array, length: number): string {
  // fromCharCode.apply with chunks: spreading a 100k-element array would overflow the stack.
  const CHUNK = 8192;
  let result = '';
  for (let p = 0; p < length; p += CHUNK) {
    result += String.fromCharCode.apply(null, codes.subarray(p, Math.min(length, p + CHUNK)) as unknown as number[]);
  }
  return result;
}

/** The normalised form only (for quotes, prefixes and suffixes). */
export function normalise(text: string): string {
  return normaliseWithMap(text).text;
}

/** Original UTF-16 range of the normalised range [start, end); end > start expected. */
export function toOriginalRange(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = norm.starts[Math.min(start, norm.starts.length - 1)];
    return { start: at, end: at };
  }
  return { start: norm.starts[start], end: norm.ends[end - 1] };
}

/** Index of the first normalised character that comes from original offset >= `original`. */
export function toNormalisedOffset(norm: NormalisedText, original: number): number {
  let lo = 0;
  let hi = norm.starts.length - 1; // the sentinel at the end holds the original length
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.starts[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
