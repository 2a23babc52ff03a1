// Approximate string search: every place where `pattern` occurs in `text` with at most
// `maxErrors` edits (insertions, deletions, substitutions), in O(n * ceil(k / 32)) expected
// time. This is Myers' bit-parallel edit-distance algorithm (J. ACM 46(3), 1999) in the
// multi-block form of Hyyrö (2003): the pattern is cut into 32-bit blocks, so quotes of any
// length work (a 600-character paragraph is 19 blocks), and Ukkonen's cut-off keeps only the
// blocks whose cells can still be <= maxErrors active. For a 5,000-character page and a
// 200-character quote with 32 errors allowed that is ~2 blocks x 5,000 columns: well under 1 ms.
//
// Pass 1 scans forward with a free start (row 0 of the DP is all zeros) and reports end
// offsets; pass 2 finds each match's start by running the same recurrence backwards from the
// end over at most m + k characters with the start anchored (row 0 = 0, 1, 2, ...).

const W = 32;

export interface ApproxMatch {
  start: number;
  /** Exclusive. */
  end: number;
  errors: number;
}

/**
 * The pattern's match masks: for each distinct character, one 32-bit mask per block with a
 * bit set on the rows where it occurs, found through `slotOf` (0: not in the pattern). The
 * lookup is one array read for U+0000..U+04FF (Latin and Cyrillic, i.e. nearly every
 * character of a normalised report) and a Map probe above: the inner loop of a
 * whole-document search runs ~2 million times, and a full 64K table per quote would be
 * 128 KB of garbage for every re-anchored highlight.
 */
const TABLE_SIZE = 0x500;

interface Slots {
  table: Uint16Array;
  rest: Map<number, number>;
  count: number;
}

function buildSlots(pattern: string): Slots {
  const slots: Slots = { table: new Uint16Array(TABLE_SIZE), rest: new Map(), count: 0 };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (slotOf(slots, c) === 0) {
      slots.count++;
      if (c < TABLE_SIZE) slots.table[c] = slots.count;
      else slots.rest.set(c, slots.count);
    }
  }
  return slots;
}

function slotOf(slots: Slots, c: number): number {
  return c < TABLE_SIZE ? slots.table[c] : (slots.rest.get(c) ?? 0);
}

interface Masks {
  slots: Slots;
  masks: Int32Array;
}

function buildMasks(pattern: string, slots: Slots, blocks: number): Masks {
  const masks = new Int32Array((slots.count + 1) * blocks);
  for (let i = 0; i < pattern.length; i++) {
    masks[slotOf(slots, pattern.charCodeAt(i)) * blocks + ((i / W) | 0)] |= 1 << i % W;
  }
  return { slots, masks };
}

/** Mutable state of one column of the DP: vertical deltas per block (+1 in P, -1 in M). */
interface Column {
  P: Int32Array;
  M: Int32Array;
  /** Mask of the bit holding each block's last row (bit 31, or the pattern's last row). */
  last: Int32Array;
}

/**
 * Advances block b by one text column whose match mask is `eq0`; `hIn` is the horizontal
 * delta (-1, 0, +1) entering the block's top row. Returns the delta leaving its last row.
 */
function advance(col: Column, b: number, eq0: number, hIn: number): number {
  const pv = col.P[b];
  const mv = col.M[b];
  const negIn = hIn < 0 ? 1 : 0;
  const eq = eq0 | negIn;
  const xv = eq | mv;
  const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const lastBit = col.last[b];
  const hOut = (ph & lastBit) !== 0 ? 1 : (mh & lastBit) !== 0 ? -1 : 0;
  ph = (ph << 1) | (hIn > 0 ? 1 : 0);
  mh = (mh << 1) | negIn;
  col.P[b] = mh | ~(xv | ph);
  col.M[b] = ph & xv;
  return hOut;
}

function newColumn(m: number, blocks: number): Column {
  const last = new Int32Array(blocks).fill(1 << (W - 1));
  last[blocks - 1] = 1 << ((m - 1) % W);
  return { P: new Int32Array(blocks).fill(-1), M: new Int32Array(blocks), last };
}

function blockHeight(m: number, blocks: number, b: number): number {
  return b < blocks - 1 ? W : m - W * (blocks - 1);
}

type End = { end: number; errors: number };

/** Single-block case (quotes of <= 32 characters): the same recurrence with everything in locals. */
function findEndsOneBlock(text: string, m: number, fwd: Masks, k: number, from: number, to: number): End[] {
  const { slots, masks } = fwd;
  const { table } = slots;
  const lastBit = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  const ends: End[] = [];
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    const eq = masks[c < TABLE_SIZE ? table[c] : slotOf(slots, c)];
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if ((ph & lastBit) !== 0) score++;
    else if ((mh & lastBit) !== 0) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) ends.push({ end: j + 1, errors: score });
  }
  return ends;
}

/** End offsets (exclusive) in text[from, to) where the pattern matches with <= maxErrors. */
function findEnds(text: string, m: number, fwd: Masks, maxErrors: number, from: number, to: number): End[] {
  const blocks = Math.ceil(m / W);
  if (blocks === 1) return findEndsOneBlock(text, m, fwd, maxErrors, from, to);
  const { slots, masks } = fwd;
  const { table } = slots;
  const col = newColumn(m, blocks);
  const { P, M, last } = col;
  const score = new Int32Array(blocks);
  // Cells of the first column equal their row number; the last active block y starts as the
  // lowest block that can hold a cell <= maxErrors.
  let y = Math.max(0, Math.ceil(maxErrors / W) - 1);
  for (let b = 0; b < blocks; b++) score[b] = Math.min(m, (b + 1) * W);
  const ends: End[] = [];
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    const base = (c < TABLE_SIZE ? table[c] : slotOf(slots, c)) * blocks;
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      // advance() inlined: this loop is the hot spot of whole-document searches.
      const pv = P[b];
      const mv = M[b];
      const negIn = carry < 0 ? 1 : 0;
      const eq = masks[base + b] | negIn;
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const lastBit = last[b];
      const hOut = (ph & lastBit) !== 0 ? 1 : (mh & lastBit) !== 0 ? -1 : 0;
      ph = (ph << 1) | (carry > 0 ? 1 : 0);
      mh = (mh << 1) | negIn;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      carry = hOut;
      score[b] += carry;
    }
    if (y < blocks - 1 && score[y] - carry <= maxErrors && ((masks[base + y + 1] & 1) !== 0 || carry < 0)) {
      // The next block may now hold a cell <= maxErrors: start it from the pessimistic column
      // "previous bottom + 1 per row" and advance it through this column.
      y++;
      P[y] = -1;
      M[y] = 0;
      score[y] = score[y - 1] - carry + blockHeight(m, blocks, y) + advance(col, y, masks[base + y], carry);
    } else {
      while (y > 0 && score[y] >= maxErrors + W) y--;
    }
    if (y === blocks - 1 && score[y] <= maxErrors) ends.push({ end: j + 1, errors: score[y] });
  }
  return ends;
}

/**
 * The start giving the fewest errors for a match ending at `end`: global distance between
 * the pattern and text[s, end) for every s >= end - m - maxErrors, computed backwards.
 */
function findStart(text: string, m: number, rev: Masks, end: number, maxErrors: number, from: number): { start: number; errors: number } {
  const blocks = Math.ceil(m / W);
  const { slots, masks } = rev;
  const col = newColumn(m, blocks);
  const score = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) score[b] = Math.min(m, (b + 1) * W);
  let best = { start: end, errors: m };
  const limit = Math.max(from, end - m - maxErrors);
  for (let j = end - 1; j >= limit; j--) {
    const base = slotOf(slots, text.charCodeAt(j)) * blocks;
    // Row 0 grows by one per column: the match must end exactly at `end`.
    let carry = 1;
    for (let b = 0; b < blocks; b++) {
      carry = advance(col, b, masks[base + b], carry);
      score[b] += carry;
    }
    const errors = score[blocks - 1];
    if (errors < best.errors || (errors === best.errors && Math.abs(end - j - m) < Math.abs(end - best.start - m))) {
      best = { start: j, errors };
    }
  }
  return best;
}

/** Ends within one cluster (consecutive offsets) are one occurrence seen with a character more
 * or less: keep the lowest-error end of each, splitting clusters longer than the pattern so
 * back-to-back occurrences are both kept. */
function pickClusterBests(ends: End[], m: number): End[] {
  const picked: End[] = [];
  let best = ends[0];
  let clusterFirst = ends[0].end;
  for (let i = 1; i <= ends.length; i++) {
    const e = ends[i];
    if (e === undefined || e.end !== ends[i - 1].end + 1 || e.end - clusterFirst >= m) {
      picked.push(best);
      if (e === undefined) break;
      best = e;
      clusterFirst = e.end;
    } else if (e.errors < best.errors) {
      best = e;
    }
  }
  return picked;
}

/** A pattern prepared once and searched in many texts (every page of a document). */
export interface ApproxSearcher {
  readonly pattern: string;
  /** Occurrences in text[from, to) with at most maxErrors errors, best of each cluster. */
  search(text: string, maxErrors: number, from?: number, to?: number): ApproxMatch[];
}

export function createApproxSearcher(pattern: string): ApproxSearcher {
  const m = pattern.length;
  const blocks = Math.max(1, Math.ceil(m / W));
  const slots = buildSlots(pattern);
  const fwd = buildMasks(pattern, slots, blocks);
  // The backward pass reads the text one UTF-16 unit at a time, so the pattern is reversed
  // by units too (a surrogate pair reversed is still compared unit against unit).
  const rev = buildMasks(pattern.split('').reverse().join(''), slots, blocks);
  return {
    pattern,
    search(text, maxErrors, from = 0, to = text.length) {
      const lo = Math.max(0, from);
      const hi = Math.min(text.length, to);
      if (m === 0 || hi <= lo) return [];
      const k = Math.max(0, Math.min(Math.floor(maxErrors), m));
      const ends = findEnds(text, m, fwd, k, lo, hi);
      if (ends.length === 0) return [];
      return pickClusterBests(ends, m).map(({ end }) => {
        const { start, errors } = findStart(text, m, rev, end, k, lo);
        return { start, end, errors };
      });
    },
  };
}

/**
 * All approximate occurrences of `pattern` in text[from, to) with at most `maxErrors`
 * errors, one per cluster of neighbouring end positions (the best of the cluster).
 */
export function approximateSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproxMatch[] {
  return createApproxSearcher(pattern).search(text, maxErrors, from, to);
}

/** Levenshtein distance of two short strings (context of <= 32 code points: ~1,000 cells). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
