// Reads the 100-byte SQLite header without opening the database, so that files we must
// refuse (not SQLite, another application's, a newer Glossa's) are never touched by SQLite:
// even a read-only open may create -wal/-shm files or replay a journal.
import fs from 'node:fs';

/** 'Glos' — written to PRAGMA application_id of every Glossa project. */
export const GLOSSA_APPLICATION_ID = 0x476c6f73;

export interface SqliteHeader {
  isSqlite: boolean;
  applicationId: number;
  userVersion: number;
  /** File size in bytes. */
  size: number;
}

const MAGIC = 'SQLite format 3\u0000';

export function readSqliteHeader(path: string): SqliteHeader {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    if (n < 100 || buf.toString('latin1', 0, 16) !== MAGIC) {
      return { isSqlite: false, applicationId: 0, userVersion: 0, size };
    }
    return {
      isSqlite: true,
      userVersion: buf.readInt32BE(60),
      applicationId: buf.readInt32BE(68),
      size,
    };
  } finally {
    fs.closeSync(fd);
  }
}
