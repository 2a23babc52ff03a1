// Annotations already inside a PDF (Zotero's "export with annotations", Acrobat, Okular) as
// Glossa highlights: highlight / underline / strike-out become text highlights on the text
// their quads cover (rangeForQuads over the page's text layout), with the quads as rects;
// squares, sticky notes and markup over no text become area highlights. Comments (/Contents)
// and authors (/T) come along; colours become codes through the table the user confirmed
// (shared/pdf/annotation-colours.ts gives its defaults). Each annotation's source key —
// page, object id and a hash of subtype and rect — makes a re-run add nothing twice.
// pdf.js reads the stored bytes here, page by page, with progress; a page pdf.js cannot read
// is skipped and counted, a file it cannot open is refused with a clear message.
import { createHash } from 'node:crypto';
import { createSelectors, trimRange } from '../../../shared/anchoring/create-selectors';
import { rangeForQuads } from '../../../shared/anchoring/quads-to-text';
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import type { ColourMapRow, PdfAnnotationImportResult, PdfAnnotationScan, PdfColourSummary } from '../../../shared/domain/pdf-annotations';
import { GlossaError } from '../../../shared/errors';
import { paletteColour } from '../../../shared/pdf/annotation-colours';
import { isHexColor } from '../../../shared/rules/colour-rules';
import type { Db } from '../../db/connection';
import { sourceKeysOf, storedPageText } from '../../db/repositories/annotations';
import { getDocument, getPdfBytes } from '../../db/repositories/documents';
import { type PdfAnnotationData, readPageAnnotations } from '../../pdf/pdf-annotations';
import { extractPageLayout, openPdf } from '../../pdf/pdfjs-node';
import { type CodeRef, type IncomingHighlight, insertImported } from './insert-imported';

export type PagesProgress = (pagesDone: number, pageCount: number) => void;

const round = (n: number) => n.toFixed(2);

export function pdfSourceKey(a: PdfAnnotationData): string {
  const r = a.rect;
  const hash = createHash('sha256').update(`${a.subtype}|${round(r.x1)}|${round(r.y1)}|${round(r.x2)}|${round(r.y2)}`).digest('hex').slice(0, 16);
  return `pdf:${a.pageNumber}:${a.objectId || '-'}:${hash}`;
}

interface ReadPage {
  annotations: PdfAnnotationData[];
  /** The page's text layout, read only for pages with text markup. */
  spans: Awaited<ReturnType<typeof extractPageLayout>> | null;
}

async function readAll(db: Db, documentId: string, withLayout: boolean, onProgress?: PagesProgress): Promise<ReadPage[]> {
  const meta = getDocument(db, documentId);
  let pdf: Awaited<ReturnType<typeof openPdf>>;
  try {
    pdf = await openPdf(getPdfBytes(db, documentId).slice());
  } catch {
    throw new GlossaError('annotationImport.badPdf', `The PDF of "${meta.title || meta.fileName}" cannot be read, so its annotations cannot be imported.`);
  }
  try {
    const pages: ReadPage[] = [];
    const count = Math.min(pdf.numPages, meta.pageCount);
    for (let n = 1; n <= count; n++) {
      try {
        const annotations = await readPageAnnotations(pdf, n);
        const markup = annotations.some((a) => a.quads.length > 0);
        pages.push({ annotations, spans: withLayout && markup ? await extractPageLayout(pdf, n) : null });
      } catch {
        pages.push({ annotations: [], spans: null });
      }
      onProgress?.(n, count);
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** What the document's PDF holds: counts per colour, for the colour table. */
export async function scanPdfAnnotations(db: Db, documentId: string, onProgress?: PagesProgress): Promise<PdfAnnotationScan> {
  const pages = await readAll(db, documentId, false, onProgress);
  const have = sourceKeysOf(db, documentId);
  const counts = new Map<string | null, number>();
  let total = 0;
  let alreadyImported = 0;
  for (const a of pages.flatMap((p) => p.annotations)) {
    total++;
    if (have.has(pdfSourceKey(a))) alreadyImported++;
    counts.set(a.color, (counts.get(a.color) ?? 0) + 1);
  }
  const colours: PdfColourSummary[] = [...counts].map(([color, count]) => {
    const p = color ? paletteColour(color) : null;
    return { color, count, palette: p?.palette ?? null, paletteName: p?.name ?? null };
  });
  colours.sort((a, b) => b.count - a.count || String(a.color).localeCompare(String(b.color)));
  return { documentId, total, alreadyImported, colours };
}

function checkColourMap(map: unknown): Map<string | null, ColourMapRow> {
  if (!Array.isArray(map) || map.length > 10_000) throw new GlossaError('annotationImport.badColourMap', 'The colour table must be a list.');
  const out = new Map<string | null, ColourMapRow>();
  for (const row of map as unknown[]) {
    const r = row as Partial<ColourMapRow> | null;
    const ok =
      r && typeof r === 'object' && (r.color === null || isHexColor(r.color)) &&
      ((r.action === 'code' && typeof r.codeId === 'string') || (r.action === 'new' && typeof r.name === 'string' && (r.lang === undefined || r.lang === 'en' || r.lang === 'ru')) || r.action === 'none');
    if (!ok) throw new GlossaError('annotationImport.badColourMap', 'A row of the colour table is not valid.');
    out.set(r.color === null ? null : (r.color as string).toLowerCase(), r as ColourMapRow);
  }
  return out;
}

function targetOf(a: PdfAnnotationData, page: ReadPage, text: string): { kind: 'text' | 'area'; target: AnnotationTarget } {
  const pageIndex = a.pageNumber - 1;
  if (a.quads.length > 0 && page.spans) {
    const range = rangeForQuads(page.spans, a.quads);
    const trimmed = range ? trimRange(text, range.start, range.end) : null;
    if (trimmed && trimmed.end > trimmed.start) {
      const { quote, position } = createSelectors(text, trimmed.start, trimmed.end);
      return { kind: 'text', target: { pageIndex, rects: a.quads, quote, position } };
    }
  }
  return { kind: 'area', target: { pageIndex, rects: a.quads.length > 0 ? a.quads : [a.rect], quote: null, position: null } };
}

export async function importPdfAnnotations(
  db: Db,
  coder: Coder,
  documentId: string,
  colourMap: unknown,
  onProgress?: PagesProgress,
): Promise<PdfAnnotationImportResult> {
  const map = checkColourMap(colourMap);
  const pages = await readAll(db, documentId, true, onProgress);
  const have = sourceKeysOf(db, documentId);
  const items: IncomingHighlight[] = [];
  let areas = 0;
  pages.forEach((page, i) => {
    const text = storedPageText(db, documentId, i) ?? '';
    for (const a of page.annotations) {
      const sourceKey = pdfSourceKey(a);
      if (have.has(sourceKey)) continue;
      const { kind, target } = targetOf(a, page, text);
      if (kind === 'area' && a.quads.length > 0) areas++;
      const row = map.get(a.color);
      const codeIds = row?.action === 'code' ? [row.codeId] : [];
      const codePaths: CodeRef[] = row?.action === 'new' ? [{ path: [row.name], ...(a.color ? { color: a.color } : {}), ...(row.lang ? { lang: row.lang } : {}) }] : [];
      items.push({
        sourceKey,
        kind,
        targets: [target],
        // Coded highlights take their code's colour; uncoded ones keep the PDF's.
        color: row && row.action !== 'none' ? null : a.color,
        comment: a.contents,
        codeIds,
        codePaths,
        author: a.author || null,
        anchorStatus: 'anchored',
      });
    }
  });
  const skipped = pages.reduce((n, p) => n + p.annotations.length, 0) - items.length;
  const counts = items.length > 0 ? insertImported(db, coder, documentId, items, 'Import PDF annotations').result : { added: 0, skipped: 0 };
  return { documentId, added: counts.added, skipped: skipped + counts.skipped, areas };
}
