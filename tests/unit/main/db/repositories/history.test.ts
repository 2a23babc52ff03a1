// The history list: newest first by time (then id), and pages that continue where the last one
// ended, whatever order the rows were written in (a merge writes older rows last).
import { afterEach, describe, expect, it } from 'vitest';
import { insertHistoryRaw, listHistory } from '../../../../../main/db/repositories/history';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';

let p: TempProject;
afterEach(() => p?.close());

const row = (at: string, summary: string) => ({ at, coder_id: 'c', coder_name: 'C', action: 'code.create', summary, details: '{}' });

describe('listHistory', () => {
  it('sorts by time, breaks ties by id, and pages on without gaps or repeats', () => {
    p = tempProject();
    p.db.prepare('DELETE FROM history').run();
    for (const [at, s] of [['2030-01-03T00:00:00.000Z', 'c'], ['2030-01-05T00:00:00.000Z', 'e'], ['2030-01-01T00:00:00.000Z', 'a'],
      ['2030-01-04T00:00:00.000Z', 'd1'], ['2030-01-04T00:00:00.000Z', 'd2'], ['2030-01-02T00:00:00.000Z', 'b']]) insertHistoryRaw(p.db, row(at, s));
    expect(listHistory(p.db).map((e) => e.summary)).toEqual(['e', 'd2', 'd1', 'c', 'b', 'a']);
    const pages: string[][] = [];
    let before: number | undefined;
    for (;;) {
      const page = listHistory(p.db, { limit: 2, beforeId: before });
      if (page.length === 0) break;
      pages.push(page.map((e) => e.summary));
      before = page[page.length - 1].id;
    }
    expect(pages).toEqual([['e', 'd2'], ['d1', 'c'], ['b', 'a']]);
  });
});
