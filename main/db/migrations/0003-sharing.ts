// 0003: merge bookkeeping. merge_state keeps, per peer project and item, the content hash seen
// at the last merge from that peer: the common base of the three-way merge (an item whose hash
// still equals the base was not changed on that side). merge_conflicts lists what the user
// has to decide, with both versions kept as JSON so nothing is lost before the decision.
// No triggers or views: shared project files are validated against an exact schema whitelist.
import type { Migration } from './index';

export const m0003Sharing: Migration = {
  version: 3,
  name: 'sharing',
  up(db) {
    db.exec(`
      CREATE TABLE merge_state (
        peer_id   TEXT NOT NULL,
        item_key  TEXT NOT NULL,
        hash      TEXT NOT NULL,
        PRIMARY KEY (peer_id, item_key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE merge_conflicts (
        id          TEXT PRIMARY KEY,
        created_at  TEXT NOT NULL,
        peer_id     TEXT NOT NULL,
        peer_name   TEXT NOT NULL,
        item_type   TEXT NOT NULL CHECK (item_type IN ('document', 'code', 'annotation', 'memo')),
        item_key    TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('bothChanged', 'deletedHere', 'deletedThere', 'sameNameCode')),
        label       TEXT NOT NULL,
        mine        TEXT,
        theirs      TEXT,
        copy_id     TEXT,
        status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        resolution  TEXT,
        resolved_at TEXT
      ) STRICT;
      CREATE INDEX merge_conflicts_by_status ON merge_conflicts(status, created_at);
    `);
  },
};
