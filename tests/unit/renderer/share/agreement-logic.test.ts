// The agreement view's table rows, number formats and the side-by-side disagreements.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { AgreementReport, PairAgreement } from '../../../../shared/domain/share';
import { csvFileName, formatPercent, formatStat, sideBySide, tableRows } from '../../../../renderer/features/agreement/agreement-logic';

const pair = (a: string, b: string): PairAgreement => ({ coderA: a, coderB: b, units: 10, both: 3, onlyA: 2, onlyB: 2, neither: 3, percentAgreement: 0.6, kappa: 0.2, codedOverlap: 3 / 7 });

function ann(id: string, coderId: string, start: number, end: number, quote: string): Annotation {
  return {
    id, documentId: 'd', kind: 'text', color: null, comment: '', codeIds: ['k'], sortIndex: '', anchorStatus: 'anchored', coderId, updatedBy: null,
    createdAt: '', updatedAt: '',
    targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end } }],
  };
}

describe('agreement logic', () => {
  it('one row per code and pair; the alphas span the pairs of a code; overall last', () => {
    const report = {
      codes: [{ codeId: 'k', codeName: 'K', pairs: [pair('a', 'b'), pair('a', 'c'), pair('b', 'c')], alpha: 0.24, unitizedAlpha: 0.32, alphaU1995: 0.2 }],
      overall: { pairs: [pair('a', 'b'), pair('a', 'c'), pair('b', 'c')], alpha: 0.24, unitizedAlpha: 0.32, alphaU1995: 0.2 },
    } as unknown as AgreementReport;
    const rows = tableRows(report, 'Overall');
    expect(rows.map((r) => [r.codeName, r.span, r.overall])).toEqual([
      ['K', 3, false], ['K', 0, false], ['K', 0, false], ['Overall', 3, true], ['Overall', 0, true], ['Overall', 0, true],
    ]);
  });

  it('formats figures per language; undefined statistics as a dash', () => {
    expect(formatStat(0.72861, 'en')).toBe('0.729');
    expect(formatStat(0.72861, 'ru')).toBe('0,729');
    expect(formatStat(-0.5, 'en')).toBe('-0.500');
    expect(formatStat(null, 'en')).toBe('—');
    expect(formatPercent(0.6, 'en')).toBe('60.0%');
    expect(csvFileName('Доклад ОБСЕ / 2024')).toBe('Доклад-ОБСЕ-2024-agreement.csv');
  });

  it('puts each coder\'s own highlight next to the stretches where they differ; one row per pair of highlights', () => {
    // A highlighted 0-5, B 2-7: two stretches (0-2 only A, 5-7 only B) of one passage.
    const rows = sideBySide(
      [
        { documentId: 'd', documentTitle: 'Doc', pageIndex: 0, start: 0, end: 2, quote: '01', codeId: 'k', codedBy: ['a'] },
        { documentId: 'd', documentTitle: 'Doc', pageIndex: 0, start: 5, end: 7, quote: '56', codeId: 'k', codedBy: ['b'] },
        { documentId: 'd', documentTitle: 'Doc', pageIndex: 0, start: 20, end: 25, quote: 'lone', codeId: 'k', codedBy: ['a'] },
      ],
      [ann('x', 'a', 0, 5, '01234'), ann('y', 'b', 2, 7, '23456'), ann('z', 'a', 20, 25, 'lone!')],
      ['a', 'b'],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0].stretches.map((s) => s.quote)).toEqual(['01', '56']);
    expect(rows[0].coders).toEqual([
      { coderId: 'a', ranges: [{ annotationId: 'x', start: 0, end: 5, quote: '01234' }] },
      { coderId: 'b', ranges: [{ annotationId: 'y', start: 2, end: 7, quote: '23456' }] },
    ]);
    expect(rows[1].coders[1].ranges).toEqual([]);
  });
});
