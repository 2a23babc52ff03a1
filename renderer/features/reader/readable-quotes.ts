// Quotes and page numbers on screen as they are cited: the readable quote (line breaks,
// hyphenation and ligatures resolved by the document's own compounds, fetched once per
// document and kept for the session: page texts never change after import) and the printed
// page label. For views that show stored annotations directly (annotations panel, agreement).
import { useCallback, useEffect, useState } from 'react';
import { documentPageLabels } from '../../../shared/pdf/page-labels';
import { readableQuote } from '../../../shared/text/readable-quote';
import { api } from '../../api';
import { useStore } from '../../state/store';
import { libraryStore } from '../library/library-store';

const compounds = new Map<string, Set<string>>();
const pending = new Map<string, Promise<void>>();

function load(documentId: string): Promise<void> {
  let p = pending.get(documentId);
  if (!p) {
    p = api['documents.compounds']({ id: documentId }).then(
      (words) => void compounds.set(documentId, new Set(words)),
      () => void compounds.set(documentId, new Set()), // an unknown document: plain rules
    );
    pending.set(documentId, p);
  }
  return p;
}

/** readable(exact): the quote as the exports give it, for passages of these documents. */
export function useReadableQuotes(documentIds: readonly string[]): (documentId: string, exact: string) => string {
  const key = [...new Set(documentIds)].sort().join('|');
  const [, setLoaded] = useState(0);
  useEffect(() => {
    let live = true;
    const missing = key.split('|').filter((id) => id !== '' && !compounds.has(id));
    if (missing.length > 0) void Promise.all(missing.map(load)).then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [key]);
  return useCallback((documentId: string, exact: string) => readableQuote(exact, { vocabulary: compounds.get(documentId) }), []);
}

/** printedPage(documentId, pageIndex): the printed label ("3", "iv"); the PDF number when unknown. */
export function usePrintedPages(): (documentId: string, pageIndex: number) => string {
  const docs = useStore(libraryStore).docs;
  return useCallback(
    (documentId: string, pageIndex: number) => {
      const doc = docs.find((d) => d.id === documentId);
      return (doc ? documentPageLabels(doc)[pageIndex] : undefined) ?? String(pageIndex + 1);
    },
    [docs],
  );
}
