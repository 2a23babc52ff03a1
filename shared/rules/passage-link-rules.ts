// The rules for a link between passages, applied by the link handlers to input and to every
// passage_links row of a project file before it is opened (main/db/row-check.ts): a colleague's
// file is untrusted, and a relation key or a note is shown in the reader and in exports.
import { PASSAGE_LINK_RELATIONS, type PassageLinkRelation } from '../domain/passage-links';
import { GlossaError } from '../errors';

/** A note says why two passages are linked: a paragraph, not a memo (memos have their own room). */
export const MAX_LINK_NOTE = 5000;

function bad(field: string, message: string): GlossaError {
  return new GlossaError('passageLink.badInput', message, { field });
}

export function checkLinkRelation(value: unknown): PassageLinkRelation {
  if (typeof value !== 'string' || !(PASSAGE_LINK_RELATIONS as readonly string[]).includes(value)) {
    throw bad('relation', `The relation must be one of ${PASSAGE_LINK_RELATIONS.join(', ')}.`);
  }
  return value as PassageLinkRelation;
}

export function checkLinkNote(value: unknown): string {
  if (typeof value !== 'string') throw bad('note', 'The link note must be text.');
  if (value.length > MAX_LINK_NOTE) throw bad('note', `A link note is at most ${MAX_LINK_NOTE} characters.`);
  if (value.includes('\u0000')) throw bad('note', 'The link note contains a NUL character.');
  return value;
}

/** A passage is not linked to itself: the relation would say nothing. */
export function checkLinkEnds(fromAnnotationId: unknown, toAnnotationId: unknown): void {
  if (fromAnnotationId === toAnnotationId) throw bad('to_annotation_id', 'A passage cannot be linked to itself.');
}
