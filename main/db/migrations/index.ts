// Numbered, append-only schema migrations on PRAGMA user_version. Never edit a shipped
// migration: add the next number. All pending migrations run in ONE transaction together
// with the user_version bump, so a crash mid-migration leaves the file at its old version.
// Numbers only ascend; a gap (numbers reserved by work on other branches) is harmless:
// a file at any version runs exactly the migrations above it.
import type Database from 'better-sqlite3';
import { m0001Foundation } from './0001-foundation';
import { m0002Coding } from './0002-coding';
import { m0003Sharing } from './0003-sharing';
import { m0004Authorship } from './0004-authorship';
import { m0005PageLabels } from './0005-page-labels';
import { m0006StemmedSearch } from './0006-stemmed-search';
import { m0007Ocr } from './0007-ocr';
import { m0008IndependentCoding } from './0008-independent-coding';
import { m0009PdfAnnotations } from './0009-pdf-annotations';
import { m0010BilingualCodebook } from './0010-bilingual-codebook';
import { m0011Extractor } from './0011-extractor';
import { m0012PagePreviews } from './0012-page-previews';
import { m0013ReplyTombstones } from './0013-reply-tombstones';
import { m0014DocumentBibliography } from './0014-document-bibliography';
import { m0015Cases } from './0015-cases';
import { m0016BibliographyTombstones } from './0016-bibliography-tombstones';
import { m0017Exemplars } from './0017-exemplars';
import { m0018PassageLinks } from './0018-passage-links';
import { m0019TitledMemos } from './0019-titled-memos';
import { m0020AttributeDefinitions } from './0020-attribute-definitions';
import { m0021SearchScreens } from './0021-search-screens';
import { m0022PhraseScreens } from './0022-phrase-screens';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  m0001Foundation, m0002Coding, m0003Sharing, m0004Authorship, m0005PageLabels, m0006StemmedSearch, m0007Ocr, m0008IndependentCoding,
  m0009PdfAnnotations, m0010BilingualCodebook, m0011Extractor, m0012PagePreviews, m0013ReplyTombstones, m0014DocumentBibliography, m0015Cases, m0016BibliographyTombstones,
  m0017Exemplars, m0018PassageLinks, m0019TitledMemos, m0020AttributeDefinitions, m0021SearchScreens, m0022PhraseScreens,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function currentVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every migration above the file's user_version; returns the versions applied. */
export function migrate(db: Database.Database): number[] {
  const from = currentVersion(db);
  const pending = MIGRATIONS.filter((m) => m.version > from);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      // PRAGMA cannot take bound parameters; version is a trusted integer.
      db.pragma(`user_version = ${m.version | 0}`);
    }
  })();
  return pending.map((m) => m.version);
}
