// A slow regular expression over many pages: the scan yields to the event loop between pages
// (a timer set before it fires while it runs, which a synchronous scan can never allow) and
// stops at its total budget with "stopped after N s, M of T pages searched"; such a partial
// run cannot be applied.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyAutocode, previewAutocode } from '../../../../../main/core/coding/autocode';
import { listCodesWithCounts } from '../../../../../main/core/coding/codes';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import type { AutocodeRequest } from '../../../../../shared/domain/autocode';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';
import { addDocument, ALICE } from './coding-fixture';

let p: TempProject;
let req: AutocodeRequest;
const PAGES = 300;
beforeEach(() => {
  p = tempProject();
  // Each page costs (a+)+$ about 2^16 backtracking steps: milliseconds, well under the per-page limit.
  addDocument(p.db, 'slow', Array.from({ length: PAGES }, (_, i) => `Page ${i}: ${'a'.repeat(16)}!`));
  req = { query: '(a+)+$', mode: 'regex', extend: 'none', codeId: listCodesWithCounts(p.db)[0].id };
});
afterEach(() => p.close());

describe('regex auto-coding budget', () => {
  it('keeps the event loop turning and stops at the budget with what it searched', async () => {
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const preview = await previewAutocode(p.db, req, 'budget-test-coder', { totalMs: 60, sliceMs: 5 });
    clearInterval(timer);
    expect(turns).toBeGreaterThan(0);
    expect(preview.stopped).not.toBeNull();
    expect(preview.stopped!.pagesTotal).toBe(PAGES);
    expect(preview.stopped!.pagesSearched).toBeGreaterThan(0);
    expect(preview.stopped!.pagesSearched).toBeLessThan(PAGES);
    expect(() => applyAutocode(p.db, ALICE, req, preview)).toThrow(
      expect.objectContaining({ code: 'autocode.stopped', message: expect.stringMatching(new RegExp(`^Auto-coding stopped after [\\d.]+ s, ${preview.stopped!.pagesSearched} of ${PAGES} pages searched`)) }),
    );
    expect(listAnnotations(p.db)).toEqual([]);
  });
});
