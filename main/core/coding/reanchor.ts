// Re-anchoring after a document's text changed (another edition, a re-imported file): checks
// every target's stored position and quote against the stored page texts with the shared
// anchoring library and records the outcome — 'anchored', 'reanchored' (position and page
// updated, rects cleared so the renderer recomputes geometry from the offsets) or 'orphan'
// (kept as it was, flagged, listed by the UI). Nothing is ever deleted. One transaction; not
// on the undo stack (it is a repair, not a user's coding action), but logged in the history.
import { anchorTarget, codePointIndex, createAnchorDocument } from '../../../shared/anchoring/index';
import type { AnchorStatus, AnnotationTarget } from '../../../shared/domain/annotation';
import type { Coder, ReanchorResult } from '../../../shared/domain/code';
import type { Db } from '../../db/connection';
import { documentPageCount, listAnnotations, storedPageText, updateAnnotationRow } from '../../db/repositories/annotations';
import { upsertCoder } from '../../db/repositories/coders';
import { appendHistory } from '../../db/repositories/history';
import { RowJournal } from '../../db/repositories/row-journal';
import { computeSortIndex } from './annotations';

const RANK: Record<AnchorStatus, number> = { anchored: 0, reanchored: 1, orphan: 2 };

export function reanchorDocument(db: Db, documentId: string, coder?: Coder): ReanchorResult {
  const result: ReanchorResult = { anchored: 0, reanchored: 0, orphaned: 0, changed: 0 };
  const pageCount = documentPageCount(db, documentId);
  if (pageCount === null) return result;
  const doc = createAnchorDocument((i) => storedPageText(db, documentId, i), pageCount);
  db.transaction(() => {
    const j = new RowJournal(db);
    const now = new Date().toISOString();
    for (const a of listAnnotations(db, { documentId })) {
      if (a.kind === 'area' && a.targets.every((t) => !t.quote && !t.position)) {
        result.anchored++; // a pure region on a scanned page has no text to check
        continue;
      }
      let status: AnchorStatus = 'anchored';
      const targets: AnnotationTarget[] = a.targets.map((t) => {
        if (!t.quote && !t.position) return t;
        const r = anchorTarget(t, doc, { pageCount });
        if (RANK[r.status] > RANK[status]) status = r.status;
        if (r.status !== 'reanchored') return t;
        const text = doc.page(r.pageIndex)?.text ?? '';
        const cps = codePointIndex(text);
        const position = { type: 'TextPositionSelector' as const, start: cps.toCodePoint(r.start), end: cps.toCodePoint(r.end) };
        const moved = r.pageIndex !== t.pageIndex || position.start !== t.position?.start || position.end !== t.position?.end;
        return moved ? { ...t, pageIndex: r.pageIndex, position, rects: [] } : t;
      });
      // A highlight moved once stays flagged 'reanchored' (the user may want to check it) until its targets are edited.
      if (status === 'anchored' && a.anchorStatus === 'reanchored') status = 'reanchored';
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
