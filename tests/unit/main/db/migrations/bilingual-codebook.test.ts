// The bilingual-codebook migration on a file from before it: translated names go to their
// language, a name without translations and the notes to the language of their letters, open
// merge conflicts' code rows get the new shape, and the migrated file passes the row check.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb } from '../../../../../main/db/connection';
import { GLOSSA_APPLICATION_ID } from '../../../../../main/db/file-header';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../main/db/migrations/index';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { findRowProblems } from '../../../../../main/db/row-check';

const BILINGUAL = MIGRATIONS.find((m) => m.name === 'bilingual-codebook')!;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-mig7-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function oldFile(): string {
  const file = path.join(dir, 'old.glossa');
  const raw = new Database(file);
  raw.pragma(`application_id = ${GLOSSA_APPLICATION_ID}`);
  const before = MIGRATIONS.filter((m) => m.version < BILINGUAL.version);
  for (const m of before) m.up(raw);
  raw.pragma(`user_version = ${before[before.length - 1].version}`);
  const insert = raw.prepare(
    `INSERT INTO codes (id, parent_id, name, localized_names, color, definition, inclusion, exclusion, position, created_at, updated_at)
     VALUES (?, NULL, ?, ?, '#123456', ?, ?, '', ?, 'x', 'x')`,
  );
  insert.run('shipped', 'Knowledge production', '{"en":"Knowledge production","ru":"Производство знаний"}', 'Studies and data.', 'Assessments.', 0);
  insert.run('typed-ru', 'Вербовка через агентства', '{}', 'Объявления о работе за рубежом.', '', 1);
  insert.run('typed-en', 'Peer review', '{}', 'Reviews by peers.', 'OSCE (ОБСЕ) reviews', 2);
  raw
    .prepare(`INSERT INTO merge_conflicts (id, created_at, peer_id, peer_name, item_type, item_key, kind, label, mine, theirs) VALUES ('c1', '2026-11-30T10:00:00.000Z', 'p', 'Boris', 'code', 'code:shipped', 'bothChanged', 'Code', ?, ?)`)
    .run(
      JSON.stringify({ id: 'shipped', parent_id: null, name: 'Knowledge production', localized_names: '{"en":"Knowledge production","ru":"Производство знаний"}', color: '#123456', definition: 'Mine', inclusion: '', exclusion: '', position: 0 }),
      JSON.stringify({ id: 'shipped', parent_id: null, name: 'Сбор знаний', localized_names: '{}', color: '#123456', definition: 'Их', inclusion: '', exclusion: '', position: 0 }),
    );
  raw.close();
  return file;
}

describe('migration bilingual-codebook', () => {
  it('moves names and notes to their language and keeps every other column', () => {
    const file = oldFile();
    const db = openProjectDb(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const byId = new Map(listCodes(db).map((c) => [c.id, c]));
      expect(byId.get('shipped')!.text).toEqual({
        en: { name: 'Knowledge production', definition: 'Studies and data.', inclusion: 'Assessments.', exclusion: '' },
        ru: { name: 'Производство знаний', definition: '', inclusion: '', exclusion: '' },
      });
      expect(byId.get('typed-ru')!.text.ru).toEqual({ name: 'Вербовка через агентства', definition: 'Объявления о работе за рубежом.', inclusion: '', exclusion: '' });
      expect(byId.get('typed-ru')!.text.en.name).toBe('');
      expect(byId.get('typed-en')!.text.en).toEqual({ name: 'Peer review', definition: 'Reviews by peers.', inclusion: 'OSCE (ОБСЕ) reviews', exclusion: '' });
      expect(byId.get('typed-en')!.text.ru.name).toBe('');
      expect(byId.get('typed-en')!.position).toBe(2);
      const cols = (db.prepare('PRAGMA table_info(codes)').all() as Array<{ name: string }>).map((c) => c.name);
      expect(cols).not.toContain('localized_names');
      expect(cols).not.toContain('name');
      const conflict = db.prepare("SELECT mine, theirs FROM merge_conflicts WHERE id = 'c1'").get() as { mine: string; theirs: string };
      expect(JSON.parse(conflict.mine)).toMatchObject({ name_en: 'Knowledge production', name_ru: 'Производство знаний', definition_en: 'Mine', color: '#123456' });
      expect(JSON.parse(conflict.theirs)).toMatchObject({ name_en: '', name_ru: 'Сбор знаний', definition_ru: 'Их' });
      expect(JSON.parse(conflict.theirs).name).toBeUndefined();
      expect(findRowProblems(db, LATEST_SCHEMA_VERSION)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('the row check reads a file from before the migration by its old columns', () => {
    const file = oldFile();
    const raw = new Database(file);
    try {
      raw.prepare("UPDATE codes SET name = '   ' WHERE id = 'typed-en'").run();
      const version = raw.pragma('user_version', { simple: true }) as number;
      expect(findRowProblems(raw, version)).toEqual([{ table: 'codes', id: 'typed-en', field: 'name', reason: 'A code needs a name.' }]);
    } finally {
      raw.close();
    }
  });
});
