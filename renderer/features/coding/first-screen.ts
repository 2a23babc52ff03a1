// The annotations panel's first screen (one keyset page of the document's highlights with the
// counts of all), asked for the moment a document is opened: the reader then spends ~300 ms
// mounting (its chunk, 600 page boxes laid out) before the panel exists, and the reply arrives
// meanwhile instead of after. Lives in the main chunk, outside React; the coding session takes
// the answer (or asks itself when nothing was prefetched).
import { api } from '../../api';
import type { Annotation, AnnotationPage } from '../../../shared/domain/annotation';
import { visibleCoderIds } from './coder-view-store';

/** The panel's first screen while every highlight loads: one keyset page and the counts of all. */
export interface FirstScreen {
  items: Annotation[];
  total: number;
  orphans: number;
}

/** Rows in the first screen: more than a tall panel shows (~9 rows at 1080 px). */
export const FIRST_SCREEN_ROWS = 30;
/** A prefetch not taken within this long (the reader failed to open, say) is not used. */
const FRESH_MS = 5000;

const pending = new Map<string, { at: number; page: Promise<AnnotationPage | null> }>();

function ask(documentId: string, coderIds: string[] | undefined): Promise<AnnotationPage | null> {
  return api['annotations.page']({ documentId, ...(coderIds ? { coderIds } : {}), limit: FIRST_SCREEN_ROWS }).catch(() => null);
}

const keyOf = (documentId: string, coderIds: string[] | undefined) => `${documentId}|${coderIds ? coderIds.join(',') : '*'}`;

export function prefetchFirstScreen(documentId: string): void {
  const coderIds = visibleCoderIds();
  pending.set(keyOf(documentId, coderIds), { at: Date.now(), page: ask(documentId, coderIds) });
}

/** The prefetched first screen of this document for the current coder view, or a fresh one. */
export function takeFirstScreen(documentId: string): Promise<AnnotationPage | null> {
  const coderIds = visibleCoderIds();
  const key = keyOf(documentId, coderIds);
  const hit = pending.get(key);
  pending.clear();
  return hit && Date.now() - hit.at < FRESH_MS ? hit.page : ask(documentId, coderIds);
}
