// Coders: the people who code in this project. The installation's identity (id, name,
// colour) is kept in per-installation settings; it is upserted here on a coder's first write
// so shared project files carry every author's name and colour.
import type { Coder } from '../../../shared/domain/code';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

interface CoderRow {
  id: string;
  name: string;
  color: string;
}

/** Inserts the coder or refreshes its name and colour (a renamed installation). */
export function upsertCoder(db: Db, coder: Coder, now: string): void {
  prepared(db, 
    `INSERT INTO coders (id, name, color, first_seen_at) VALUES (@id, @name, @color, @now)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, color = excluded.color
     WHERE coders.name IS NOT excluded.name OR coders.color IS NOT excluded.color`,
  ).run({ id: coder.id, name: coder.name, color: coder.color, now });
}

export function listCoders(db: Db): Coder[] {
  return (prepared(db, 'SELECT id, name, color FROM coders ORDER BY name, id').all() as CoderRow[]).map((r) => ({ ...r }));
}

export function getCoder(db: Db, id: string): Coder | null {
  const row = prepared(db, 'SELECT id, name, color FROM coders WHERE id = ?').get(id) as CoderRow | undefined;
  return row ? { ...row } : null;
}
