// Set-up for the independent-coding tests: Alice's project with a 100-character page (the
// hand-computed figures count characters) and a second report, one code, Alice's highlights
// [0, 40) and on the other report, sent to Boris for independent coding and opened by him.
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { createProject } from '../../../../../main/core/project/project-file';
import { openReceivedProject, sendProject } from '../../../../../main/core/share/send-project';
import type { Db } from '../../../../../main/db/connection';
import type { Coder } from '../../../../../shared/domain/code';
import { addDocument } from '../coding/coding-fixture';
import { ALICE, type Workspace } from './share-fixture';

// Exactly 100 characters.
export const PAGE = 'The national referral mechanism identified forty-two victims of labour exploitation in agriculture!!';

/** Highlights [start, end) of page 1 with one code; returns the highlight id. */
export function code(db: Db, coder: Coder, documentId: string, start: number, end: number, codeId: string): string {
  const text = (db.prepare('SELECT text FROM pages WHERE document_id = ? AND page_index = 0').get(documentId) as { text: string }).text;
  return createAnnotation(db, coder, {
    documentId,
    kind: 'text',
    targets: [{ pageIndex: 0, rects: [{ x1: 10, y1: 700, x2: 200, y2: 712 }], quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end } }],
    color: null,
    comment: '',
    codeIds: [codeId],
  }).result.id;
}

export async function roundOfTwo(ws: Workspace) {
  const alice = createProject(ws.file('alice.glossa'));
  ws.open.push(alice);
  const doc = addDocument(alice.db, 'Report', [PAGE]);
  const other = addDocument(alice.db, 'Other report', ['A second report that only Alice codes.']);
  const victims = createCode(alice.db, ALICE, { name: 'Victims' }).result.id;
  // Coded before sending: withheld from the copy, so made independently of Boris.
  code(alice.db, ALICE, doc, 0, 40, victims);
  code(alice.db, ALICE, other, 0, 8, victims);
  const sent = await sendProject(alice, ws.file('boris.glossa'), { independent: { sender: ALICE } });
  const boris = openReceivedProject(ws.file('boris.glossa'));
  ws.open.push(boris);
  return { alice, boris, doc, other, victims, roundId: sent.roundId! };
}
