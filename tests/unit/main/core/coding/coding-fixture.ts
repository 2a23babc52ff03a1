// Shared set-up for the coding tests, on top of the temp-project helper: a fixed pair of
// coder identities, documents added by title (unique bytes, so the same texts can be added
// twice), and a dump of the coding tables for "undo restores identical rows" comparisons.
import { randomUUID } from 'node:crypto';
import type { AnnotationTarget } from '../../../../../shared/domain/annotation';
import type { Coder } from '../../../../../shared/domain/code';
import type { Db } from '../../../../../main/db/connection';
import { annotationToRow, insertAnnotationRow } from '../../../../../main/db/repositories/annotations';
import { upsertCoder } from '../../../../../main/db/repositories/coders';
import { RowJournal } from '../../../../../main/db/repositories/row-journal';
import { addDocument as addPagesDocument } from '../../../../helpers/temp-project';

export const ALICE: Coder = { id: '6f1c1f0e-1111-4aaa-8bbb-000000000001', name: 'Alice', color: '#e15759' };
export const BORIS: Coder = { id: '6f1c1f0e-2222-4aaa-8bbb-000000000002', name: 'Борис', color: '#4e79a7' };

/**
 * Adds a document titled `title` whose pages have the given texts; returns its id. The bytes
 * are a stand-in pdf.js cannot open (the qdpx tests rely on that) and unique per call.
 */
export function addDocument(db: Db, title: string, pages: string[]): string {
  const bytes = Buffer.from(`%PDF-1.4 stand-in for ${title} ${Math.random()}`);
  return addPagesDocument(db, pages, { title, fileName: `${title}.pdf` }, bytes).id;
}

/** Every row of the coding tables, for "undo restores identical rows" comparisons. */
export function snapshot(db: Db): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of ['codes', 'annotations', 'annotation_codes', 'memos']) {
    out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all();
  }
  return out;
}

/**
 * Writes an annotation row as it may arrive from an older edition or a colleague's file, past
 * checkTargets: its target may be stale (quote no longer at its position). Returns its id.
 */
export function insertStaleAnnotation(db: Db, documentId: string, kind: 'text' | 'area', target: AnnotationTarget, coder: Coder = ALICE): string {
  const id = randomUUID();
  const now = new Date().toISOString();
  upsertCoder(db, coder, now);
  insertAnnotationRow(new RowJournal(db), annotationToRow({
    id, documentId, kind, targets: [target], color: null, comment: '', sortIndex: '00000|0000000|00000',
    anchorStatus: 'anchored', coderId: coder.id, updatedBy: null, createdAt: now, updatedAt: now,
  }));
  return id;
}
