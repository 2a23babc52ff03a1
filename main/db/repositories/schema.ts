// Reads a database's schema objects (sqlite_master) in a sorted form, so that a project file
// can be compared object by object with what our migrations produce. The SQL text is kept
// exactly as stored: any change to it (even a non-breaking space for a space in the FTS
// tokenizer option) is a different schema.
import type { Db } from '../connection';

export interface SchemaObject {
  type: string;
  name: string;
  tblName: string;
  /** CREATE statement exactly as SQLite stores it; null for automatic indexes. */
  sql: string | null;
}

export function readSchema(db: Db): SchemaObject[] {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as Array<{
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }>;
  return rows
    .map((r) => ({ type: r.type, name: r.name, tblName: r.tbl_name, sql: r.sql }))
    .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
