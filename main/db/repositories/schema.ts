// Reads a database's schema objects (sqlite_master) in a normalised, sorted form, so that a
// received project file can be compared object by object with what our migrations produce.
import type { Db } from '../connection';

export interface SchemaObject {
  type: string;
  name: string;
  tblName: string;
  /** CREATE statement with whitespace folded; null for automatic indexes. */
  sql: string | null;
}

function normaliseSql(sql: string | null): string | null {
  return sql === null ? null : sql.replace(/\s+/g, ' ').trim();
}

export function readSchema(db: Db): SchemaObject[] {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as Array<{
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }>;
  return rows
    .map((r) => ({ type: r.type, name: r.name, tblName: r.tbl_name, sql: normaliseSql(r.sql) }))
    .sort((a, b) => (a.type + '\u0000' + a.name).localeCompare(b.type + '\u0000' + b.name));
}
