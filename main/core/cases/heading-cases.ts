// Cases from headings, for a PDF without an outline: pure detection, no I/O
// (tests/unit/main/core/cases/heading-cases.test.ts). The body text's size is the size most
// characters are set in; a heading is a short line (≤ 15 words, with a letter) set larger than
// that (by 10 % or more) or in a bold face at least that size. Consecutive heading lines of one
// style on a page are one wrapped heading; a text that heads three or more pages is a running
// header, not a heading. Each style (size, then bold) is a level, largest first, so the plan and
// its level picker are the outline's (outline-cases.ts). The default level is the one whose
// headings name the most countries (a TIP report's "ALBANIA: Tier 2"), else the one with most.
import type { OutlineEntry, OutlinePlan } from '../../../shared/domain/case';
import { countryOfTitle, outlineLevels, planCases } from './outline-cases';

/** One laid-out line of text on a 0-based page. */
export interface HeadingLine {
  pageIndex: number;
  text: string;
  /** Font size in points. */
  size: number;
  bold: boolean;
}

const MAX_WORDS = 15;
const MAX_CHARS = 150;
/** A heading is set at least this much larger than the body text, unless it is bold. */
const LARGER = 1.1;
/** The same text heading this many pages is a running header. */
const RUNNING_HEADER_PAGES = 3;

/** The size most characters are set in (the smaller on a tie); 0 without text. */
export function bodySize(lines: readonly HeadingLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  for (const [size, n] of chars) if (n > (chars.get(best) ?? 0) || (n === chars.get(best) && size < best)) best = size;
  return best;
}

const styleKey = (l: HeadingLine) => `${l.size}|${l.bold ? 1 : 0}`;

function looksLikeHeading(l: HeadingLine, body: number): boolean {
  const text = l.text.trim();
  if (text.length < 2 || text.length > MAX_CHARS || !/\p{L}/u.test(text)) return false;
  if (text.split(/\s+/).length > MAX_WORDS) return false;
  return l.size >= body * LARGER || (l.bold && l.size >= body);
}

/** The headings of a document's lines (in reading order) as outline entries, level = style rank. */
export function detectHeadings(lines: readonly HeadingLine[]): OutlineEntry[] {
  const body = bodySize(lines);
  if (body === 0) return [];
  const found: Array<{ pageIndex: number; text: string; key: string }> = [];
  // Whether the line before was the last heading found (a wrapped heading continues it).
  let continues = false;
  for (const l of lines) {
    if (!looksLikeHeading(l, body)) {
      continues = false;
      continue;
    }
    const last = found[found.length - 1];
    if (continues && last && last.pageIndex === l.pageIndex && last.key === styleKey(l)) last.text = `${last.text} ${l.text.trim()}`;
    else found.push({ pageIndex: l.pageIndex, text: l.text.trim(), key: styleKey(l) });
    continues = true;
  }
  const pagesOf = new Map<string, Set<number>>();
  for (const h of found) {
    const t = h.text.toLowerCase();
    pagesOf.set(t, (pagesOf.get(t) ?? new Set()).add(h.pageIndex));
  }
  const headings = found.filter((h) => (pagesOf.get(h.text.toLowerCase())?.size ?? 0) < RUNNING_HEADER_PAGES);
  const styles = [...new Set(headings.map((h) => h.key))].sort((a, b) => {
    const [sa, ba] = a.split('|').map(Number);
    const [sb, bb] = b.split('|').map(Number);
    return sb - sa || bb - ba;
  });
  const level = new Map(styles.map((k, i) => [k, i]));
  return headings.map((h) => ({ title: h.text, level: level.get(h.key)!, pageIndex: h.pageIndex }));
}

/** The level whose headings name the most countries; without any, the one with the most headings (shallower on a tie). */
export function defaultHeadingLevel(entries: readonly OutlineEntry[]): number {
  const levels = outlineLevels(entries);
  const countries: number[] = levels.map(() => 0);
  for (const e of entries) if (countryOfTitle(e.title)) countries[e.level]++;
  let best = 0;
  levels.forEach((n, i) => {
    const better = countries[i] > countries[best] || (countries[i] === countries[best] && n > levels[best]);
    if (better) best = i;
  });
  return best;
}

/** The plan shown before anything is made, as for an outline; `source` says it came from headings. */
export function headingsPlan(documentId: string, entries: readonly OutlineEntry[], pageCount: number, level?: number): OutlinePlan {
  const chosen = level ?? defaultHeadingLevel(entries);
  return { documentId, pageCount, levels: outlineLevels(entries), level: chosen, cases: planCases(entries, pageCount, chosen), source: 'headings' };
}
