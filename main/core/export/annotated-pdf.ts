// An annotated copy of a document's PDF: every Glossa highlight as a real PDF annotation that
// Acrobat, Zotero and pdf.js show and list. A text highlight becomes a /Highlight with one quad
// per line rect, an area a /Square; /C is the first code's colour (else the highlight's own,
// else Zotero yellow), /Contents the codes ("Codes: A > B; C") and the comment, /T the author,
// /NM a stable "glossa-<id>-<n>", and a /Popup holds the text. Each annotation carries its own
// appearance stream (multiply blend, 40% opacity) so readers that do not synthesise one still
// draw it; /Rect encloses every quad (readers clip to it; pdf.js checks it for other markup). The original bytes are
// loaded with pdf-lib and the annotations appended; nothing else in the file changes.
import { PDFDocument, PDFHexString, PDFName, type PDFPage, type PDFRef, PDFString } from 'pdf-lib';
import type { AnnotationTarget, PdfRect } from '../../../shared/domain/annotation';

export interface AnnotatedHighlight {
  id: string;
  kind: 'text' | 'area';
  targets: AnnotationTarget[];
  /** #rrggbb */
  color: string;
  codePaths: string[][];
  comment: string;
  author: string;
  modifiedAt: string;
}

export const DEFAULT_HIGHLIGHT_COLOR = '#ffd400';
const OPACITY = 0.4;

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => Math.round((parseInt(hex.slice(i, i + 2), 16) / 255) * 1000) / 1000) as [number, number, number];

export function contentsOf(h: Pick<AnnotatedHighlight, 'codePaths' | 'comment'>): string {
  const codes = h.codePaths.length > 0 ? `Codes: ${h.codePaths.map((p) => p.join(' > ')).join('; ')}` : '';
  return [codes, h.comment.trim()].filter(Boolean).join('\n\n');
}

function union(rects: readonly PdfRect[], pad: number): [number, number, number, number] {
  return [
    Math.min(...rects.map((r) => Math.min(r.x1, r.x2))) - pad,
    Math.min(...rects.map((r) => Math.min(r.y1, r.y2))) - pad,
    Math.max(...rects.map((r) => Math.max(r.x1, r.x2))) + pad,
    Math.max(...rects.map((r) => Math.max(r.y1, r.y2))) + pad,
  ];
}

const n2 = (v: number) => (Math.round(v * 100) / 100).toString();

function appearance(doc: PDFDocument, kind: 'text' | 'area', rects: readonly PdfRect[], box: number[], color: [number, number, number]): PDFRef {
  const ops = ['/GS0 gs', `${color.map(n2).join(' ')} ${kind === 'area' ? 'RG 1.5 w' : 'rg'}`];
  for (const r of rects) {
    const [x, y] = [Math.min(r.x1, r.x2), Math.min(r.y1, r.y2)];
    ops.push(`${n2(x)} ${n2(y)} ${n2(Math.abs(r.x2 - r.x1))} ${n2(Math.abs(r.y2 - r.y1))} re ${kind === 'area' ? 'S' : 'f'}`);
  }
  const stream = doc.context.stream(ops.join('\n'), {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: box,
    Resources: { ExtGState: { GS0: { Type: 'ExtGState', BM: kind === 'area' ? 'Normal' : 'Multiply', ca: OPACITY, CA: kind === 'area' ? 1 : OPACITY } } },
  });
  return doc.context.register(stream);
}

function addAnnotation(doc: PDFDocument, page: PDFPage, h: AnnotatedHighlight, target: AnnotationTarget, n: number): void {
  const rects = target.rects.filter((r) => [r.x1, r.y1, r.x2, r.y2].every(Number.isFinite));
  const color = rgb(h.color);
  const box = union(rects, 1);
  const date = PDFString.fromDate(new Date(Number.isNaN(Date.parse(h.modifiedAt)) ? 0 : Date.parse(h.modifiedAt)));
  const dict = doc.context.obj({
    Type: 'Annot',
    Subtype: h.kind === 'area' ? 'Square' : 'Highlight',
    Rect: box,
    C: color,
    CA: h.kind === 'area' ? 1 : OPACITY,
    F: 4,
    M: date,
    NM: PDFString.of(`glossa-${h.id}-${n}`),
    ...(h.kind === 'area' ? { BS: { W: 1.5 } } : {}),
  });
  if (h.kind === 'text') {
    // Per PDF 32000 12.5.6.10 and Acrobat's practice: upper-left, upper-right, lower-left, lower-right.
    const quads = rects.flatMap((r) => {
      const [x1, x2, y1, y2] = [Math.min(r.x1, r.x2), Math.max(r.x1, r.x2), Math.min(r.y1, r.y2), Math.max(r.y1, r.y2)];
      return [x1, y2, x2, y2, x1, y1, x2, y1];
    });
    dict.set(PDFName.of('QuadPoints'), doc.context.obj(quads));
  }
  const contents = contentsOf(h);
  if (contents) dict.set(PDFName.of('Contents'), PDFHexString.fromText(contents));
  if (h.author) dict.set(PDFName.of('T'), PDFHexString.fromText(h.author));
  dict.set(PDFName.of('AP'), doc.context.obj({ N: appearance(doc, h.kind, rects, box, color) }));
  const ref = doc.context.register(dict);
  const popup = doc.context.register(
    doc.context.obj({ Type: 'Annot', Subtype: 'Popup', Rect: [box[2], box[3] - 120, box[2] + 200, box[3]], Parent: ref, Open: false, F: 28 }),
  );
  dict.set(PDFName.of('Popup'), popup);
  page.node.addAnnot(ref);
  page.node.addAnnot(popup);
}

/** Adds the highlights to a copy of `pdfBytes`; returns the new file and how many were drawn. */
export async function writeAnnotatedPdf(pdfBytes: Uint8Array, highlights: readonly AnnotatedHighlight[]): Promise<{ bytes: Uint8Array; written: number; skipped: number }> {
  const doc = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  const pages = doc.getPages();
  let written = 0;
  let skipped = 0;
  for (const h of highlights) {
    h.targets.forEach((t, i) => {
      const page = pages[t.pageIndex];
      // Text laid out by no one yet (imported without the PDF's layout) has no rects to draw.
      if (!page || t.rects.length === 0) {
        skipped++;
        return;
      }
      addAnnotation(doc, page, h, t, i);
      written++;
    });
  }
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, written, skipped };
}

