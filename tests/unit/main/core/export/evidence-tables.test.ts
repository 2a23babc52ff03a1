import { describe, expect, it } from 'vitest';
import {
  cooccurrence,
  cooccurringPassages,
  documentCodeMatrix,
  frequencies,
} from '../../../../../main/core/export/evidence-tables';
import { FIXTURE_ROWS } from './evidence-fixture';

const labelOf = (path: string[]) => path.join(' > ');

describe('evidence tables', () => {
  it('counts codings per code and organisation', () => {
    const table = frequencies(FIXTURE_ROWS, 'organisation');
    expect(table.columns).toEqual(['osce-odihr', 'russia-cis']);
    const know = table.rows.find((r) => r.codeId === 'c-know')!;
    expect(know.counts).toEqual([2, 1]);
    expect(know.total).toBe(3);
  });

  it('counts a multi-country document once per country, but once in the total', () => {
    const table = frequencies(FIXTURE_ROWS, 'country');
    expect(table.columns).toEqual(['moldova', 'russia', 'ukraine']);
    const cap = table.rows.find((r) => r.codeId === 'c-cap')!;
    expect(cap.counts).toEqual([2, 0, 2]);
    expect(cap.total).toBe(2);
  });

  it('orders years numerically with unknown years last', () => {
    const rows = [
      ...FIXTURE_ROWS,
      { ...FIXTURE_ROWS[0], annotationId: 'x', document: { ...FIXTURE_ROWS[0].document, id: 'd3', year: null } },
      { ...FIXTURE_ROWS[0], annotationId: 'y', document: { ...FIXTURE_ROWS[0].document, id: 'd4', year: 998 } },
    ];
    expect(frequencies(rows, 'year').columns).toEqual(['998', '2019', '2021', '']);
  });

  it('counts passages carrying both codes in the co-occurrence matrix', () => {
    const table = cooccurrence(FIXTURE_ROWS);
    const i = (id: string) => table.codes.findIndex((c) => c.codeId === id);
    expect(table.codes.map((c) => labelOf(c.codePath))).toEqual([
      'Capacity building',
      'Influence instruments',
      'Influence instruments > Knowledge production',
      'Партнёрство',
    ]);
    expect(table.counts[i('c-know')][i('c-cap')]).toBe(1);
    expect(table.counts[i('c-cap')][i('c-know')]).toBe(1);
    expect(table.counts[i('c-know')][i('c-part')]).toBe(1);
    expect(table.counts[i('c-cap')][i('c-part')]).toBe(0);
    expect(table.counts[i('c-know')][i('c-know')]).toBe(3);
    expect(cooccurringPassages(FIXTURE_ROWS, 'c-know', 'c-part')).toEqual(['ann-4']);
  });

  it('builds the document x code matrix', () => {
    const m = documentCodeMatrix(FIXTURE_ROWS);
    expect(m.documents.map((d) => d.id)).toEqual(['doc-en', 'doc-ru']);
    const c = (id: string) => m.codes.findIndex((x) => x.codeId === id);
    expect(m.counts[0][c('c-know')]).toBe(2);
    expect(m.counts[1][c('c-part')]).toBe(2);
    expect(m.counts[1][c('c-cap')]).toBe(0);
  });

  it('returns empty tables for no rows', () => {
    expect(frequencies([], 'year')).toEqual({ by: 'year', columns: [], rows: [] });
    expect(cooccurrence([])).toEqual({ codes: [], counts: [] });
  });
});
