// Printed page numbers. Reports cite the number printed on the page, not the PDF position:
// EU, OSCE, UNODC, GRETA and TIP reports open with roman-numbered front matter, and page 1
// of the text is PDF page 5 or 9. Three sources, in order of trust:
//   1. the user's correction for the document ("PDF page 7 is printed page 3"),
//   2. the PDF's own /PageLabels (pdf.js getPageLabels, read at import),
//   3. numbers detected in the page texts at import (detectPrintedPages below).
// Without any of them the label is the PDF page number. Pure: used by import, exports and
// the reader alike.

export interface PageLabelFix {
  /** 1-based PDF page. */
  pdfPage: number;
  /** The arabic number printed on that page. */
  printed: number;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = Math.floor(n);
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Value of a lower- or upper-case roman numeral written canonically, else null. */
export function fromRoman(text: string): number | null {
  const s = text.toLowerCase();
  if (!/^[ivxlcdm]{1,12}$/.test(s)) return null;
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i]];
    const next = i + 1 < s.length ? values[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total > 0 && toRoman(total) === s ? total : null;
}

/** At most this many lines at the top and at the bottom of a page count as header/footer. */
const EDGE_LINES = 3;
/** "12", "- 12 -", "Page 12", "12 | GRETA(2021)5", "Стр. 12", "Report title 12". */
const NUMBER_IN_LINE = /^(?:(?:page|p\.|стр\.?|страница)\s*)?[-\u2013\u2014|(\s]*([0-9]{1,4}|[ivxlcdm]{1,8})[-\u2013\u2014|)\s]*(?:\/\s*\d+)?$|^\s*([0-9]{1,4})\s*[|\u2022\u00b7]|[|\u2022\u00b7]\s*([0-9]{1,4})\s*$/iu;

interface Candidate {
  arabic: number[];
  roman: number[];
}

function candidatesOf(text: string): Candidate {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const edge = lines.length <= 2 * EDGE_LINES ? lines : [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
  const out: Candidate = { arabic: [], roman: [] };
  for (const line of edge) {
    if (line.length > 80) continue;
    const m = NUMBER_IN_LINE.exec(line);
    if (!m) continue;
    const token = m[1] ?? m[2] ?? m[3];
    if (/^\d+$/.test(token)) out.arabic.push(Number(token));
    else {
      const r = fromRoman(token);
      if (r !== null) out.roman.push(r);
    }
  }
  return out;
}

/** The offset (pdfPage - printed) most pages agree on, with its number of pages. */
function bestOffset(values: Array<number[]>): { offset: number; votes: number } | null {
  const votes = new Map<number, number>();
  values.forEach((nums, i) => {
    for (const offset of new Set(nums.map((n) => i + 1 - n))) votes.set(offset, (votes.get(offset) ?? 0) + 1);
  });
  let best: { offset: number; votes: number } | null = null;
  for (const [offset, n] of votes) if (!best || n > best.votes || (n === best.votes && offset < best.offset)) best = { offset, votes: n };
  return best;
}

/**
 * Printed page numbers found in the headers and footers: an arabic number that advances one
 * per page on at least 3 pages and on half of the pages it could number, and roman numerals
 * before it. Pages before the arabic "1" get roman numerals (detected or counted from the
 * first page). Null when no such run exists (the PDF page numbers stand).
 */
export function detectPrintedPages(pageTexts: readonly string[]): string[] | null {
  const candidates = pageTexts.map(candidatesOf);
  const arabic = bestOffset(candidates.map((c) => c.arabic));
  if (!arabic || arabic.offset < 0) return null;
  const numbered = pageTexts.length - arabic.offset;
  if (arabic.votes < 3 || arabic.votes < numbered / 2) return null;
  if (arabic.offset === 0) return null; // printed numbers equal the PDF's: nothing to add
  const roman = bestOffset(candidates.map((c, i) => (i < arabic.offset ? c.roman : [])));
  const romanOffset = roman && roman.votes >= 2 ? roman.offset : 0;
  return pageTexts.map((_, i) => {
    const printed = i + 1 - arabic.offset;
    if (printed >= 1) return String(printed);
    const r = i + 1 - romanOffset;
    return r >= 1 ? toRoman(r) : toRoman(i + 1);
  });
}

const MAX_LABEL = 32;

/** Page labels from an untrusted source (a PDF, a colleague's file): strings of a sane size,
 *  exactly one per page, else null. */
export function cleanLabels(value: unknown, pageCount: number): string[] | null {
  if (!Array.isArray(value) || value.length !== pageCount) return null;
  const out: string[] = [];
  for (const v of value) {
    if (typeof v !== 'string') return null;
    out.push(v.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, MAX_LABEL));
  }
  // pdf.js returns labels that equal the page positions for PDFs that declare plain decimal
  // numbering: nothing to store.
  return out.every((l, i) => l === String(i + 1)) ? null : out;
}

/** The label every page is cited by: the fix, else the stored labels, else the PDF number. */
export function effectivePageLabels(pageCount: number, stored: readonly string[] | null, fix: PageLabelFix | null): string[] {
  const labels = Array.from({ length: pageCount }, (_, i) => {
    const s = stored?.[i];
    return s !== undefined && s !== '' ? s : String(i + 1);
  });
  if (!fix) return labels;
  const offset = fix.pdfPage - fix.printed;
  return labels.map((label, i) => {
    const printed = i + 1 - offset;
    if (printed >= 1) return String(printed);
    // Front matter before printed page 1: keep a non-arabic stored label, else count in roman.
    return /^\d+$/.test(label) ? toRoman(i + 1) : label;
  });
}

/**
 * The 0-based page a "go to page" entry means: the printed label first (case-insensitive,
 * "iv" or "IV"), else a PDF page number; -1 when neither exists.
 */
export function pageIndexForLabel(labels: readonly string[], input: string): number {
  const wanted = input.trim().toLowerCase();
  if (wanted === '') return -1;
  const byLabel = labels.findIndex((l) => l.toLowerCase() === wanted);
  if (byLabel >= 0) return byLabel;
  const n = Number(wanted);
  return Number.isInteger(n) && n >= 1 && n <= labels.length ? n - 1 : -1;
}

/** "PDF page 7 is printed page 3" as entered by the user; throws nothing, null when invalid. */
export function validPageLabelFix(value: unknown, pageCount: number): PageLabelFix | null {
  if (typeof value !== 'object' || value === null) return null;
  const { pdfPage, printed } = value as Record<string, unknown>;
  if (typeof pdfPage !== 'number' || !Number.isInteger(pdfPage) || pdfPage < 1 || pdfPage > pageCount) return null;
  if (typeof printed !== 'number' || !Number.isInteger(printed) || printed < 1 || printed > 100000) return null;
  return { pdfPage, printed };
}

/** The labels a document is cited by (its stored labels with the user's fix applied). */
export function documentPageLabels(doc: {
  pageCount: number;
  pageLabels?: { labels: readonly string[] } | null;
  pageLabelFix?: PageLabelFix | null;
}): string[] {
  return effectivePageLabels(doc.pageCount, doc.pageLabels?.labels ?? null, doc.pageLabelFix ?? null);
}
