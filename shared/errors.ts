// Typed, user-facing errors that cross process boundaries as plain data.
// `code` doubles as the i18n key (errors.<code>) so the UI can translate it;
// `message` is the English text used by the CLI and as a fallback.
import { systemErrorData } from './system-errors';

/** Every error code, each also the i18n key errors.<code>. */
export const ERROR_CODES = [
  'project.notFound',
  'project.notGlossa',
  'project.newerVersion',
  'project.damaged',
  'project.alreadyExists',
  'project.noneOpen',
  'project.readOnly',
  'project.badRows',
  'document.notFound',
  'backup.notFound',
  'backup.failed',
  'backup.damaged',
  'import.duplicate',
  'import.notPdf',
  'import.encrypted',
  'import.broken',
  'import.tooLarge',
  'import.timeout',
  'import.tooMuchMemory',
  'import.cancelled',
  'ocr.unavailable',
  'ocr.cancelled',
  'ocr.failed',
  'export.cancelled',
  'export.writeFailed',
  'export.notReady',
  'export.unknownStyle',
  'search.badQuery',
  'query.syntax',
  'query.unknownCode',
  'query.ambiguousCode',
  'code.notFound',
  'code.badInput',
  'code.duplicateName',
  'code.moveCycle',
  'annotation.notFound',
  'annotation.badInput',
  'annotationImport.notJson',
  'annotationImport.noAnnotations',
  'annotationImport.badPdf',
  'annotationImport.badColourMap',
  'autocode.badPattern',
  'autocode.tooManyHits',
  'autocode.timeout',
  'autocode.stopped',
  'codebook.badFile',
  'undo.conflict',
  'share.untrustedSchema',
  'share.badContent',
  'share.sameProject',
  'merge.conflictNotFound',
  'merge.badResolution',
  'agreement.badInput',
  'consensus.badInput',
  'reply.notFound',
  'memo.badInput',
  'memo.notFound',
  'case.badInput',
  'case.notFound',
  'case.noOutline',
  'passageLink.badInput',
  'passageLink.notFound',
  'passageLink.duplicate',
  'case.noHeadings',
  'attribute.badInput',
  'attribute.notFound',
  'attribute.badFile',
  'coder.badInput',
  'record.badInput',
  'bibliography.badInput',
  'bibliography.badFile',
  'qdpx.badArchive',
  'qdpx.unsafeArchive',
  'qdpx.badXml',
  'qdpx.tooLarge',
  'link.badLink',
  'link.projectNotFound',
  'link.passageNotFound',
  'zotero.notFound',
  'zotero.notZotero',
  'zotero.newerSchema',
  'zotero.unsafePath',
  'zotero.fileMissing',
  'zotero.linkedFile',
  'zotero.noPdf',
  'api.unknownChannel',
  'api.badInput',
  'api.unauthorized',
  'storage.full',
  'storage.readOnly',
  'storage.locked',
  'storage.fileMissing',
  'storage.ioError',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorData {
  code: ErrorCode;
  message: string;
  /** Values interpolated into the translated message, e.g. { version: 7 }. */
  params?: Record<string, string | number>;
}

export class GlossaError extends Error {
  readonly code: ErrorCode;
  readonly params?: Record<string, string | number>;

  constructor(code: ErrorCode, message: string, params?: Record<string, string | number>) {
    super(message);
    this.name = 'GlossaError';
    this.code = code;
    this.params = params;
  }

  toData(): ErrorData {
    return { code: this.code, message: this.message, params: this.params };
  }
}

/**
 * Converts anything thrown into plain error data: a GlossaError or error data as it is; a
 * SQLite or Node error by its code (disk full, read-only, locked, file missing: see
 * system-errors.ts); anything else becomes `internal` with its text.
 */
export function toErrorData(err: unknown): ErrorData {
  if (err instanceof GlossaError) return err.toData();
  if (isErrorData(err)) return { code: err.code, message: err.message, ...(err.params ? { params: err.params } : {}) };
  const system = systemErrorData(err);
  if (system) return system;
  // Data from a newer peer with a code this build does not know keeps its text.
  const text = (err as { message?: unknown } | null)?.message;
  return { code: 'internal', message: typeof text === 'string' ? text : String(err) };
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** Plain error data with one of Glossa's own codes (a SqliteError's 'SQLITE_FULL' is not). */
export function isErrorData(value: unknown): value is ErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    KNOWN_CODES.has((value as ErrorData).code) &&
    typeof (value as ErrorData).message === 'string'
  );
}
