// Where a followed passage link leads, held between the steps that get there: the project
// opening (App's project effect closes any reader, then opens the pending passage), the reader
// mounting, and the coding session loading the document's highlights (it then selects the
// passage, scrolls it into view and flashes it). Plain module state: one link at a time.
import type { PassageTarget } from '../../../shared/links/passage-link';
import { openReader } from '../shell/view-store';

let pendingOpen: PassageTarget | null = null;
let pendingSelect: { documentId: string; annotationId: string } | null = null;

/** The key App's project effect uses: a different key is a different project (reader closed). */
export const projectKeyOf = (p: { id: string; path: string } | null): string | null => (p ? `${p.id}:${p.path}` : null);

/** Opens the reader at the passage's page; the coding session selects the passage once loaded. */
export function showPassage(target: Pick<PassageTarget, 'documentId' | 'annotationId' | 'pageIndex'>): void {
  pendingSelect = { documentId: target.documentId, annotationId: target.annotationId };
  openReader(target.documentId, target.pageIndex);
}

/** The passage waits for its project to become the open one (App calls openPendingPassage). */
export function showPassageAfterProjectChange(target: PassageTarget): void {
  pendingOpen = target;
}

/** Called by App once the project with `projectKey` is the open one. */
export function openPendingPassage(projectKey: string | null): void {
  if (!pendingOpen || projectKeyOf(pendingOpen.project) !== projectKey) return;
  const target = pendingOpen;
  pendingOpen = null;
  showPassage(target);
}

/** The passage to select in this document, once (the coding session asks after loading). */
export function takePassageSelection(documentId: string): string | null {
  if (!pendingSelect || pendingSelect.documentId !== documentId) return null;
  const { annotationId } = pendingSelect;
  pendingSelect = null;
  return annotationId;
}
