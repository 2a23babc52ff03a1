// Re-checks a document's anchors against its text as the CURRENT extractor gives it (after an
// upgrade of pdf.js, of the page-text rule or of OCR): re-extracts the stored PDF, places every
// highlight in the new texts with the shared anchoring modules (the same placeTarget the
// re-anchoring on open uses) and counts what is unchanged, what moved (found at another offset
// or page) and what became an orphan. Nothing is written unless `apply` is set; then the new
// page texts (search indexes follow), the highlights' positions and statuses and the
// document's extractor record are written as ONE undoable action, logged in the History.
// Orphans keep their old targets: nothing anyone coded is deleted.
import { pageOcrSources } from '../../db/repositories/page-ocr';
import { createAnchorDocument } from '../../../shared/anchoring/index';
import type { AnchorStatus } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import type { AnchorRecheck, DocumentExtractor } from '../../../shared/domain/document';
import { GlossaError } from '../../../shared/errors';
import { sameExtractor } from '../../../shared/rules/extractor-rules';
import type { Db } from '../../db/connection';
import { listAnnotations, updateAnnotationRow } from '../../db/repositories/annotations';
import { getDocument, getPdfBytes } from '../../db/repositories/documents';
import { documentIdsWithPages, documentPages, updateDocumentExtractor, updatePageText } from '../../db/repositories/page-texts';
import { type ExtractPool, type PageLayouts, sharedExtractPool } from '../../pdf/extract-pool';
import { currentExtractor, ocrExtractor } from '../../pdf/extractor-record';
import { computeSortIndex } from '../coding/annotations';
import { type LayoutSource, placeTarget, storedPdfLayout } from '../coding/reanchor';
import { runCodingAction } from '../coding/undo-stack';

/** Page texts of a PDF as an extractor gives them, with that extractor's record. */
export type Reextract = (bytes: Uint8Array, fileName: string) => Promise<{ pages: string[]; extractor: DocumentExtractor }>;

/** The current extractor: pdf.js in an extraction pool (watchdog and memory cap included). */
export function currentReextract(pool: ExtractPool = sharedExtractPool()): Reextract {
  return async (bytes, fileName) => {
    const r = await pool.extract(bytes, { fileName });
    return { pages: r.pages, extractor: currentExtractor(r.meta.pdfjsVersion) };
  };
}

export interface RecheckOptions {
  apply?: boolean;
  coder?: Coder;
  /** The pool that extracts and lays out (default: the shared one). */
  pool?: ExtractPool;
  /** Another extractor (tests simulate an upgrade with it); default: the current one. */
  reextract?: Reextract;
}

const RANK: Record<AnchorStatus, number> = { anchored: 0, reanchored: 1, orphan: 2 };

type Placed = ReturnType<typeof placeTarget>;

/** One highlight's outcome: its worst target decides; a target found at its own offset is unchanged. */
function outcomeOf(before: { pageIndex: number; position?: { start: number; end: number } | null }[], placed: Placed[]): 'unchanged' | 'moved' | 'orphaned' {
  let worst = 'unchanged' as 'unchanged' | 'moved' | 'orphaned';
  placed.forEach((p, i) => {
    const b = before[i];
    const o =
      p.status === 'orphan'
        ? 'orphaned'
        : p.target.pageIndex === b.pageIndex && p.target.position?.start === b.position?.start && p.target.position?.end === b.position?.end
          ? 'unchanged'
          : 'moved';
    if (o === 'orphaned' || (o === 'moved' && worst === 'unchanged')) worst = o;
  });
  return worst;
}

export async function recheckAnchors(db: Db, documentId: string, opts: RecheckOptions = {}): Promise<AnchorRecheck> {
  const meta = getDocument(db, documentId);
  const reextracted = await (opts.reextract ?? currentReextract(opts.pool))(getPdfBytes(db, documentId), meta.fileName);
  const stored = documentPages(db, documentId);
  // Pages read by OCR have no text layer for pdf.js to give again: their stored OCR text stays,
  // and so does the OCR part of the extractor record.
  const ocr = pageOcrSources(db, documentId);
  const ocrPages = new Set(ocr.map((o) => o.pageIndex));
  const fresh = reextracted.pages.map((t, i) => (ocrPages.has(i) ? (stored[i]?.text ?? t) : t));
  const extractor: DocumentExtractor = ocr.length > 0 ? { ...reextracted.extractor, ocr: ocrExtractor(ocr[0]) } : reextracted.extractor;
  const pageCount = stored.length;
  // A PDF that now gives another page count cannot be re-anchored page for page: refuse, change nothing.
  if (fresh.length !== pageCount) {
    throw new GlossaError('api.badInput', `"${meta.title}" now has ${fresh.length} pages instead of ${pageCount}; its anchors were not re-checked.`, { documentId });
  }
  const doc = createAnchorDocument((i) => fresh[i] ?? null, pageCount);
  const place = (layouts: PageLayouts) =>
    listAnnotations(db, { documentId }).map((a) => {
      const placed = a.targets.map((t) => placeTarget(t, a.kind, doc, pageCount, layouts));
      const status = placed.reduce<AnchorStatus>((s, p) => (RANK[p.status] > RANK[s] ? p.status : s), 'anchored');
      return { a, placed, status, outcome: outcomeOf(a.targets, placed) };
    });
  const first = place(new Map());
  const report: AnchorRecheck = {
    documentId,
    title: meta.title,
    stored: meta.extractor ?? null,
    current: extractor,
    pagesChanged: stored.filter((p) => p.text !== fresh[p.pageIndex]).length,
    highlights: first.length,
    unchanged: first.filter((r) => r.outcome === 'unchanged').length,
    moved: first.filter((r) => r.outcome === 'moved').length,
    orphaned: first.filter((r) => r.outcome === 'orphaned').length,
    applied: false,
  };
  if (!opts.apply || !opts.coder) return report;
  // Nothing to write (same texts, same positions, same extractor): no action, no History entry.
  const positionsChange = first.some((r) => r.outcome === 'moved' || (r.status !== r.a.anchorStatus && r.status !== 'anchored'));
  if (report.pagesChanged === 0 && !positionsChange && sameExtractor(meta.extractor, extractor)) return report;
  const wanted = [...new Set(first.flatMap((r) => r.placed.flatMap((p) => (p.needsRectsOn === null ? [] : [p.needsRectsOn]))))];
  // The stored PDF laid out by the current pdf.js: its text items build exactly the new texts.
  const layout: LayoutSource = opts.pool
    ? (pages) => opts.pool!.layout(getPdfBytes(db, documentId), pages.map((i) => i + 1), { fileName: meta.fileName })
    : storedPdfLayout(db, documentId);
  const layouts: PageLayouts = wanted.length > 0 ? await layout(wanted).catch(() => new Map()) : new Map();
  const out = runCodingAction(db, opts.coder, { action: 'document.recheckAnchors', label: 'Re-check anchors' }, (j, now) => {
    for (const p of documentPages(db, documentId)) if (p.text !== fresh[p.pageIndex]) updatePageText(j, p.id, fresh[p.pageIndex]);
    for (const { a, placed, status: found } of place(layouts)) {
      // A highlight moved once stays flagged 'reanchored' (as on open: the user may want to check it).
      const status = found === 'anchored' && a.anchorStatus === 'reanchored' ? 'reanchored' : found;
      // An orphan keeps what it had: its old targets still say where it was.
      const targets = status === 'orphan' ? a.targets : placed.map((p) => p.target);
      const json = JSON.stringify(targets);
      if (status !== a.anchorStatus || json !== JSON.stringify(a.targets)) {
        updateAnnotationRow(j, a.id, { anchor_status: status, targets: json, sort_index: computeSortIndex(targets), updated_at: now });
      }
    }
    updateDocumentExtractor(j, documentId, extractor, now);
    return {
      result: { ...report, applied: true },
      summary: `Re-checked the anchors of "${meta.title}": ${report.moved} moved, ${report.orphaned} orphaned`,
      details: { documentId, pagesChanged: report.pagesChanged, unchanged: report.unchanged, moved: report.moved, orphaned: report.orphaned },
    };
  });
  return out.result;
}

/** Every document of the project, one after the other (each applied as its own undoable action). */
export async function recheckProject(db: Db, opts: RecheckOptions = {}): Promise<AnchorRecheck[]> {
  const out: AnchorRecheck[] = [];
  for (const id of documentIdsWithPages(db)) out.push(await recheckAnchors(db, id, opts));
  return out;
}
