// 0013: a tombstone for each deleted reply on a highlight, so a merge can tell a reply deleted
// in one copy from one the other copy added, and never bring a deleted reply back as a union
// (main/core/share/merge-replies.ts). Written with the delete inside the same undoable action
// (undoing the delete removes its tombstone); tombstones travel in sent and merged files.
import type { Migration } from './index';

export const m0013ReplyTombstones: Migration = {
  version: 13,
  name: 'reply-tombstones',
  up(db) {
    db.exec(`
      CREATE TABLE reply_tombstones (
        reply_id   TEXT PRIMARY KEY,
        deleted_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
