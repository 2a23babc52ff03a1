// 0022: the kept search screens (0021) now cover the two-word phrases of common words too
// (main/core/search/search-screens.ts). A file whose screens were ranked before has them at
// the current generation, so nothing would rank them again until its pages change: they are
// dropped here and screens_generation reset, and the next open builds them with the phrases.
// Derived data only; until the build, searches rank live as they did before 0021.
import type { Migration } from './index';

export const m0022PhraseScreens: Migration = {
  version: 22,
  name: 'phrase-screens',
  up(db) {
    db.exec(`
      DELETE FROM search_screens;
      UPDATE search_state SET screens_generation = 0 WHERE id = 1;
    `);
  },
};
