// 0004: who last edited a highlight. annotations.coder_id stays the coder who CREATED it;
// updated_by is the coder of the latest edit (comment, codes, colour, new targets), NULL while
// nobody has edited it (and for edits made before this version, whose editor was not kept).
// The panel, the conflicts view and the exports show "created by A, edited by B" from it.
// No triggers or views: shared project files are validated against an exact schema whitelist.
import type { Migration } from './index';

export const m0004Authorship: Migration = {
  version: 4,
  name: 'authorship',
  up(db) {
    db.exec('ALTER TABLE annotations ADD COLUMN updated_by TEXT REFERENCES coders(id);');
  },
};
