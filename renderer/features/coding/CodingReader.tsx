// The reader with the coding workspace beside it: what the shell mounts to read a document.
// Loaded lazily with the reader chunk (pdf.js), so the library starts fast.
import { ReaderView, type ReaderViewProps } from '../reader/ReaderView';
import { CodingWorkspace } from './CodingWorkspace';

/** Starts the pdf.js worker ahead of the first Open (features/shell/ReaderHost.tsx preloads this chunk). */
export { prewarmPdfWorker as prewarmReader } from '../../pdf/pdf-adapter';

export function CodingReader(props: ReaderViewProps) {
  return <ReaderView {...props} renderSide={(controller) => <CodingWorkspace documentId={props.documentId} controller={controller} />} />;
}
