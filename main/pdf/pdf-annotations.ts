// Reading the annotations embedded in a PDF (highlights, underlines, strike-outs, squares and
// sticky notes — what Zotero's "export with annotations", Acrobat and Okular write) through
// pdf.js' getAnnotations, as plain data. Part of the pdf.js adapter: only pdfjs-node.ts and
// this file touch pdf.js objects. pdf.js normalises QuadPoints to one axis-aligned box per
// quad (minX, maxY, maxX, maxY, minX, minY, maxX, minY) and gives /C as 0-255 bytes.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfRect } from '../../shared/domain/annotation';

export const PDF_ANNOTATION_SUBTYPES = ['Highlight', 'Underline', 'StrikeOut', 'Square', 'Text'] as const;
export type PdfAnnotationSubtype = (typeof PDF_ANNOTATION_SUBTYPES)[number];

export interface PdfAnnotationData {
  /** pdf.js' id: the annotation's object reference ("12R"), stable for the same file. */
  objectId: string;
  subtype: PdfAnnotationSubtype;
  /** 1-based page number. */
  pageNumber: number;
  rect: PdfRect;
  /** One box per QuadPoints quad (text markup); [] for squares and notes. */
  quads: PdfRect[];
  /** #rrggbb from /C, or null when the annotation has none. */
  color: string | null;
  contents: string;
  /** /T — the author, as readers show it. */
  author: string;
  modified: string | null;
}

/** At most this many annotations per page are read: a real page has dozens, a hostile one millions. */
export const MAX_ANNOTATIONS_PER_PAGE = 5000;

interface RawAnnotation {
  subtype?: string;
  id?: string;
  rect?: number[];
  quadPoints?: ArrayLike<number> | null;
  color?: ArrayLike<number> | null;
  contentsObj?: { str?: string };
  titleObj?: { str?: string };
  modificationDate?: string | null;
  inReplyTo?: string;
}

const hex = (c: ArrayLike<number>) => `#${Array.from(c).slice(0, 3).map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('')}`;

function rectOf(r: ArrayLike<number> | undefined): PdfRect | null {
  if (!r || r.length < 4) return null;
  const [x1, y1, x2, y2] = [r[0], r[1], r[2], r[3]];
  if (![x1, y1, x2, y2].every(Number.isFinite)) return null;
  return { x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) };
}

function quadsOf(q: ArrayLike<number> | null | undefined): PdfRect[] {
  const out: PdfRect[] = [];
  if (!q) return out;
  for (let i = 0; i + 8 <= q.length && out.length < 2000; i += 8) {
    const r = rectOf([q[i], q[i + 5], q[i + 2], q[i + 1]]);
    if (r && r.x2 > r.x1 && r.y2 > r.y1) out.push(r);
  }
  return out;
}

/** The supported annotations of one page (1-based); replies (IRT) are left out. */
export async function readPageAnnotations(doc: PDFDocumentProxy, pageNumber: number): Promise<PdfAnnotationData[]> {
  const page = await doc.getPage(pageNumber);
  try {
    const raw = (await page.getAnnotations({ intent: 'display' })) as RawAnnotation[];
    const out: PdfAnnotationData[] = [];
    for (const a of raw.slice(0, MAX_ANNOTATIONS_PER_PAGE)) {
      const subtype = PDF_ANNOTATION_SUBTYPES.find((s) => s === a.subtype);
      const rect = rectOf(a.rect);
      if (!subtype || !rect || a.inReplyTo) continue;
      const quads = subtype === 'Square' || subtype === 'Text' ? [] : quadsOf(a.quadPoints);
      out.push({
        objectId: String(a.id ?? '').slice(0, 40),
        subtype,
        pageNumber,
        rect,
        quads: quads.length > 0 || subtype === 'Square' || subtype === 'Text' ? quads : [rect],
        color: a.color && a.color.length >= 3 ? hex(a.color) : null,
        contents: String(a.contentsObj?.str ?? '').slice(0, 100_000),
        author: String(a.titleObj?.str ?? '').slice(0, 100),
        modified: typeof a.modificationDate === 'string' ? a.modificationDate : null,
      });
    }
    return out;
  } finally {
    page.cleanup();
  }
}
