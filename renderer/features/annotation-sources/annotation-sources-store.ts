// State of the "Annotations" dialog of a document, outside React: scanning the PDF's embedded
// annotations (progress from 'pdfAnnotations.progress'), the colour table the user edits and
// confirms, the import, a W3C JSON-LD import and the annotated-PDF download.
import type { DocumentMeta } from '../../../shared/domain/document';
import type { ColourMapRow, PdfAnnotationImportResult, PdfAnnotationScan, WebAnnotationImportResult } from '../../../shared/domain/pdf-annotations';
import { api, onEvent } from '../../api';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { downloadBytes } from '../export/download-file';
import { localiseDefaultNames } from './colour-table';

export type Phase = 'scanning' | 'ready' | 'importing' | 'done' | 'error';

export interface AnnotationSourcesState {
  doc: DocumentMeta | null;
  phase: Phase;
  scan: PdfAnnotationScan | null;
  rows: ColourMapRow[];
  pagesDone: number;
  pageCount: number;
  pdfResult: PdfAnnotationImportResult | null;
  webResult: WebAnnotationImportResult | null;
  error: string | null;
}

const EMPTY: AnnotationSourcesState = {
  doc: null, phase: 'scanning', scan: null, rows: [], pagesDone: 0, pageCount: 0, pdfResult: null, webResult: null, error: null,
};

export const annotationSourcesStore = new Store<AnnotationSourcesState>(EMPTY);

let unsubscribe: (() => void) | null = null;

export async function openAnnotationSources(doc: DocumentMeta): Promise<void> {
  annotationSourcesStore.set({ ...EMPTY, doc, pageCount: doc.pageCount });
  unsubscribe?.();
  unsubscribe = onEvent('pdfAnnotations.progress', (p) => {
    if (p.documentId === annotationSourcesStore.getSnapshot().doc?.id) annotationSourcesStore.set({ pagesDone: p.pagesDone, pageCount: p.pageCount });
  });
  try {
    const { colourMap, ...scan } = await api['pdfAnnotations.scan']({ documentId: doc.id });
    if (annotationSourcesStore.getSnapshot().doc?.id !== doc.id) return;
    annotationSourcesStore.set({ scan, rows: localiseDefaultNames(colourMap), phase: 'ready' });
  } catch (err) {
    annotationSourcesStore.set({ phase: 'error', error: errorMessage(err) });
  }
}

export function closeAnnotationSources(): void {
  unsubscribe?.();
  unsubscribe = null;
  annotationSourcesStore.set(EMPTY);
}

export function setRows(rows: ColourMapRow[]): void {
  annotationSourcesStore.set({ rows });
}

export async function importEmbedded(): Promise<void> {
  const { doc, rows } = annotationSourcesStore.getSnapshot();
  if (!doc) return;
  annotationSourcesStore.set({ phase: 'importing', pagesDone: 0 });
  try {
    const pdfResult = await api['pdfAnnotations.import']({ documentId: doc.id, colourMap: rows });
    annotationSourcesStore.set({ phase: 'done', pdfResult });
  } catch (err) {
    annotationSourcesStore.set({ phase: 'error', error: errorMessage(err) });
  }
}

export async function importWebAnnotations(file: File): Promise<void> {
  const { doc } = annotationSourcesStore.getSnapshot();
  if (!doc) return;
  try {
    const webResult = await api['webAnnotations.import']({ documentId: doc.id, json: await file.text() });
    annotationSourcesStore.set({ webResult, error: null });
  } catch (err) {
    annotationSourcesStore.set({ error: errorMessage(err) });
  }
}

export async function downloadAnnotatedPdf(): Promise<void> {
  const { doc } = annotationSourcesStore.getSnapshot();
  if (!doc) return;
  try {
    const out = await api['documents.annotatedPdf']({ documentId: doc.id });
    downloadBytes(out.bytes, out.fileName, 'application/pdf');
  } catch (err) {
    annotationSourcesStore.set({ error: errorMessage(err) });
  }
}
