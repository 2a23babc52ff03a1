// The titled-memos migration on a file from before it: each one-per-target memo (project,
// document, code) becomes a titled memo named after its target, keeps its id, body, coder and
// times, stays its target's memo (memos.get by target still finds it) and is linked to it; a
// memo whose document is gone keeps its body with a fallback title; the migrated file passes
// the row check and takes journal memos.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMemo } from '../../../../../main/core/coding/memos';
import { listMemos } from '../../../../../main/core/memos/memo-read';
import { openProjectDb } from '../../../../../main/db/connection';
import { GLOSSA_APPLICATION_ID } from '../../../../../main/db/file-header';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../main/db/migrations/index';
import { findRowProblems } from '../../../../../main/db/row-check';

const TITLED = MIGRATIONS.find((m) => m.name === 'titled-memos')!;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-mig-memos-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const T = '2026-11-30T10:00:00.000Z';

function oldFile(): string {
  const file = path.join(dir, 'old.glossa');
  const raw = new Database(file);
  raw.pragma(`application_id = ${GLOSSA_APPLICATION_ID}`);
  const before = MIGRATIONS.filter((m) => m.version < TITLED.version);
  for (const m of before) m.up(raw);
  raw.pragma(`user_version = ${before[before.length - 1].version}`);
  raw.exec(`
    INSERT INTO meta (key, value) VALUES ('name', 'Trafficking study');
    INSERT INTO coders (id, name, color, first_seen_at) VALUES ('alice', 'Alice', '#e15759', '${T}');
    INSERT INTO documents (id, sha256, file_name, title, page_count, byte_size, imported_at, updated_at)
      VALUES ('doc-1', '${'a'.repeat(64)}', 'tip-2024.pdf', 'TIP Report 2024', 3, 10, '${T}', '${T}');
    INSERT INTO codes (id, parent_id, name_en, name_ru, color, position, created_at, updated_at)
      VALUES ('code-1', NULL, 'Funding', 'Финансирование', '#123456', 0, '${T}', '${T}'),
             ('code-2', NULL, '', 'Партнёры', '#123456', 1, '${T}', '${T}');
    INSERT INTO memos (id, target_type, target_id, body, coder_id, created_at, updated_at) VALUES
      ('m-project', 'project', '', 'Research questions', 'alice', '${T}', '2026-12-01T00:00:00.000Z'),
      ('m-doc', 'document', 'doc-1', 'About the report', 'alice', '${T}', '${T}'),
      ('m-code', 'code', 'code-1', 'What counts as funding', 'alice', '${T}', '${T}'),
      ('m-code-ru', 'code', 'code-2', 'Кто партнёр', 'alice', '${T}', '${T}'),
      ('m-gone', 'document', 'doc-gone', 'A memo whose document left', 'alice', '${T}', '${T}');
  `);
  raw.close();
  return file;
}

describe('migration titled-memos', () => {
  it('turns every per-target memo into a titled memo of and linked to its target', () => {
    const db = openProjectDb(oldFile());
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const rows = db.prepare('SELECT id, title, body, target_type, target_id, coder_id, created_at, updated_at FROM memos ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'm-code', title: 'Funding', body: 'What counts as funding', target_type: 'code', target_id: 'code-1', coder_id: 'alice', created_at: T, updated_at: T },
      { id: 'm-code-ru', title: 'Партнёры', body: 'Кто партнёр', target_type: 'code', target_id: 'code-2', coder_id: 'alice', created_at: T, updated_at: T },
      { id: 'm-doc', title: 'TIP Report 2024', body: 'About the report', target_type: 'document', target_id: 'doc-1', coder_id: 'alice', created_at: T, updated_at: T },
      { id: 'm-gone', title: 'Memo', body: 'A memo whose document left', target_type: 'document', target_id: 'doc-gone', coder_id: 'alice', created_at: T, updated_at: T },
      { id: 'm-project', title: 'Trafficking study', body: 'Research questions', target_type: 'project', target_id: '', coder_id: 'alice', created_at: T, updated_at: '2026-12-01T00:00:00.000Z' },
    ]);
    // Still each target's memo…
    expect(getMemo(db, 'code', 'code-1')?.body).toBe('What counts as funding');
    expect(getMemo(db, 'project', '')?.body).toBe('Research questions');
    // …and linked to it, so the manager's "linked to" filter finds it.
    const links = db.prepare('SELECT memo_id, document_id, code_id, case_id, annotation_id FROM memo_links ORDER BY memo_id').all();
    expect(links).toEqual([
      { memo_id: 'm-code', document_id: null, code_id: 'code-1', case_id: null, annotation_id: null },
      { memo_id: 'm-code-ru', document_id: null, code_id: 'code-2', case_id: null, annotation_id: null },
      { memo_id: 'm-doc', document_id: 'doc-1', code_id: null, case_id: null, annotation_id: null },
    ]);
    expect(listMemos(db, { linked: { kind: 'document', id: 'doc-1' } }).map((m) => m.id)).toEqual(['m-doc']);
    expect(listMemos(db, {}).map((m) => m.id)[0]).toBe('m-project'); // last edited first
    expect(findRowProblems(db, LATEST_SCHEMA_VERSION)).toEqual([]);
    // The rebuilt table takes journal memos (no target) and still allows one memo per target.
    db.prepare(`INSERT INTO memos (id, title, body, coder_id, created_at, updated_at) VALUES ('j1', 'Journal', '', 'alice', ?, ?)`).run(T, T);
    db.prepare(`INSERT INTO memos (id, title, body, coder_id, created_at, updated_at) VALUES ('j2', 'Journal', '', 'alice', ?, ?)`).run(T, T);
    expect(() => db.prepare(`INSERT INTO memos (id, title, body, target_type, target_id, coder_id, created_at, updated_at) VALUES ('x', 'X', '', 'code', 'code-1', 'alice', ?, ?)`).run(T, T)).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO memos (id, title, body, target_type, coder_id, created_at, updated_at) VALUES ('y', 'Y', '', 'code', 'alice', ?, ?)`).run(T, T)).toThrow(/CHECK/);
    db.close();
  });
});
