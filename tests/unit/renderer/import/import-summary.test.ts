// Import panel figures and progress merging.
import { describe, expect, it } from 'vitest';
import type { ImportFileStatus, ImportProgress } from '../../../../shared/domain/import';
import { countDone, fileFraction, summarise } from '../../../../renderer/features/import/import-summary';
import { applyProgress } from '../../../../renderer/features/import/import-store';
import { filesToSources, isPdfFile } from '../../../../renderer/features/import/import-sources';

const f = (state: ImportFileStatus['state'], pagesDone = 0, pageCount = 0): ImportFileStatus => ({ name: `${state}.pdf`, state, pagesDone, pageCount });
const job = (jobId: string, files: ImportFileStatus[], finished = false): ImportProgress => ({ jobId, files, overall: 0, finished });

describe('import summary', () => {
  it('weights files equally: pages parsed for running files, 1 for finished ones', () => {
    expect(fileFraction(f('parsing', 150, 600))).toBe(0.25);
    expect(fileFraction(f('queued'))).toBe(0);
    expect(fileFraction(f('failed', 3, 600))).toBe(1);
    const s = summarise([job('1', [f('parsing', 300, 600), f('done', 10, 10)]), job('2', [f('duplicate'), f('failed')], true)]);
    expect(s).toMatchObject({ total: 4, done: 1, duplicates: 1, failed: 1, active: 1, running: true });
    expect(s.overall).toBeCloseTo((0.5 + 1 + 1 + 1) / 4);
  });

  it('is empty and idle without jobs', () => {
    expect(summarise([])).toMatchObject({ total: 0, overall: 0, running: false });
  });

  it('applyProgress replaces a job by id and appends new ones', () => {
    const a1 = job('a', [f('parsing', 1, 10)]);
    const a2 = job('a', [f('done', 10, 10)], true);
    const b = job('b', [f('queued')]);
    const jobs = applyProgress(applyProgress([a1], b), a2);
    expect(jobs.map((j) => j.jobId)).toEqual(['a', 'b']);
    expect(countDone(jobs[0])).toBe(1);
  });
});

describe('import sources', () => {
  it('accepts PDFs by type or extension', () => {
    expect(isPdfFile({ name: 'x.PDF', type: '' })).toBe(true);
    expect(isPdfFile({ name: 'x', type: 'application/pdf' })).toBe(true);
    expect(isPdfFile({ name: 'notes.docx', type: 'application/msword' })).toBe(false);
  });

  it('reads bytes in the browser and skips non-PDFs', async () => {
    const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'a.pdf', { type: 'application/pdf' });
    const txt = new File(['hi'], 'b.txt', { type: 'text/plain' });
    const sources = await filesToSources([pdf, txt], () => null);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ kind: 'bytes', name: 'a.pdf' });
    expect(Array.from((sources[0] as { bytes: Uint8Array }).bytes)).toEqual([0x25, 0x50, 0x44, 0x46]);
  });

  it('uses the host\'s path for a file (Electron\'s webUtils), never the removed File.path', async () => {
    const pdf = Object.assign(new File([new Uint8Array([0x25])], 'a.pdf', { type: 'application/pdf' }), { path: '/stale/File.path' });
    expect(await filesToSources([pdf], (f) => (f === pdf ? '/reports/a.pdf' : null))).toEqual([{ kind: 'path', path: '/reports/a.pdf' }]);
    expect((await filesToSources([pdf], () => null))[0]).toMatchObject({ kind: 'bytes', name: 'a.pdf' });
  });
});
