// Query parser: user input -> safe FTS5 MATCH expression. Every output is run against a
// real FTS5 table, so a syntax error would fail the test.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../../main/core/search/query-parser';
import { GlossaError } from '../../../../../shared/errors';

const db = new Database(':memory:');
db.exec("CREATE VIRTUAL TABLE f USING fts5(body, content = '', tokenize = 'unicode61 remove_diacritics 2')");
const insert = db.prepare('INSERT INTO f (rowid, body) VALUES (?, ?)');
insert.run(1, 'human trafficking in moldova');
insert.run(2, 'торговля людьми в молдове');
insert.run(3, 'anti trafficking strategy 2011 36 eu');
afterAll(() => db.close());

function rows(input: string, mode: 'exact' | 'stem' = 'exact'): number[] {
  const q = parseSearchQuery(input, mode);
  if (q.match === null) return [];
  return (db.prepare('SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid').all(q.match) as { rowid: number }[]).map((r) => r.rowid);
}

describe('parseSearchQuery', () => {
  it('builds quoted AND / phrase / prefix / OR / NOT expressions', () => {
    expect(parseSearchQuery('Human Trafficking').match).toBe('"human" AND "trafficking"');
    expect(parseSearchQuery('"human trafficking"').match).toBe('"human trafficking"');
    expect(parseSearchQuery('торгов*').match).toBe('"торгов"*');
    expect(parseSearchQuery('moldova OR молдове eu').match).toBe('("moldova" OR "молдове") AND "eu"');
    expect(parseSearchQuery('trafficking -human').match).toBe('("trafficking") NOT ("human")');
    expect(parseSearchQuery('trafficking NOT human').match).toBe('("trafficking") NOT ("human")');
    expect(parseSearchQuery('«торговля людьми»').match).toBe('"торговля людьми"');
    expect(parseSearchQuery('anti-trafficking').match).toBe('"anti trafficking"');
  });

  it('matches the expected rows', () => {
    expect(rows('trafficking')).toEqual([1, 3]);
    expect(rows('"human trafficking"')).toEqual([1]);
    expect(rows('"trafficking human"')).toEqual([]);
    expect(rows('торгов*')).toEqual([2]);
    expect(rows('trafficking -human')).toEqual([3]);
    expect(rows('moldova OR молдове')).toEqual([1, 2]);
    expect(rows('2011/36/EU')).toEqual([3]);
    expect(rows('-human')).toEqual([]);
  });

  it('builds NEAR groups and stems words in stem mode', () => {
    expect(parseSearchQuery('NEAR(human "anti-trafficking" , 5)').match).toBe('NEAR("human" "anti trafficking", 5)');
    expect(parseSearchQuery('NEAR(a b)').match).toBe('NEAR("a" "b", 10)');
    expect(parseSearchQuery('NEAR(moldova)').match).toBe('"moldova"');
    expect(parseSearchQuery('-NEAR(a b, 2) c').match).toBe('("c") NOT (NEAR("a" "b", 2))');
    expect(parseSearchQuery('торговля "organisations of" happy*', 'stem').match).toBe('"торговл" AND "organis of" AND "happ"*');
    expect(parseSearchQuery('торговля', 'stem').terms).toEqual(['торговля']);
    expect(rows('NEAR(trafficking moldova, 1)')).toEqual([1]);
    expect(rows('NEAR(human moldova, 1)')).toEqual([]);
  });

  it('returns terms to highlight, without operators and exclusions', () => {
    expect(parseSearchQuery('"Human  Trafficking" ЁЛКА* -moldova').terms).toEqual(['human trafficking', 'елка']);
  });

  it('refuses only queries with no searchable word', () => {
    for (const input of ['', '   ', '*', '"', '" "', 'OR', '- -', '()']) {
      expect(() => parseSearchQuery(input), input).toThrow(GlossaError);
      try {
        parseSearchQuery(input);
      } catch (err) {
        expect((err as GlossaError).code).toBe('search.badQuery');
      }
    }
  });

  it('never yields an FTS5 syntax error for special characters', () => {
    for (const input of ['"unbalanced', 'NEAR(', 'NEAR(a b', 'a:b', 'body:x', '^start', 'a AND', 'OR b', '(a OR', '"a" * "b"', 'a + b', '-"x', '{a b}: c', "it's", 'NOT']) {
      try {
        rows(input);
      } catch (err) {
        expect(err, input).toBeInstanceOf(GlossaError);
      }
    }
  });

  it('never yields an FTS5 syntax error for any input', () => {
    const alphabet = fc.constantFrom(...'ab ё"«»*-:()^+{}OR NOT AND NEAR,.\u0000\'');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: alphabet, maxLength: 30 })), (input) => {
        try {
          rows(input);
          rows(input, 'stem');
        } catch (err) {
          if (!(err instanceof GlossaError && err.code === 'search.badQuery')) throw err;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
