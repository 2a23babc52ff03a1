// History view helpers: translation keys of actions, categories, grouping by local day.
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../shared/domain/code';
import { hasKey } from '../../../../renderer/i18n/i18n';
import { actionKey, categoryOf, groupByDay } from '../../../../renderer/features/history/history-logic';

const entry = (id: number, at: string, action: string): HistoryEntry => ({ id, at, coderId: 'c', coderName: 'Alice', action, summary: action, details: {} });

describe('history logic', () => {
  it('every action the backend records has a translated label', () => {
    const actions = ['annotation.create', 'annotation.update', 'annotation.delete', 'annotations.reanchor', 'autocode.apply', 'code.create', 'code.update',
      'code.move', 'code.merge', 'code.delete', 'codebook.import', 'memo.set', 'merge', 'merge.resolve', 'qdpx.import', 'undo', 'redo'];
    for (const a of actions) {
      expect(hasKey(actionKey(a), 'en'), a).toBe(true);
      expect(hasKey(actionKey(a), 'ru'), a).toBe(true);
    }
    expect(actionKey('merge.resolve')).toBe('history.action.merge_resolve');
  });

  it('sorts actions into categories and groups by day, keeping the newest-first order', () => {
    expect(categoryOf('autocode.apply')).toBe('coding');
    expect(categoryOf('code.merge')).toBe('codes');
    expect(categoryOf('merge.resolve')).toBe('merge');
    expect(categoryOf('undo')).toBe('other');
    const list = [entry(3, '2025-03-02T15:00:00', 'merge'), entry(2, '2025-03-02T09:00:00', 'annotation.create'), entry(1, '2025-03-01T12:00:00', 'code.create')];
    expect(groupByDay(list).map((g) => [g.day, g.entries.map((e) => e.id)])).toEqual([['2025-03-02', [3, 2]], ['2025-03-01', [1]]]);
    expect(groupByDay(list, 'merge').map((g) => g.entries.map((e) => e.id))).toEqual([[3]]);
  });
});
