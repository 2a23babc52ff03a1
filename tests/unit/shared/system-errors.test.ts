// Real SQLite and Node errors (not made-up objects) map to storage codes with a clear
// message in English and Russian; unknown system codes stay `internal` with their text.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../../renderer/i18n/i18n';
import { toErrorData } from '../../../shared/errors';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
function tempDb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-syserr-'));
  dirs.push(dir);
  const file = path.join(dir, 'x.db');
  const db = new Database(file);
  db.exec('CREATE TABLE t (x)');
  db.close();
  return file;
}
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return JSON.parse(JSON.stringify(toErrorData(err))); // as it crosses IPC / HTTP
  }
  throw new Error('expected a throw');
}

describe('system errors reach the user as storage messages', () => {
  it('read-only: a write on a read-only connection (SQLITE_READONLY)', () => {
    const db = new Database(tempDb(), { readonly: true });
    const e = thrown(() => db.exec('INSERT INTO t VALUES (1)'));
    db.close();
    expect(e).toMatchObject({ code: 'storage.readOnly', params: { cause: 'SQLITE_READONLY' } });
    expect(errorMessage(e, 'en')).toMatch(/read-only/);
    expect(errorMessage(e, 'ru')).toMatch(/только для чтения/);
  });

  it('locked: a write while another connection holds the write lock (SQLITE_BUSY)', () => {
    const file = tempDb();
    const a = new Database(file);
    const b = new Database(file, { timeout: 0 });
    a.exec('BEGIN IMMEDIATE');
    const e = thrown(() => b.exec('INSERT INTO t VALUES (1)'));
    a.exec('ROLLBACK');
    a.close();
    b.close();
    expect(e).toMatchObject({ code: 'storage.locked' });
    expect(errorMessage(e, 'en')).toMatch(/locked by another program/);
    expect(errorMessage(e, 'ru')).toMatch(/заблокирован/);
  });

  it('file missing: reading a file that is not there (ENOENT), with its path', () => {
    const missing = path.join(os.tmpdir(), 'glossa-no-such-file.pdf');
    const e = thrown(() => fs.readFileSync(missing));
    expect(e).toMatchObject({ code: 'storage.fileMissing', params: { cause: 'ENOENT', path: missing } });
    expect((e as { message: string }).message).toContain(missing);
    expect(errorMessage(e, 'ru')).toMatch(/не найдены/);
  });

  it('anything else stays internal with its own text', () => {
    expect(thrown(() => { throw Object.assign(new Error('odd'), { code: 'SQLITE_MISMATCH' }); })).toEqual({ code: 'internal', message: 'odd' });
    expect(thrown(() => { throw { code: 'SQLITE_FULL' }; })).toMatchObject({ code: 'storage.full' });
  });
});
