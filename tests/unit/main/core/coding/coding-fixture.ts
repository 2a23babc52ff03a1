// Shared set-up for the coding tests, on top of the temp-project helper: a fixed pair of
// coder identities, documents added by title (unique bytes, so the same texts can be added
// twice), and a dump of the coding tables for "undo restores identical rows" comparisons.
import type { Coder } from '../../../../../shared/domain/code';
import type { Db } from '../../../../../main/db/connection';
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
