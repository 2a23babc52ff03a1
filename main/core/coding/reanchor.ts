// Re-anchoring after a document's text changed (another edition, a re-imported file, a
// colleague's rows): checks every target's stored position and quote against the stored page
// texts with the shared anchoring library and records the outcome — 'anchored', 'reanchored'
// or 'orphan' (kept as it was, flagged, listed by the UI). Geometry is never destroyed:
//   - a moved TEXT target gets its rects recomputed from the PDF's text layout (pdf.js in the
//     extraction pool, so under its watchdog and memory cap) and written back; only when the
//     PDF cannot be laid out are they left empty for the reader to lay out from the offsets;
//   - an AREA target keeps its page and rectangle (the region the user drew is the truth);
//     its text position follows the text only while it stays on the same page.
// Nothing is ever deleted. One transaction; not on the undo stack (it is a repair, not a
// user's coding action), but logged in the history.
import { anchorTarget, codePointIndex, createAnchorDocument, pdfRectsForRange, type AnchorDocument } from '../../../shared/anchoring/index';
import type { AnchorStatus, Annotation, AnnotationTarget } from '../../../shared/domain/annotation';
import type { Coder, ReanchorResult } from '../../../shared/domain/code';
import type { Db } from '../../db/connection';
import { documentPageCount, listAnnotations, storedPageText, updateAnnotationRow } from '../../db/repositories/annotations';
import { upsertCoder } from '../../db/repositories/coders';
import { getDocument, getPdfBytes } from '../../db/repositories/documents';
import { appendHistory } from '../../db/repositories/history';
import { RowJournal } from '../../db/repositories/row-journal';
import { sharedExtractPool, type PageLayouts } from '../../pdf/extract-pool';
import { listPageOcr } from '../../db/repositories/page-ocr';
import { ocrPageLayout } from '../../../shared/pdf/ocr-text';
import { computeSortIndex } from './annotations';

const RANK: Record<AnchorStatus, number> = { anchored: 0, reanchored: 1, orphan: 2 };

/** Text item boxes of the given pages (0-based in, 1-based keys out); rejects when the PDF cannot be read. */
export type LayoutSource = (pageIndices: number[]) => Promise<PageLayouts>;

/** The stored PDF, laid out by the shared extraction pool; OCR'd pages by their stored words. */
export function storedPdfLayout(db: Db, documentId: string): LayoutSource {
  return async (pageIndices) => {
    const ocr = new Map(listPageOcr(db, documentId).map((o) => [o.pageIndex, o.lines]));
    const fromPdf = pageIndices.filter((i) => !ocr.has(i));
    const layouts: PageLayouts = fromPdf.length === 0
      ? new Map()
      : await sharedExtractPool().layout(getPdfBytes(db, documentId), fromPdf.map((i) => i + 1), { fileName: getDocument(db, documentId).fileName });
    for (const i of pageIndices) {
      const lines = ocr.get(i);
      if (lines) layouts.set(i + 1, ocrPageLayout(lines));
    }
    return layouts;
  };
}

export interface PlacedTarget {
  target: AnnotationTarget;
  status: AnchorStatus;
  /** Set when a text target moved and needs rects for this page. */
  needsRectsOn: number | null;
}

/** Where one target belongs now; `layouts` supplies the rects of a moved text target. */
export function placeTarget(t: AnnotationTarget, kind: Annotation['kind'], doc: AnchorDocument, pageCount: number, layouts: PageLayouts): PlacedTarget {
  if (!t.quote && !t.position) return { target: t, status: 'anchored', needsRectsOn: null };
  const r = anchorTarget(t, doc, { pageCount });
  if (r.status !== 'reanchored') return { target: t, status: r.status, needsRectsOn: null };
  const cps = codePointIndex(doc.page(r.pageIndex)?.text ?? '');
  const position = { type: 'TextPositionSelector' as const, start: cps.toCodePoint(r.start), end: cps.toCodePoint(r.end) };
  const samePlace = r.pageIndex === t.pageIndex && position.start === t.position?.start && position.end === t.position?.end;
  if (samePlace) return { target: t, status: 'reanchored', needsRectsOn: null };
  if (kind === 'area') {
    // The drawn region stays; the position follows its text only on the region's own page.
    return { target: r.pageIndex === t.pageIndex ? { ...t, position } : t, status: 'reanchored', needsRectsOn: null };
  }
  const spans = layouts.get(r.pageIndex + 1);
  const rects = spans ? pdfRectsForRange(spans, r.start, r.end) : [];
  return { target: { ...t, pageIndex: r.pageIndex, position, rects }, status: 'reanchored', needsRectsOn: spans ? null : r.pageIndex };
}

function placeAll(db: Db, documentId: string, doc: AnchorDocument, pageCount: number, layouts: PageLayouts) {
  return listAnnotations(db, { documentId }).map((a) => {
    const placed = a.targets.map((t) => placeTarget(t, a.kind, doc, pageCount, layouts));
    let status = placed.reduce<AnchorStatus>((s, p) => (RANK[p.status] > RANK[s] ? p.status : s), 'anchored');
    // A highlight moved once stays flagged 'reanchored' (the user may want to check it) until its targets are edited.
    if (status === 'anchored' && a.anchorStatus === 'reanchored') status = 'reanchored';
    return { annotation: a, status, targets: placed.map((p) => p.target), needsRectsOn: placed.flatMap((p) => (p.needsRectsOn === null ? [] : [p.needsRectsOn])) };
  });
}

export async function reanchorDocument(db: Db, documentId: string, coder?: Coder, layout: LayoutSource = storedPdfLayout(db, documentId)): Promise<ReanchorResult> {
  const result: ReanchorResult = { anchored: 0, reanchored: 0, orphaned: 0, changed: 0 };
  const pageCount = documentPageCount(db, documentId);
  if (pageCount === null) return result;
  const doc = createAnchorDocument((i) => storedPageText(db, documentId, i), pageCount);
  // First pass without geometry: which pages do moved text targets land on?
  const wanted = [...new Set(placeAll(db, documentId, doc, pageCount, new Map()).flatMap((p) => p.needsRectsOn))];
  let layouts: PageLayouts = new Map();
  if (wanted.length > 0) layouts = await layout(wanted).catch(() => new Map()); // unreadable PDF: the reader lays them out
  db.transaction(() => {
    // Placed again inside the transaction: the rows may have changed while the PDF was laid out.
    const j = new RowJournal(db);
    const now = new Date().toISOString();
    for (const { annotation: a, status, targets } of placeAll(db, documentId, doc, pageCount, layouts)) {
      if (status === 'anchored') result.anchored++;
      else if (status === 'reanchored') result.reanchored++;
      else result.orphaned++;
      const targetsJson = JSON.stringify(targets);
      if (status !== a.anchorStatus || targetsJson !== JSON.stringify(a.targets)) {
        updateAnnotationRow(j, a.id, { anchor_status: status, targets: targetsJson, sort_index: computeSortIndex(targets), updated_at: now });
        result.changed++;
      }
    }
    if (result.changed > 0) {
      if (coder) upsertCoder(db, coder, now);
      appendHistory(db, {
        at: now,
        coderId: coder?.id ?? '',
        coderName: coder?.name ?? '',
        action: 'annotations.reanchor',
        summary: `Re-anchored highlights: ${result.reanchored} moved, ${result.orphaned} orphaned`,
        details: { documentId, ...result },
      });
    }
  })();
  return result;
}
