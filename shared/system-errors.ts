// SQLite (better-sqlite3's SqliteError) and Node (fs, errno) errors carry only a code such as
// 'SQLITE_FULL' or 'ENOSPC' and a terse English text; serialised as they are they reached the
// UI as {"code":"SQLITE_FULL"} and showed "Something went wrong". Here each is mapped to one
// of Glossa's storage codes with a message that says what happened and what to do. Every
// write is one transaction, so a refused write changes nothing and what was saved before stays.
import type { ErrorData } from './errors';

type StorageCode = 'storage.full' | 'storage.readOnly' | 'storage.locked' | 'storage.fileMissing' | 'storage.ioError';

/** SQLite extended codes start with the primary one: SQLITE_READONLY_DBMOVED, SQLITE_BUSY_SNAPSHOT … */
const SQLITE_PRIMARY: Record<string, StorageCode> = {
  SQLITE_FULL: 'storage.full',
  SQLITE_READONLY: 'storage.readOnly',
  SQLITE_PERM: 'storage.readOnly',
  SQLITE_BUSY: 'storage.locked',
  SQLITE_LOCKED: 'storage.locked',
  SQLITE_CANTOPEN: 'storage.fileMissing',
  SQLITE_IOERR: 'storage.ioError',
};

const ERRNO: Record<string, StorageCode> = {
  ENOSPC: 'storage.full',
  EDQUOT: 'storage.full',
  EROFS: 'storage.readOnly',
  EACCES: 'storage.readOnly',
  EPERM: 'storage.readOnly',
  EBUSY: 'storage.locked',
  ENOENT: 'storage.fileMissing',
  ENOTDIR: 'storage.fileMissing',
  EIO: 'storage.ioError',
};

const MESSAGES: Record<StorageCode, string> = {
  'storage.full': 'The disk is full, so this change could not be saved. Free some space and try again; everything saved before is kept.',
  'storage.readOnly': 'The file or folder is read-only (or you lack permission), so nothing could be written there.',
  'storage.locked': 'The project file is locked by another program or another Glossa window. Close it there and try again.',
  'storage.fileMissing': 'The file or folder was not found; it may have been moved, renamed or deleted.',
  'storage.ioError': 'The disk could not be read or written (a removed drive or a failing disk?). Nothing was changed.',
};

/** The storage code of a SQLite or errno code, or null for anything else. */
export function storageCodeOf(code: string): StorageCode | null {
  if (ERRNO[code]) return ERRNO[code];
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0];
  return primary ? (SQLITE_PRIMARY[primary] ?? null) : null;
}

/** Error data for a SQLite or Node system error; null when `err` is neither. */
export function systemErrorData(err: unknown): ErrorData | null {
  if (typeof err !== 'object' || err === null) return null;
  const { code, path } = err as { code?: unknown; path?: unknown };
  if (typeof code !== 'string') return null;
  const mapped = storageCodeOf(code);
  if (!mapped) return null;
  const params: Record<string, string> = { cause: code };
  if (typeof path === 'string') params.path = path;
  const where = typeof path === 'string' ? ` (${path})` : '';
  return { code: mapped, message: `${MESSAGES[mapped]}${where}`, params };
}
