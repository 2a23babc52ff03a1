// The rows of the "Attach bibliography" table, as plain data the dialog edits: each entry with
// its proposed (or chosen) document and whether it is checked. A row starts checked when the
// matcher proposed a document; choosing a document checks it, choosing none unchecks it.
// Pure functions (tests/unit/renderer/bibliography/attach-rows.test.ts).
import type { AttachMatchReason, AttachPreview } from '../../../shared/domain/bibliography-attach';

export interface AttachRow {
  index: number;
  documentId: string | null;
  checked: boolean;
  /** The matcher's reason, or 'chosen' once the user picked another document. */
  reason: AttachMatchReason | 'chosen' | null;
  confidence: number;
}

export function rowsFromPreview(preview: AttachPreview): AttachRow[] {
  return preview.proposals.map((p) => ({ index: p.index, documentId: p.documentId, checked: p.documentId !== null, reason: p.reason, confidence: p.confidence }));
}

export function withDocument(rows: readonly AttachRow[], index: number, documentId: string | null, preview: AttachPreview): AttachRow[] {
  const proposed = preview.proposals[index];
  return rows.map((r) => {
    if (r.index !== index) return r;
    const same = documentId === proposed.documentId;
    return { ...r, documentId, checked: documentId !== null, reason: same ? proposed.reason : documentId ? 'chosen' : null, confidence: same ? proposed.confidence : 0 };
  });
}

export function withChecked(rows: readonly AttachRow[], index: number, checked: boolean): AttachRow[] {
  return rows.map((r) => (r.index === index ? { ...r, checked: checked && r.documentId !== null } : r));
}

/** The rows to write: checked, with a document. */
export function choicesOf(rows: readonly AttachRow[]): Array<{ index: number; documentId: string }> {
  return rows.filter((r) => r.checked && r.documentId !== null).map((r) => ({ index: r.index, documentId: r.documentId! }));
}

/** Documents two checked rows point at (the attach refuses them: the user unchecks one). */
export function duplicateDocuments(rows: readonly AttachRow[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const c of choicesOf(rows)) (seen.has(c.documentId) ? twice : seen).add(c.documentId);
  return twice;
}
