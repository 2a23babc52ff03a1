// Which way another tool counted its PlainTextSelection offsets, and the map from its offsets
// to code points of Glossa's text (source-text.ts). The REFI-QDA spec says "characters"
// (code points) of the plain text file, but real exports differ:
//   - NVivo counts UTF-16 code units (an emoji is 2) and does not count its byte-order mark;
//   - ATLAS.ti for Windows writes CRLF line endings yet counts each CRLF as one character;
//   - others (QualCoder, MAXQDA, Glossa) count code points with CRLF as two.
// A file does not say which it used, so every convention that would give a different answer
// for this text is tried on all of the source's selections and scored: an offset that falls
// outside the text, inside a surrogate pair or a CRLF costs 10, one in the middle of a word
// costs 1 (people select words, sentences and lines). The lowest score wins; on a tie the
// convention known for the exporting tool (the Project's `origin`), then the spec's.
// Measured on the NVivo 12.6 export in tests/fixtures/refi-qda-vendor (303 selections):
// UTF-16 with the BOM not counted scores 3 (sentences cut at "word.Word" without a space),
// code points 363, UTF-16 with the BOM counted 2,811, the others 396–439.
// NVivo for Mac 12.7 (297 selections; no BOM, LF line endings) also counts UTF-16 code units:
// 3 ends inside a word that way, 366 as code points.

export interface OffsetConvention {
  /** Count UTF-16 code units instead of code points. */
  utf16: boolean;
  /** Count CRLF as one character. */
  crlfAsOne: boolean;
  /** The byte-order mark is character 0. */
  bomCounted: boolean;
}

export const SPEC_CONVENTION: OffsetConvention = { utf16: false, crlfAsOne: false, bomCounted: false };

/** The convention a tool is known for, from the Project's origin attribute. */
export function knownConvention(origin: string): OffsetConvention {
  if (/nvivo/i.test(origin)) return { utf16: true, crlfAsOne: false, bomCounted: false };
  if (/atlas\.?ti/i.test(origin)) return { utf16: false, crlfAsOne: true, bomCounted: false };
  return SPEC_CONVENTION;
}

export function describeConvention(c: OffsetConvention): string {
  return [c.utf16 ? 'UTF-16 code units' : 'code points', c.crlfAsOne ? 'CRLF as one' : 'CRLF as two', ...(c.bomCounted ? ['byte-order mark counted'] : [])].join(', ');
}

/** Other-tool offset -> code-point offset in the canonical text; -1 where none. */
export interface OffsetMap {
  convention: OffsetConvention;
  /** Largest offset the other tool could have written for this text. */
  length: number;
  /** Canonical code-point offset of an offset; -1 outside the text or inside a character. */
  toCodePoint(offset: number): number;
}

/** Builds the map for one convention; `rawText` has no BOM (hadBom says whether the file had one). */
export function offsetMap(rawText: string, hadBom: boolean, convention: OffsetConvention): OffsetMap {
  // map[v] = canonical code point at vendor offset v, or -1 for an offset inside a character.
  const map: number[] = [];
  if (hadBom && convention.bomCounted) map.push(-1); // offset 0 is before the mark: not in our text
  let cp = 0;
  for (let i = 0; i < rawText.length; ) {
    const code = rawText.charCodeAt(i);
    let units = 1;
    let width = 1;
    if (code === 0x0d && rawText.charCodeAt(i + 1) === 0x0a) {
      units = 2;
      width = convention.crlfAsOne ? 1 : 2;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < rawText.length) {
      const low = rawText.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        units = 2;
        width = convention.utf16 ? 2 : 1;
      }
    }
    map.push(cp);
    for (let k = 1; k < width; k++) map.push(-1);
    i += units;
    cp++;
  }
  map.push(cp);
  // With the BOM counted, offset 1 is the start of the text.
  if (hadBom && convention.bomCounted) map[0] = 0;
  const length = map.length - 1;
  return { convention, length, toCodePoint: (v) => (Number.isInteger(v) && v >= 0 && v <= length ? map[v] : -1) };
}

const WORD = /[\p{L}\p{N}]/u;

/** How badly a convention fits the selections (lower is better); see the header. */
export function scoreConvention(map: OffsetMap, chars: readonly string[], selections: ReadonlyArray<{ start: number; end: number }>): number {
  const midWord = (c: number) => c > 0 && c < chars.length && WORD.test(chars[c - 1]) && WORD.test(chars[c]);
  let score = 0;
  for (const s of selections) {
    const a = map.toCodePoint(s.start);
    const b = map.toCodePoint(s.end);
    if (a < 0 || b < 0 || b <= a) score += 10;
    else score += (midWord(a) ? 1 : 0) + (midWord(b) ? 1 : 0);
  }
  return score;
}

function sameConvention(a: OffsetConvention, b: OffsetConvention): boolean {
  return a.utf16 === b.utf16 && a.crlfAsOne === b.crlfAsOne && a.bomCounted === b.bomCounted;
}

/** The candidates that differ for this text: no astral character means UTF-16 = code points, etc. */
function candidates(rawText: string, hadBom: boolean): OffsetConvention[] {
  const astral = /[\ud800-\udbff][\udc00-\udfff]/.test(rawText);
  const crlf = rawText.includes('\r\n');
  const out: OffsetConvention[] = [];
  for (const utf16 of astral ? [false, true] : [false])
    for (const crlfAsOne of crlf ? [false, true] : [false])
      for (const bomCounted of hadBom ? [false, true] : [false]) out.push({ utf16, crlfAsOne, bomCounted });
  return out;
}

/** Picks the convention that places these selections best in `rawText`; returns its map and score. */
export function detectConvention(
  rawText: string,
  hadBom: boolean,
  canonicalChars: readonly string[],
  selections: ReadonlyArray<{ start: number; end: number }>,
  origin: string,
): { map: OffsetMap; score: number } {
  const known = knownConvention(origin);
  const preference = (c: OffsetConvention) => (sameConvention(c, known) ? 0 : sameConvention(c, SPEC_CONVENTION) ? 1 : 2);
  let best: { map: OffsetMap; score: number } | null = null;
  for (const c of candidates(rawText, hadBom)) {
    const map = offsetMap(rawText, hadBom, c);
    const score = selections.length ? scoreConvention(map, canonicalChars, selections) : 0;
    if (!best || score < best.score || (score === best.score && preference(c) < preference(best.map.convention))) best = { map, score };
  }
  return best!;
}
