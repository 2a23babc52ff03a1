// 0021: first screens of the searches that match most pages, kept ranked (issue 12). A word
// or prefix on most of 50,000 pages (`the`, `тор*`) cost 30-90 ms to rank inside FTS5 — bm25
// scores every hit — while the screen it shows is the same until the pages change. So a job
// ranks those searches once after the pages change (main/core/search/search-screens.ts) and
// stores the first SCREEN_DEPTH page ids of each, in FTS5's own order, with the exact total.
// search_state.generation goes up with every write to the full-text indexes, in the same
// transaction (page-index.ts); a screen is used only while its generation is the current one.
// screens_generation says which generation the last build covered (nothing to do when equal).
// Derived data: a screen that does not hold up (bad blob, a page that does not match) is
// ignored and the search runs live, so a colleague's file cannot steer results with it.
import type { Migration } from './index';

export const m0021SearchScreens: Migration = {
  version: 21,
  name: 'search-screens',
  up(db) {
    db.exec(`
      CREATE TABLE search_state (
        id                  INTEGER PRIMARY KEY CHECK (id = 1),
        generation          INTEGER NOT NULL,
        screens_generation  INTEGER NOT NULL
      ) STRICT;
      INSERT INTO search_state (id, generation, screens_generation) VALUES (1, 1, 0);
      CREATE TABLE search_screens (
        mode        TEXT NOT NULL,
        match       TEXT NOT NULL,
        generation  INTEGER NOT NULL,
        total       INTEGER NOT NULL,
        ids         BLOB NOT NULL,
        PRIMARY KEY (mode, match)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
