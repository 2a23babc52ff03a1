// 0006: the stemmed full-text index next to the exact one. pages_stem_fts holds one Snowball
// stem per token of pages_fts, in the same order (rowid = pages.id), so phrases and NEAR
// keep their positions and any word form finds every other (торговля -> торговли). It is
// contentless like pages_fts; existing pages are indexed here, inside the migration's
// transaction, from the stored page texts (measured: see README "Benchmarks").
import { stemmedBody } from '../../../shared/text/stem';
import type { Migration } from './index';

export const m0006StemmedSearch: Migration = {
  version: 6,
  name: 'stemmed-search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE pages_stem_fts USING fts5(
        body,
        content = '',
        contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    // Read in batches: better-sqlite3 cannot write while a read statement is iterating, and
    // one .all() would hold every page text of a large project in memory at once.
    const insert = db.prepare('INSERT INTO pages_stem_fts (rowid, body) VALUES (?, ?)');
    const batch = db.prepare('SELECT id, text FROM pages WHERE id > ? ORDER BY id LIMIT 500');
    let last = -1;
    for (;;) {
      const rows = batch.all(last) as Array<{ id: number; text: string }>;
      if (rows.length === 0) break;
      for (const row of rows) insert.run(row.id, stemmedBody(row.text));
      last = rows[rows.length - 1].id;
    }
  },
};
