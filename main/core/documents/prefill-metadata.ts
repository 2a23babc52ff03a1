// Prefills a document's editable attributes from what the PDF gives us: language from the
// share of Cyrillic vs Latin letters, title from the info dictionary (else the first
// substantial line, else the file name), year from the first page (a plausible year printed
// there; never the PDF's creation date, which is when the file was made: the drawer offers
// that one marked "from PDF metadata", shared/pdf/metadata-year.ts), printed page labels.
// Guesses only: the user edits them in the library.
import type { StoredPageLabels } from '../../../shared/domain/document';
import { cleanLabels, detectPrintedPages } from '../../../shared/pdf/page-labels';

/** At most this many characters are sampled for language detection (~15 dense pages). */
const LANGUAGE_SAMPLE_CHARS = 40_000;
/** Fewer letters than this (e.g. a scanned PDF without a text layer): language unknown. */
const MIN_LETTERS = 40;
const YEAR_MIN = 1990;
const YEAR_MAX = 2035;

const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'for', 'on', 'that', 'with', 'by', 'are', 'as', 'be', 'this']);

/** 'ru' | 'en' | 'other', or '' when the text has too few letters to tell. */
export function detectLanguage(pages: readonly string[]): string {
  let sample = '';
  for (const p of pages) {
    sample += p + '\n';
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
  }
  sample = sample.slice(0, LANGUAGE_SAMPLE_CHARS);
  const cyrillic = (sample.match(/[\u0400-\u04FF]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z\u00C0-\u024F]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) return '';
  // Russian reports quote English names and acronyms freely (and vice versa), so the
  // majority script decides rather than any presence.
  if (cyrillic / letters >= 0.5) return 'ru';
  if (latin / letters < 0.5) return 'other';
  // Latin script: English only if its function words are common (>= 4 per 100 words;
  // English prose runs at 20-25, French or German prose well under 2).
  const words = sample.toLowerCase().match(/[a-z\u00C0-\u024F]+/g) ?? [];
  const fn = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return words.length > 0 && fn / words.length >= 0.04 ? 'en' : 'other';
}

/** Info-dictionary titles that say nothing about the document. */
function usableInfoTitle(raw: string): string {
  let t = raw.replace(/\s+/g, ' ').trim();
  t = t.replace(/^Microsoft (Word|PowerPoint|Excel) - /i, '').replace(/\.(docx?|pptx?|xlsx?|rtf|odt|indd|pdf)$/i, '');
  if (t.length < 3 || !/\p{L}/u.test(t)) return '';
  if (/^(untitled|title|document\d*|unknown|none|\(?anonymous\)?)$/i.test(t)) return '';
  return t;
}

/** First line of the first pages that reads like a heading: >= 8 chars, mostly letters. */
function firstSubstantialLine(pages: readonly string[]): string {
  for (const page of pages.slice(0, 3)) {
    for (const raw of page.split('\n')) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (line.length < 8 || line.length > 200) continue;
      const letters = (line.match(/\p{L}/gu) ?? []).length;
      if (letters / line.length < 0.6) continue;
      return line;
    }
  }
  return '';
}

export function fileNameTitle(fileName: string): string {
  return fileName.replace(/\.pdf$/i, '').replace(/[_]+/g, ' ').trim() || fileName;
}

export function prefillTitle(infoTitle: string, pages: readonly string[], fileName: string): string {
  return usableInfoTitle(infoTitle) || firstSubstantialLine(pages) || fileNameTitle(fileName);
}

export function prefillYear(pages: readonly string[]): number | null {
  const first = pages[0] ?? '';
  for (const m of first.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)) {
    const y = Number(m[1]);
    if (y >= YEAR_MIN && y <= YEAR_MAX) return y;
  }
  return null;
}

/** Printed page labels: the PDF's own /PageLabels when they say more than the page
 *  positions, else numbers detected in the headers and footers, else none. */
export function pageLabelsAtImport(pdfLabels: string[] | null, pages: readonly string[]): StoredPageLabels | null {
  const fromPdf = cleanLabels(pdfLabels, pages.length);
  if (fromPdf) return { source: 'pdf', labels: fromPdf };
  const detected = detectPrintedPages(pages);
  return detected ? { source: 'detected', labels: detected } : null;
}
