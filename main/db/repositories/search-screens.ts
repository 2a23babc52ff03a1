// The kept first screens of the searches that match most pages (migration 0021): read by
// searchPages, written by the job that ranks them (main/core/search/search-screens.ts). A
// screen holds the first page ids of one MATCH expression in one index, as a blob of
// little-endian uint32 in FTS5's bm25 order (ties by page id), and the search's exact total.
// A screen is read in the same statement as the current generation, so a write that commits
// between the two cannot make a stale screen look current.
import type { SearchMode } from '../../../shared/domain/search';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export interface KeptScreen {
  total: number;
  ids: number[];
}

export interface SearchState {
  generation: number;
  screensGeneration: number;
}

/** The largest page id: an upper bound of the number of pages, read from the index's end. */
export function pageIdBound(db: Db): number {
  return (prepared(db, 'SELECT coalesce(max(id), 0) AS n FROM pages').get() as { n: number }).n;
}

/** Ids in a screen at most; a blob that claims more is not a screen Glossa wrote. */
export const MAX_SCREEN_IDS = 1000;

export function searchState(db: Db): SearchState | null {
  const row = prepared(db, 'SELECT generation, screens_generation FROM search_state WHERE id = 1').get() as
    | { generation: unknown; screens_generation: unknown }
    | undefined;
  if (!row || typeof row.generation !== 'number' || typeof row.screens_generation !== 'number') return null;
  return { generation: row.generation, screensGeneration: row.screens_generation };
}

function decodeIds(blob: unknown): number[] | null {
  if (!(blob instanceof Uint8Array) || blob.byteLength % 4 !== 0 || blob.byteLength > MAX_SCREEN_IDS * 4) return null;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const ids: number[] = [];
  for (let at = 0; at < blob.byteLength; at += 4) ids.push(view.getUint32(at, true));
  return ids;
}

export function encodeIds(ids: readonly number[]): Buffer {
  const out = Buffer.alloc(ids.length * 4);
  ids.forEach((id, i) => out.writeUInt32LE(id, i * 4));
  return out;
}

/** The current screen of `match` in `mode`'s index, or null (none kept, stale, or not well formed). */
export function keptScreen(db: Db, mode: SearchMode, match: string): KeptScreen | null {
  const row = prepared(
    db,
    `SELECT s.total, s.ids FROM search_screens s JOIN search_state g ON g.id = 1 AND g.generation = s.generation
      WHERE s.mode = ? AND s.match = ?`,
  ).get(mode, match) as { total: unknown; ids: unknown } | undefined;
  if (!row || typeof row.total !== 'number' || !Number.isSafeInteger(row.total)) return null;
  const ids = decodeIds(row.ids);
  if (!ids || ids.length === 0 || row.total < ids.length) return null;
  return { total: row.total, ids };
}

/** Every word of the index with the number of pages it is on (fts5vocab, row mode). */
export function indexVocabulary(db: Db, mode: SearchMode): Array<{ term: string; pages: number }> {
  const table = mode === 'stem' ? 'pages_stem_fts' : 'pages_fts';
  const vocab = `glossa_vocab_${mode}`;
  // A temp table: read through this connection only, never stored in the file.
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${vocab} USING fts5vocab(main, ${table}, row)`);
  return (db.prepare(`SELECT term, doc FROM temp.${vocab}`).all() as Array<{ term: string; doc: number }>).map((r) => ({ term: r.term, pages: r.doc }));
}

/** Every `step`-th page's text by id: a sample spread over all documents (pages are stored in page order). */
export function samplePageTexts(db: Db, step: number): string[] {
  const rows = prepared(db, 'SELECT text FROM pages WHERE id % ? = 0').all(Math.max(1, Math.floor(step))) as Array<{ text: string }>;
  return rows.map((r) => r.text);
}

export interface BuiltScreen {
  mode: SearchMode;
  match: string;
  total: number;
  ids: number[];
}

/**
 * Replaces the kept screens with `screens`, ranked at `generation`, unless the pages changed
 * since (then nothing is written and false returned: the next build covers the new pages).
 */
export function storeScreens(db: Db, generation: number, screens: readonly BuiltScreen[]): boolean {
  return db.transaction(() => {
    const state = searchState(db);
    if (!state || state.generation !== generation) return false;
    prepared(db, 'DELETE FROM search_screens').run();
    const insert = prepared(db, 'INSERT INTO search_screens (mode, match, generation, total, ids) VALUES (?, ?, ?, ?, ?)');
    for (const s of screens) insert.run(s.mode, s.match, generation, s.total, encodeIds(s.ids));
    prepared(db, 'UPDATE search_state SET screens_generation = ? WHERE id = 1').run(generation);
    return true;
  }).immediate();
}

/** Kept screens and their size in bytes (for the bench and the tests). */
export function screenStats(db: Db): { screens: number; bytes: number } {
  const row = prepared(db, 'SELECT count(*) AS n, coalesce(sum(length(ids) + length(match) + 16), 0) AS bytes FROM search_screens').get() as { n: number; bytes: number };
  return { screens: row.n, bytes: row.bytes };
}
