// Import job types: what the renderer sends and the progress it receives.

export type ImportSource =
  | { kind: 'path'; path: string }
  | { kind: 'bytes'; name: string; bytes: Uint8Array };

export type ImportFileState =
  | 'queued'
  | 'parsing'
  | 'recognising'
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
  /** Pages without a usable text layer being read by OCR ('recognising'): done and total. */
  ocrPagesDone?: number;
  ocrPageCount?: number;
  /** Pages left without OCR because the import was cancelled (or OCR failed) while reading them. */
  ocrSkipped?: number;
  /** Why OCR stopped, when it failed (an ErrorCode and English text); absent after a cancel. */
  ocrErrorCode?: string;
  ocrMessage?: string;
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
