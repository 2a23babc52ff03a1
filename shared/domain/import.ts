// Import job types: what the renderer sends and the progress it receives.

export type ImportSource =
  | { kind: 'path'; path: string }
  | { kind: 'bytes'; name: string; bytes: Uint8Array };

export type ImportFileState =
  | 'queued'
  | 'parsing'
  | 'saving'
  | 'done'
  | 'duplicate'
  | 'failed'
  | 'cancelled';

export interface ImportFileStatus {
  name: string;
  state: ImportFileState;
  pagesDone: number;
  pageCount: number;
  /** For failed/duplicate: an ErrorCode-like key and English text. */
  errorCode?: string;
  message?: string;
  documentId?: string;
  /** When done: annotations found inside the PDF (highlights, notes …) that can be imported. */
  embeddedAnnotations?: number;
}

export interface ImportProgress {
  jobId: string;
  files: ImportFileStatus[];
  /** Overall fraction 0..1 (pages parsed across all files, files weighted equally). */
  overall: number;
  finished: boolean;
}
