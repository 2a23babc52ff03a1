// The rules for stored OCR (table page_ocr), applied to every OCR row of a project file before
// it is opened (main/db/row-check.ts): the words must be JSON lines of words with finite boxes
// and a 0-100 confidence, the source fields short text, the page one the document has, and the
// page's stored text exactly the text built from the words. The reader lays its text layer
// out from the words and highlights index the page text, so a file whose two disagree would
// put every highlight on the wrong words.
import { GlossaError } from '../errors';
import { type OcrLine, ocrPageText } from '../pdf/ocr-text';

/** A dense A4 page holds ~800 words; 20,000 leaves room for posters and tiny print. */
export const MAX_OCR_WORDS = 20_000;
const MAX_WORD = 200;
const MAX_SOURCE = 500;
/** PDF user space is bounded by 14,400 units per side (PDF 1.7 Annex C); ±100,000 covers offsets. */
const MAX_COORD = 100_000;
const LANGUAGES_RE = /^[a-z_]{3,16}(\+[a-z_]{3,16}){0,7}$/;

function bad(field: string, message: string): GlossaError {
  return new GlossaError('api.badInput', message, { field });
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_COORD;
}

/** Parses and checks the words JSON; returns the lines. */
export function checkOcrWordsJson(json: unknown): OcrLine[] {
  let lines: unknown;
  try {
    lines = JSON.parse(String(json));
  } catch {
    throw bad('words', 'The OCR words are not JSON.');
  }
  if (!Array.isArray(lines)) throw bad('words', 'The OCR words must be a list of lines.');
  let count = 0;
  for (const line of lines) {
    if (!Array.isArray(line)) throw bad('words', 'Each OCR line must be a list of words.');
    for (const w of line as unknown[]) {
      if (++count > MAX_OCR_WORDS) throw bad('words', `A page holds at most ${MAX_OCR_WORDS} OCR words.`);
      const o = w as Record<string, unknown>;
      if (!o || typeof o !== 'object' || typeof o.text !== 'string' || o.text.length === 0 || o.text.length > MAX_WORD || /\s/u.test(o.text)) {
        throw bad('words', 'An OCR word must be 1-200 characters of text without spaces.');
      }
      if (![o.x1, o.y1, o.x2, o.y2].every(finite) || (o.x1 as number) > (o.x2 as number) || (o.y1 as number) > (o.y2 as number)) {
        throw bad('words', 'An OCR word box must be four finite coordinates with x1 <= x2 and y1 <= y2.');
      }
      if (typeof o.conf !== 'number' || !(o.conf >= 0 && o.conf <= 100)) throw bad('words', 'An OCR word confidence must be 0-100.');
    }
  }
  return lines as OcrLine[];
}

export function checkOcrConfidence(v: unknown): number {
  if (typeof v !== 'number' || !(v >= 0 && v <= 100)) throw bad('confidence', 'The OCR confidence must be 0-100.');
  return v;
}

export function checkOcrSource(engine: unknown, dataVersion: unknown, languages: unknown): void {
  for (const [field, v] of [['engine', engine], ['data_version', dataVersion]] as const) {
    if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_SOURCE) throw bad(field, `The OCR ${field.replace('_', ' ')} must be 1-${MAX_SOURCE} characters.`);
  }
  if (typeof languages !== 'string' || !LANGUAGES_RE.test(languages)) throw bad('languages', 'The OCR languages must be codes like "rus+eng".');
}

/** The stored page text of an OCR'd page must be the text of its words. */
export function checkOcrPageText(lines: OcrLine[], pageText: string | null): void {
  if (pageText === null) throw bad('page_index', 'The OCR row names a page the document does not have.');
  if (ocrPageText(lines) !== pageText) throw bad('words', "The page's text does not match its OCR words.");
}
