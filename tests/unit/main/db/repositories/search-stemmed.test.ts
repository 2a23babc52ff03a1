// Stemmed search (the default) over a real project file: dictionary forms find inflected
// ones in Russian and English, the exact-form toggle does not; ё/е, phrases and NEAR over
// stems, prefixes, OR, -NOT, filters; snippets and reader terms carry the actual inflected
// words; an empty result offers what to try; the index follows imports and removals, and a
// project from before migration 6 gets it filled by the migration.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchSuggestions } from '../../../../../main/core/search/suggestions';
import { openProjectDb } from '../../../../../main/db/connection';
import { GLOSSA_APPLICATION_ID } from '../../../../../main/db/file-header';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../main/db/migrations/index';
import { removeDocumentAction } from '../../../../../main/core/documents/remove-document';
import { redo, undo } from '../../../../../main/core/coding/undo-stack';
import { searchPages } from '../../../../../main/db/repositories/search';
import type { DocumentMeta } from '../../../../../shared/domain/document';
import type { SearchQuery } from '../../../../../shared/domain/search';
import { normalizeSearch } from '../../../../../shared/text/normalize-search';
import { addDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';

const RU_PAGES = [
  'Доклад о борьбе с торговлей людьми.',
  'Торговли людьми стало меньше благодаря партнёрства государств.',
  'Противодействие торговле людьми в Молдове; ещё одна ёлка.',
  'Партнерство с МОМ помогает жертвам.',
];
const EN_PAGES = [
  'The organisations of the region signed a partnership.',
  'One organisation reported victims of trafficking to the police.',
  'Victims were trafficked across the border; police cooperation in the region grew.',
];

let p: TempProject;
let ru: DocumentMeta;
let en: DocumentMeta;
beforeAll(() => {
  p = tempProject('glossa-stem-');
  ru = addDocument(p.db, RU_PAGES, { title: 'Доклад ГРЕТА', organisation: 'coe-greta', year: 2018, language: 'ru' });
  en = addDocument(p.db, EN_PAGES, { title: 'OSCE report', organisation: 'osce', year: 2012, language: 'en' });
});
afterAll(() => p.close());

const search = (q: SearchQuery) => searchPages(p.db, { limit: 500, ...q });
const pagesOf = (q: SearchQuery) =>
  search(q)
    .hits.map((h) => `${h.documentId === ru.id ? 'ru' : 'en'}${h.pageIndex}`)
    .sort();
const marks = (snippet: string) => [...snippet.matchAll(/\u0002([^\u0003]*)\u0003/g)].map((m) => m[1]);

describe('stemmed search', () => {
  it('finds every inflected form from the dictionary form, in Russian and English', () => {
    expect(pagesOf({ text: 'торговля' })).toEqual(['ru0', 'ru1', 'ru2']);
    expect(pagesOf({ text: 'торговли' })).toEqual(['ru0', 'ru1', 'ru2']);
    expect(pagesOf({ text: 'партнёрство' })).toEqual(['ru1', 'ru3']);
    expect(pagesOf({ text: 'organisation' })).toEqual(['en0', 'en1']);
    expect(pagesOf({ text: 'trafficking' })).toEqual(['en1', 'en2']);
  });

  it('restricts to the typed form with the exact-form toggle', () => {
    expect(pagesOf({ text: 'торговля', exact: true })).toEqual([]);
    expect(pagesOf({ text: 'торговли', exact: true })).toEqual(['ru1']);
    expect(pagesOf({ text: 'organisation', exact: true })).toEqual(['en1']);
  });

  it('still folds ё and е, both ways and in both modes', () => {
    expect(pagesOf({ text: 'партнерство' })).toEqual(['ru1', 'ru3']);
    expect(pagesOf({ text: 'ёлки' })).toEqual(['ru2']);
    expect(pagesOf({ text: 'еще' })).toEqual(['ru2']);
    expect(pagesOf({ text: 'партнёрство', exact: true })).toEqual(['ru3']);
  });

  it('matches phrases and NEAR over stems', () => {
    expect(pagesOf({ text: '"торговля людьми"' })).toEqual(['ru0', 'ru1', 'ru2']);
    expect(pagesOf({ text: '"людьми торговля"' })).toEqual([]);
    expect(pagesOf({ text: '"victim of traffic"' })).toEqual([]);
    expect(pagesOf({ text: '"victims of trafficking"' })).toEqual(['en1']);
    // "victims of trafficking to the police": four words between.
    expect(pagesOf({ text: 'NEAR(victim police, 4)' })).toEqual(['en1']);
    expect(pagesOf({ text: 'NEAR(victim police, 3)' })).toEqual([]);
    expect(pagesOf({ text: 'NEAR(victim police, 12)' })).toEqual(['en1', 'en2']);
    expect(pagesOf({ text: 'NEAR(police victim)' })).toEqual(['en1', 'en2']);
    expect(pagesOf({ text: 'NEAR(торговля государство, 5)' })).toEqual(['ru1']);
    expect(pagesOf({ text: 'NEAR(торговля государство, 4)' })).toEqual([]);
    expect(pagesOf({ text: 'NEAR(victim police, 4)', exact: true })).toEqual([]);
  });

  it('handles prefix*, OR, -NOT and filters over stems', () => {
    expect(pagesOf({ text: 'организ* OR organis*' })).toEqual(['en0', 'en1']);
    expect(pagesOf({ text: 'партн*' })).toEqual(['ru1', 'ru3']);
    expect(pagesOf({ text: 'торговля -молдова' })).toEqual(['ru0', 'ru1']);
    expect(pagesOf({ text: 'торговля NOT государства' })).toEqual(['ru0', 'ru2']);
    expect(pagesOf({ text: 'торговля OR victim', filter: { languages: ['en'] } })).toEqual(['en1', 'en2']);
    expect(pagesOf({ text: 'торговля OR victim', filter: { yearFrom: 2015 } })).toEqual(['ru0', 'ru1', 'ru2']);
  });

  it('marks the actual inflected words in snippets and hands them to the reader', () => {
    const hits = search({ text: 'торговля' }).hits;
    const byPage = new Map(hits.map((h) => [h.pageIndex, h]));
    expect(marks(byPage.get(0)!.snippet)).toEqual(['торговлей']);
    expect(marks(byPage.get(1)!.snippet)).toEqual(['Торговли']);
    expect(byPage.get(1)!.terms).toEqual(['торговли']);
    expect(byPage.get(2)!.terms).toEqual(['торговле']);
    const phrase = search({ text: '"торговля людьми"' }).hits.find((h) => h.pageIndex === 1)!;
    expect(marks(phrase.snippet)).toEqual(['Торговли людьми']);
    const near = search({ text: 'NEAR(victim police, 4)' }).hits[0];
    expect(marks(near.snippet)).toEqual(['victims', 'police']);
    expect(near.terms).toEqual(['victims', 'police']);
    expect(marks(search({ text: 'партнерство' }).hits.find((h) => h.pageIndex === 1)!.snippet)).toEqual(['партнёрства']);
  });

  it('suggests what to try after an empty result, each suggestion counted', () => {
    expect(search({ text: 'торговля', exact: true }).total).toBe(0);
    expect(searchSuggestions(p.db, { text: 'торговля', exact: true })).toContainEqual({ kind: 'stemmed', text: 'торговля', exact: false, keepFilter: true, total: 3 });
    expect(searchSuggestions(p.db, { text: 'торговля', filter: { languages: ['en'] } })).toEqual([{ kind: 'noFilter', text: 'торговля', exact: false, keepFilter: false, total: 3 }]);
    expect(searchSuggestions(p.db, { text: '"partnership police"' }).map((s) => s.kind)).toEqual(['anyWord']);
    expect(searchSuggestions(p.db, { text: 'торгов' })).toEqual([{ kind: 'prefix', text: 'торгов*', exact: false, keepFilter: true, total: 3 }]);
    expect(searchSuggestions(p.db, { text: 'zzzz' })).toEqual([]);
  });

  it('keeps the stemmed index in step with imports and removals', () => {
    const extra = addDocument(p.db, ['Новые партнёрства и торговлю обсуждали.'], { title: 'Extra' });
    expect(search({ text: 'торговля' }).total).toBe(4);
    // Through the journaled removal (undoable): both indexes follow, and undo brings the stems back.
    const coder = { id: 'c0de0000-0000-4000-8000-000000000001', name: 'T', color: '#4e79a7' };
    removeDocumentAction(p.db, coder, extra.id);
    expect(search({ text: 'торговля' }).total).toBe(3);
    expect((p.db.prepare('SELECT count(*) AS n FROM pages_stem_fts_docsize').get() as { n: number }).n).toBe(7);
    undo(p.db, coder);
    expect(search({ text: 'торговля' }).total).toBe(4);
    expect(search({ text: 'партнёрство' }).hits.some((h) => h.documentId === extra.id)).toBe(true);
    redo(p.db, coder);
    expect(search({ text: 'торговля' }).total).toBe(3);
  });
});

describe('migration 6', () => {
  it('fills the stemmed index of an existing project from its stored page texts', () => {
    const file = `${p.dir}/old.glossa`;
    const raw = new Database(file);
    raw.pragma(`application_id = ${GLOSSA_APPLICATION_ID}`);
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) m.up(raw);
    raw.pragma('user_version = 3');
    const page = raw.prepare('INSERT INTO pages (document_id, page_index, text) VALUES (?, ?, ?)');
    raw
      .prepare(`INSERT INTO documents (id, sha256, file_name, title, page_count, byte_size, imported_at, updated_at) VALUES ('d1', ?, 'a.pdf', 'Old', 2, 1, 'x', 'x')`)
      .run('0'.repeat(64));
    RU_PAGES.slice(0, 2).forEach((text, i) => {
      const id = page.run('d1', i, text).lastInsertRowid;
      raw.prepare('INSERT INTO pages_fts (rowid, body) VALUES (?, ?)').run(id, normalizeSearch(text));
    });
    raw.close();
    const db = openProjectDb(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(searchPages(db, { text: 'торговля' }).hits.map((h) => h.pageIndex).sort()).toEqual([0, 1]);
      expect(searchPages(db, { text: 'торговля', exact: true }).total).toBe(0);
    } finally {
      db.close();
      fs.rmSync(file, { force: true });
    }
  });
});
