// The open document's highlights as coding-strip marks, on hand-computed 800-point pages:
// placement from the stored PDF rects (origin bottom left), the panel's code filter, orphans,
// highlights without codes or without rects, passages across a page break, lane order.
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationTarget } from '../../../../shared/domain/annotation';
import { stripMarks } from '../../../../renderer/features/coding/strip-marks';
import { DEFAULT_HIGHLIGHT_COLOR } from '../../../../renderer/features/coding/highlight-layout';

const target = (pageIndex: number, ys: Array<[number, number]>): AnnotationTarget => ({
  pageIndex, rects: ys.map(([y1, y2]) => ({ x1: 72, y1, x2: 400, y2 })), quote: null, position: null,
});

function annotation(id: string, targets: AnnotationTarget[], codeIds: string[], extra: Partial<Annotation> = {}): Annotation {
  return {
    id, documentId: 'd', kind: 'text', targets, color: null, comment: '', codeIds, sortIndex: id, anchorStatus: 'anchored',
    coderId: 'me', updatedBy: null, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...extra,
  };
}

// Codebook order: training before funding.
const COLORS = new Map([['training', '#4e79a7'], ['funding', '#e15759']]);
const opts = { codeColors: COLORS, filterCodeId: null, pageHeight: (i: number) => (i < 600 ? 800 : undefined) };

describe('stripMarks', () => {
  it('places a passage from its rects: the highest y is its top', () => {
    // Two lines, y 700–720 and 680–698 on an 800 pt page: top (800 − 720) / 800 = 0.1, bottom (800 − 680) / 800 = 0.15.
    const [m] = stripMarks([annotation('a', [target(3, [[700, 720], [680, 698]])], ['funding'])], opts);
    expect(m).toEqual({ id: 'a', pageIndex: 3, top: 0.1, bottom: 0.15, colors: ['#e15759'], codeIds: ['funding'] });
  });

  it('orders a passage’s codes (and colours) as the codebook does, dropping codes that no longer exist', () => {
    const [m] = stripMarks([annotation('a', [target(0, [[400, 410]])], ['funding', 'gone', 'training'])], opts);
    expect(m.codeIds).toEqual(['training', 'funding']);
    expect(m.colors).toEqual(['#4e79a7', '#e15759']);
  });

  it('leaves orphans out and follows the panel’s code filter, in that code’s colour only', () => {
    const list = [
      annotation('a', [target(0, [[400, 410]])], ['funding', 'training']),
      annotation('b', [target(1, [[400, 410]])], ['training']),
      annotation('c', [target(2, [[400, 410]])], ['funding'], { anchorStatus: 'orphan' }),
    ];
    expect(stripMarks(list, opts).map((m) => m.id)).toEqual(['a', 'b']);
    const filtered = stripMarks(list, { ...opts, filterCodeId: 'funding' });
    expect(filtered.map((m) => [m.id, m.colors])).toEqual([['a', ['#e15759']]]);
  });

  it('gives an uncoded highlight its own colour (or the default) and a passage without rects its whole page', () => {
    const list = [
      annotation('a', [target(0, [[400, 410]])], [], { color: '#123456' }),
      annotation('b', [{ pageIndex: 1, rects: [], quote: null, position: { type: 'TextPositionSelector', start: 0, end: 5 } }], []),
      annotation('c', [target(700, [[400, 410]])], ['funding']), // page height unknown
    ];
    const marks = stripMarks(list, opts);
    expect(marks.map((m) => [m.id, m.colors[0], m.top, m.bottom])).toEqual([
      ['a', '#123456', 0.4875, 0.5],
      ['b', DEFAULT_HIGHLIGHT_COLOR, 0, 1],
      ['c', '#e15759', 0, 1],
    ]);
  });

  it('puts a passage across a page break on both pages, in page order among the others', () => {
    const list = [
      annotation('a', [target(4, [[40, 60]]), target(5, [[760, 780]])], ['funding']),
      annotation('b', [target(5, [[400, 410]])], ['training']),
      annotation('c', [target(4, [[400, 410]])], ['training']),
    ];
    expect(stripMarks(list, opts).map((m) => `${m.id}@${m.pageIndex}`)).toEqual(['c@4', 'a@4', 'a@5', 'b@5']);
  });
});
