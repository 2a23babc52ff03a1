// Typed, user-facing errors that cross process boundaries as plain data.
// `code` doubles as the i18n key (errors.<code>) so the UI can translate it;
// `message` is the English text used by the CLI and as a fallback.

export type ErrorCode =
  | 'project.notFound'
  | 'project.notGlossa'
  | 'project.newerVersion'
  | 'project.damaged'
  | 'project.alreadyExists'
  | 'project.noneOpen'
  | 'project.readOnly'
  | 'project.badRows'
  | 'document.notFound'
  | 'backup.notFound'
  | 'backup.failed'
  | 'backup.damaged'
  | 'import.duplicate'
  | 'import.notPdf'
  | 'import.encrypted'
  | 'import.broken'
  | 'import.tooLarge'
  | 'import.timeout'
  | 'import.cancelled'
  | 'export.cancelled'
  | 'export.writeFailed'
  | 'export.notReady'
  | 'search.badQuery'
  | 'code.notFound'
  | 'code.badInput'
  | 'code.duplicateName'
  | 'code.moveCycle'
  | 'annotation.notFound'
  | 'annotation.badInput'
  | 'autocode.badPattern'
  | 'autocode.tooManyHits'
  | 'autocode.timeout'
  | 'codebook.badFile'
  | 'undo.conflict'
  | 'share.untrustedSchema'
  | 'share.badContent'
  | 'share.sameProject'
  | 'merge.conflictNotFound'
  | 'merge.badResolution'
  | 'agreement.badInput'
  | 'coder.badInput'
  | 'qdpx.badArchive'
  | 'qdpx.unsafeArchive'
  | 'qdpx.badXml'
  | 'api.unknownChannel'
  | 'api.badInput'
  | 'api.unauthorized'
  | 'internal';

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

/** Converts anything thrown into plain error data; unknown errors become `internal`. */
export function toErrorData(err: unknown): ErrorData {
  if (err instanceof GlossaError) return err.toData();
  if (isErrorData(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message };
}

export function isErrorData(value: unknown): value is ErrorData {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorData).code === 'string' &&
    typeof (value as ErrorData).message === 'string'
  );
}
