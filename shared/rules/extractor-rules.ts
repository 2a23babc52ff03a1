// The rule for a document's recorded extractor (documents.extractor, a JSON column): what the
// import writes and what every project file's rows are held to before they are opened
// (main/db/row-check.ts). NULL means "not recorded" (documents imported before it was).
import type { DocumentExtractor } from '../domain/document';
import { GlossaError } from '../errors';

/** Version strings are short tokens like "5.6.205" or "tesseract.js 7.0.0"; 64 is plenty. */
const MAX_VERSION = 256;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function bad(message: string): GlossaError {
  return new GlossaError('api.badInput', message, { field: 'extractor' });
}

function token(v: unknown, what: string): string {
  if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_VERSION || CONTROL.test(v)) {
    throw bad(`The extractor's ${what} must be a short text (at most ${MAX_VERSION} characters).`);
  }
  return v;
}

/** A checked extractor record (unknown keys refused, so nothing rides along unseen). */
export function checkExtractor(value: unknown): DocumentExtractor {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('The extractor must be an object.');
  const v = value as Record<string, unknown>;
  const extra = Object.keys(v).filter((k) => !['pdfjs', 'textVersion', 'ocr'].includes(k));
  if (extra.length > 0) throw bad(`The extractor has unknown fields (${extra.slice(0, 3).join(', ')}).`);
  if (!Number.isInteger(v.textVersion) || (v.textVersion as number) < 1 || (v.textVersion as number) > 1_000_000) {
    throw bad('The extractor text version must be a whole number from 1.');
  }
  const out: DocumentExtractor = { pdfjs: token(v.pdfjs, 'pdf.js version'), textVersion: v.textVersion as number };
  if (v.ocr !== undefined) {
    const o = v.ocr as Record<string, unknown>;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw bad('The extractor OCR record must be an object.');
    const extraOcr = Object.keys(o).filter((k) => !['engine', 'version', 'data'].includes(k));
    if (extraOcr.length > 0) throw bad(`The extractor OCR record has unknown fields (${extraOcr.slice(0, 3).join(', ')}).`);
    out.ocr = { engine: token(o.engine, 'OCR engine'), version: token(o.version, 'OCR version'), data: token(o.data, 'OCR data version') };
  }
  return out;
}

/** The stored column: NULL, or JSON that passes checkExtractor. */
export function checkExtractorJson(json: unknown): DocumentExtractor | null {
  if (json === null) return null;
  let v: unknown;
  try {
    v = typeof json === 'string' ? JSON.parse(json) : undefined;
  } catch {
    throw bad('The extractor is not JSON.');
  }
  return checkExtractor(v);
}

/** The column value for a record (null: not recorded). */
export function extractorJson(e: DocumentExtractor | null | undefined): string | null {
  return e ? JSON.stringify(checkExtractor(e)) : null;
}

/** Whether two records name the same extractor (a different one: the anchors need a re-check). */
export function sameExtractor(a: DocumentExtractor | null | undefined, b: DocumentExtractor | null | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
