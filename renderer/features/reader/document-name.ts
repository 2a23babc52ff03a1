// Which document the reader shows, by name: in its toolbar and as the window title (document.title,
// which the Electron window follows by default), so a user with several reports open in turn always
// sees which one is in front. The name comes from the library's list (it follows a rename at once),
// else from documents.get for a document the list has not loaded yet.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { DocumentMeta } from '../../../shared/domain/document';
import { useStore } from '../../state/store';
import { libraryStore } from '../library/library-store';

export const APP_TITLE = 'Glossa';

/** The title from the PDF or the library, else the file name. */
export function documentName(doc: Pick<DocumentMeta, 'title' | 'fileName'> | null | undefined): string {
  return doc ? doc.title.trim() || doc.fileName : '';
}

/** "Report title — Glossa" while a document is open, "Glossa" otherwise. */
export function windowTitle(name: string): string {
  return name ? `${name} — ${APP_TITLE}` : APP_TITLE;
}

export function useDocumentName(documentId: string): string {
  const listed = useStore(libraryStore).docs.find((d) => d.id === documentId);
  const [fetched, setFetched] = useState<DocumentMeta | null>(null);
  useEffect(() => {
    if (listed) return;
    let live = true;
    api['documents.get']({ id: documentId }).then((d) => live && setFetched(d), () => undefined);
    return () => {
      live = false;
    };
  }, [documentId, listed]);
  return documentName(listed ?? (fetched?.id === documentId ? fetched : null));
}

/** Sets the window title while mounted; back to the plain app name when the reader closes. */
export function useWindowTitle(name: string): void {
  useEffect(() => {
    document.title = windowTitle(name);
    return () => {
      document.title = APP_TITLE;
    };
  }, [name]);
}
