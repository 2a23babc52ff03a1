import { describe, expect, it } from 'vitest';
import { textOf } from '../../../helpers/code-text';
import type { CodeWithCounts } from '../../../../shared/domain/code';
import type { EvidenceItem } from '../../../../shared/domain/evidence';
import {
  cleanEvidenceFilter, citePassageOf, codeTreeRows, groupItems, highlightPhrase, isFiltered, toggleId, visibleCodeRows,
} from '../../../../renderer/features/evidence/evidence-logic';
import { chartRows, columnLabel, heatStyle, maxOffDiagonal } from '../../../../renderer/features/analysis/analysis-logic';

const code = (id: string, parentId: string | null, position: number, totalCount = 1): CodeWithCounts => ({
  id, parentId, text: textOf(id), color: '#123456', position,
  createdAt: '', updatedAt: '', codingCount: totalCount, totalCount,
});

const item = (annotationId: string, codeId: string, documentId: string, quote = 'q'): EvidenceItem => ({
  annotationId, codeId, codePath: ['Root', codeId], codeColor: '#ff0000',
  document: { id: documentId, title: `Doc ${documentId}`, fileName: 'f.pdf', organisation: 'osce', countries: [], year: 2019, docType: '', language: 'en' },
  page: 3, pageEnd: 3, quote, comment: '', coderId: 'c', coderName: 'C', createdAt: '', updatedAt: '', passageCodes: [], anchorStatus: 'anchored',
});

describe('evidence logic', () => {
  it('orders the code tree depth-first by position and hides codes without codings', () => {
    const codes = [code('b', null, 1), code('a', null, 0), code('a2', 'a', 1, 0), code('a1', 'a', 0)];
    const rows = codeTreeRows(codes);
    expect(rows.map((r) => `${r.depth}:${r.code.id}`)).toEqual(['0:a', '1:a1', '1:a2', '0:b']);
    expect(rows[0].hasChildren).toBe(true);
    expect(visibleCodeRows(rows, false, []).map((r) => r.code.id)).toEqual(['a', 'a1', 'b']);
    expect(visibleCodeRows(rows, false, ['a2']).map((r) => r.code.id)).toEqual(['a', 'a1', 'a2', 'b']);
  });

  it('cleans the filter: no empty lists, trimmed text, match mode only with codes', () => {
    expect(cleanEvidenceFilter({ codeIds: [], organisations: [], text: '  ', codeMatch: 'all' })).toEqual({});
    expect(cleanEvidenceFilter({ codeIds: ['x'], countries: ['russia'], yearFrom: 2015, text: ' ёмкость ' })).toEqual({
      codeIds: ['x'], codeMatch: 'any', includeSubcodes: false, countries: ['russia'], yearFrom: 2015, text: 'ёмкость',
    });
    expect(isFiltered({ codeIds: [] })).toBe(false);
    // The case filters travel; emptied, they are no filter.
    expect(cleanEvidenceFilter({ caseIds: ['c1'], caseCountries: ['georgia'] })).toEqual({ caseIds: ['c1'], caseCountries: ['georgia'] });
    expect(isFiltered({ caseIds: [], caseCountries: [] })).toBe(false);
    expect(isFiltered({ caseCountries: ['georgia'] })).toBe(true);
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleId(undefined, 'a')).toEqual(['a']);
  });

  it('groups consecutive items by code or by document', () => {
    const items = [item('1', 'x', 'd1'), item('2', 'x', 'd2'), item('3', 'y', 'd2')];
    expect(groupItems(items, 'code').map((g) => [g.heading, g.items.length])).toEqual([['Root › x', 2], ['Root › y', 1]]);
    expect(groupItems(items, 'document').map((g) => [g.heading, g.items.length])).toEqual([['Doc d1', 1], ['Doc d2', 2]]);
    // Without the backend's totals (a complete list) a group is the items loaded.
    expect(groupItems(items, 'code').map((g) => g.total)).toEqual([2, 1]);
  });

  it('heads each group with its size for the whole filter, not the rows loaded so far', () => {
    const items = [item('1', 'x', 'd1'), item('2', 'x', 'd2'), item('3', 'y', 'd2')];
    expect(groupItems(items, 'code', { x: 334, y: 12 }).map((g) => [g.key, g.items.length, g.total])).toEqual([['x', 2, 334], ['y', 1, 12]]);
    expect(groupItems(items, 'document', { d1: 7, d2: 40 }).map((g) => [g.key, g.total])).toEqual([['d1', 7], ['d2', 40]]);
  });

  // The citation itself is made by the backend in the user's style (tests/unit/main/core/citation/cite-text.test.ts).
  it('sends the document, places and readable quote of a passage to cite, and highlights the first 8 words', () => {
    expect(citePassageOf({ ...item('1', 'x', 'd1', 'Ёмкость механизмов'), pageLabel: 'iv', paragraph: 12 })).toEqual({
      documentId: 'd1', page: 3, pageEnd: 3, pageLabel: 'iv', paragraph: 12, quote: 'Ёмкость механизмов',
    });
    expect(highlightPhrase('one two  three\nfour five six seven eight nine')).toEqual(['one two three four five six seven eight']);
    expect(highlightPhrase('  ')).toEqual([]);
  });
});

describe('analysis logic', () => {
  const table = {
    by: 'year' as const,
    columns: ['2015', '2019', ''],
    rows: [{ codeId: 'a', codePath: ['A'], counts: [1, 0, 2], total: 3 }, { codeId: 'b', codePath: ['B'], counts: [0, 4, 0], total: 4 }],
  };
  it('builds chart rows per column with a count per code', () => {
    const label = (k: string) => columnLabel('year', k, () => '?', 'Unknown');
    expect(chartRows(table, label)).toEqual([
      { group: '2015', a: 1, b: 0 }, { group: '2019', a: 0, b: 4 }, { group: 'Unknown', a: 2, b: 0 },
    ]);
    expect(columnLabel('organisation', 'osce', (_l, id) => id.toUpperCase(), 'Unknown')).toBe('OSCE');
  });

  it('shades heat-map cells by count relative to the largest off-diagonal count', () => {
    expect(maxOffDiagonal([[9, 2], [3, 7]])).toBe(3);
    expect(heatStyle(0, 3).background).toBe('transparent');
    expect(heatStyle(3, 3)).toEqual({ background: 'rgba(78, 121, 167, 0.90)', color: '#ffffff' });
    expect(heatStyle(1, 10).color).toBe('#1b1b1b');
  });
});
