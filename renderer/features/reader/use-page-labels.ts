// The printed page labels of the open document, for the toolbar: from the library store
// (which sees the user's per-document correction as soon as it is saved), else fetched once.
import { useEffect, useMemo, useState } from 'react';
import type { DocumentMeta } from '../../../shared/domain/document';
import { documentPageLabels } from '../../../shared/pdf/page-labels';
import { api } from '../../api';
import { useStore } from '../../state/store';
import { libraryStore } from '../library/library-store';

export function useDocumentPageLabels(documentId: string): string[] | undefined {
  const fromLibrary = useStore(libraryStore).docs.find((d) => d.id === documentId);
  const [fetched, setFetched] = useState<DocumentMeta | null>(null);
  useEffect(() => {
    if (fromLibrary) return;
    let live = true;
    api['documents.get']({ id: documentId }).then(
      (d) => live && setFetched(d),
      () => undefined, // the reader shows PDF page numbers then; its own load reports errors
    );
    return () => {
      live = false;
    };
  }, [documentId, fromLibrary]);
  const doc = fromLibrary ?? (fetched?.id === documentId ? fetched : null);
  return useMemo(() => (doc ? documentPageLabels(doc) : undefined), [doc]);
}
