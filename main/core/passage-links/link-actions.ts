// The user's link actions, each one undoable step in the History (runCodingAction journals
// every row it writes): link two passages with a relation, change a link's relation or note
// (typing coalesces into one step), delete a link. Deleting a link leaves a tombstone so a merge
// does not bring it back (main/core/share/merge-passage-links.ts). Deleting a highlight takes its
// links along through the journal (row-journal.ts JOURNALED_CHILDREN), as it takes its codings.
import { randomUUID } from 'node:crypto';
import type { Coder } from '../../../shared/domain/code';
import type { NewPassageLink, PassageLinkInfo, PassageLinkPatch } from '../../../shared/domain/passage-links';
import { GlossaError } from '../../../shared/errors';
import { checkLinkEnds, checkLinkNote, checkLinkRelation } from '../../../shared/rules/passage-link-rules';
import type { Db } from '../../db/connection';
import {
  annotationExists, findLinkRow, getLinkRow, getLinkTombstone, type PassageLinkRow, toLinkInfo,
} from '../../db/repositories/passage-links';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';

function existing(db: Db, id: unknown): PassageLinkRow {
  const row = typeof id === 'string' ? getLinkRow(db, id) : null;
  if (!row) throw new GlossaError('passageLink.notFound', 'This link no longer exists.', { id: String(id) });
  return row;
}

function passage(db: Db, id: string, field: string): string {
  if (!annotationExists(db, id)) throw new GlossaError('passageLink.badInput', 'The passage to link no longer exists.', { field });
  return id;
}

export function createPassageLink(db: Db, coder: Coder, input: NewPassageLink): ActionOutcome<PassageLinkInfo> {
  const from = passage(db, input.fromAnnotationId, 'fromAnnotationId');
  const to = passage(db, input.toAnnotationId, 'toAnnotationId');
  checkLinkEnds(from, to);
  const relation = checkLinkRelation(input.relation);
  const note = checkLinkNote(input.note ?? '');
  if (findLinkRow(db, from, to, relation)) {
    throw new GlossaError('passageLink.duplicate', 'These passages are already linked with this relation.', { relation });
  }
  return runCodingAction(db, coder, { action: 'passageLinks.create', label: 'Link passages' }, (j, now) => {
    const row: PassageLinkRow = { id: randomUUID(), from_annotation_id: from, to_annotation_id: to, relation, note, coder_id: coder.id, created_at: now, updated_at: now };
    j.insert('passage_links', { ...row });
    return { result: toLinkInfo(row), summary: `Linked two passages (${relation})`, details: { linkId: row.id, from, to, relation } };
  });
}

export function updatePassageLink(db: Db, coder: Coder, id: string, patch: PassageLinkPatch): ActionOutcome<PassageLinkInfo> {
  const row = existing(db, id);
  const next: Partial<PassageLinkRow> = {};
  if (patch.relation !== undefined) next.relation = checkLinkRelation(patch.relation);
  if (patch.note !== undefined) next.note = checkLinkNote(patch.note);
  if (next.relation && next.relation !== row.relation && findLinkRow(db, row.from_annotation_id, row.to_annotation_id, next.relation)) {
    throw new GlossaError('passageLink.duplicate', 'These passages are already linked with this relation.', { relation: next.relation });
  }
  return runCodingAction(db, coder, { action: 'passageLinks.update', label: 'Edit link', coalesceKey: `passage-link:${row.id}` }, (j, now) => {
    const changed = Object.entries(next).some(([k, v]) => row[k as keyof PassageLinkRow] !== v);
    if (changed) j.update('passage_links', { id: row.id }, { ...next, updated_at: now });
    return { result: toLinkInfo(getLinkRow(db, row.id)!), summary: `Edited a passage link (${next.relation ?? row.relation})`, details: { linkId: row.id } };
  });
}

export function deletePassageLink(db: Db, coder: Coder, id: string): ActionOutcome<{ id: string }> {
  const row = existing(db, id);
  return runCodingAction(db, coder, { action: 'passageLinks.delete', label: 'Delete link' }, (j, now) => {
    j.delete('passage_links', { id: row.id });
    // The tombstone tells a merge this link was deleted here, not added there.
    if (getLinkTombstone(db, row.id)) j.update('passage_link_tombstones', { link_id: row.id }, { deleted_at: now });
    else j.insert('passage_link_tombstones', { link_id: row.id, deleted_at: now });
    return { result: { id: row.id }, summary: `Deleted a passage link (${row.relation})`, details: { linkId: row.id } };
  });
}
