// Extends a hit in a page text to its sentence or paragraph, for auto-coding ("code the whole
// sentence where 'trafficking' occurs"). Page texts come from pdf.js with one '\n' per line
// (shared/pdf/page-text.ts), so a paragraph is recognised by a blank line or by a line that
// ends with terminal punctuation; a sentence ends with . ! ? or … followed by a space and a
// capital letter, digit or opening quote, unless the word before the dot is an abbreviation.
// Pure functions on UTF-16 offsets.

/** No sentence in a policy report runs for 1,500 characters; past that we are in a table or an index. */
const MAX_SENTENCE_REACH = 1500;
/** Paragraph reach per side: ~1 page of dense text. */
const MAX_PARAGRAPH_REACH = 5000;

const TERMINAL = /[.!?…]/;
const CLOSERS = /["'»”’)\]]/;
const STARTERS = /[\p{Lu}\p{N}"'«“(\[•–—-]/u;
/** Dotted abbreviations common in EU/OSCE/UN prose (English and Russian), lower-cased. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'no', 'nos', 'art', 'arts', 'para', 'paras', 'p', 'pp', 'vol', 'mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'cf', 'fig',
  'ed', 'eds', 'approx', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'т.е', 'т.д', 'т.п', 'т.к', 'г', 'гг', 'ст', 'см', 'др', 'п', 'пп', 'им', 'млн', 'млрд', 'тыс', 'руб', 'чел',
]);

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Does a sentence end right after `text[i]` (a terminal mark, possibly followed by closers)? Returns the end offset or -1. */
function sentenceEndAt(text: string, i: number): number {
  if (!TERMINAL.test(text[i])) return -1;
  let end = i + 1;
  while (end < text.length && (TERMINAL.test(text[end]) || CLOSERS.test(text[end]))) end++;
  if (end >= text.length) return end;
  if (!isSpace(text[end])) return -1;
  let next = end;
  while (next < text.length && isSpace(text[next])) next++;
  if (next >= text.length) return end;
  if (!STARTERS.test(text[next])) return -1;
  if (text[i] === '.') {
    // The word before the dot: "U.S." / "e.g." / "ст." are not sentence ends.
    let w = i;
    while (w > 0 && !isSpace(text[w - 1])) w--;
    const word = text.slice(w, i).toLowerCase().replace(/^[("'«“]+/, '');
    if (word.length === 1 || ABBREVIATIONS.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return -1;
  }
  return end;
}

/** Is there a paragraph break ending at `i` (i.e. text[i-1] === '\n' and the break qualifies)? */
function paragraphBreakBefore(text: string, i: number): boolean {
  if (i <= 0 || text[i - 1] !== '\n') return false;
  let j = i - 2;
  while (j >= 0 && text[j] !== '\n' && isSpace(text[j])) j--;
  if (j < 0 || text[j] === '\n') return true; // blank line
  while (j >= 0 && CLOSERS.test(text[j])) j--;
  return j >= 0 && /[.!?…:;]/.test(text[j]);
}

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
}

/** Offsets where a sentence ends (exclusive), including paragraph breaks, ascending. */
export function sentenceBoundaries(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && paragraphBreakBefore(text, i + 1)) out.push(i);
    else if (TERMINAL.test(ch)) {
      const e = sentenceEndAt(text, i);
      if (e !== -1 && out[out.length - 1] !== e) out.push(e);
    }
  }
  return out;
}

/** Offsets of paragraph breaks (the '\n' ending a paragraph), ascending. */
export function paragraphBoundaries(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' && paragraphBreakBefore(text, i + 1)) out.push(i);
  return out;
}

/** Greatest b <= x, or -1. */
function floorOf(bs: readonly number[], x: number): number {
  let lo = 0;
  let hi = bs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bs[mid] <= x) {
      best = bs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Smallest b >= x, or -1. */
function ceilOf(bs: readonly number[], x: number): number {
  let lo = 0;
  let hi = bs.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bs[mid] >= x) {
      best = bs[mid];
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return best;
}

/**
 * Widens [start, end) to the enclosing unit given its boundaries (from sentenceBoundaries or
 * paragraphBoundaries). Without a boundary within reach it stops at the reach limit, snapped
 * to a word edge, so a table without punctuation does not turn into a whole-page passage.
 */
export function extendRange(text: string, boundaries: readonly number[], start: number, end: number, unit: 'sentence' | 'paragraph'): [number, number] {
  const reach = unit === 'sentence' ? MAX_SENTENCE_REACH : MAX_PARAGRAPH_REACH;
  let s = floorOf(boundaries, start);
  if (s === -1) s = 0;
  if (start - s > reach) {
    s = start - reach;
    while (s < start && !isSpace(text[s - 1])) s++;
  }
  let e = ceilOf(boundaries, end);
  if (e === -1) e = text.length;
  if (e - end > reach) {
    e = end + reach;
    while (e > end && !isSpace(text[e])) e--;
  }
  return trimRange(text, s, e);
}

/** Sorted, overlapping or touching ranges merged (two words in one sentence give one passage). */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
