// Scale must not change import: 50 real generated PDFs (English and Russian) dropped at once,
// with a copy of one of them and a broken file, through import.start (the channel the Import
// button and drag and drop call) into a small project and into the scale project: the same
// progress (every file reported, overall never going back, one finished event at 1), the same
// results (50 done with prefilled title and language, the metadata year offered, one "already in this project",
// one refused), and the new documents in the library and in search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress, ImportSource } from '../../../shared/domain/import';
import { NUMBERED_MARKER, makeBrokenPdf, makeNumberedReport } from '../../fixtures/pdf-fixtures';
import { removeScaleCache, scaleDocs, scaleProject } from '../../helpers/scale-project';
import { SMALL_DOCS, openScaleBackend } from './scale-backend';

const DROP = 50;
let pdfs: Uint8Array[];
beforeAll(async () => {
  pdfs = [];
  for (let n = 0; n < DROP; n++) pdfs.push(await makeNumberedReport(n));
});
afterAll(() => removeScaleCache());

describe.each([SMALL_DOCS, scaleDocs()])('import into %i documents', (size) => {
  const p = scaleProject(size);

  it('imports 50 PDFs in one drop with the same progress and results', async () => {
    const s = await openScaleBackend(p, 'glossa-scale-import-');
    try {
      const sources: ImportSource[] = [
        ...pdfs.map((bytes, n) => ({ kind: 'bytes' as const, name: `report-${String(n).padStart(3, '0')}.pdf`, bytes })),
        { kind: 'bytes', name: 'copy-of-7.pdf', bytes: pdfs[7] },
        { kind: 'bytes', name: 'broken.pdf', bytes: makeBrokenPdf() },
      ];
      const events: ImportProgress[] = [];
      let jobId = '';
      const finished = new Promise<ImportProgress>((resolve) => {
        s.backend.on((e, payload) => {
          if (e !== 'import.progress') return;
          const pr = payload as ImportProgress;
          events.push(pr);
          if (pr.finished && (jobId === '' || pr.jobId === jobId)) resolve(pr);
        });
      });
      jobId = (await s.backend.invoke('import.start', { sources })).jobId;
      const last = await finished;
      expect(last).toMatchObject({ jobId, overall: 1, finished: true });
      expect(events.filter((e) => e.finished)).toHaveLength(1);
      expect(events[events.length - 1]).toBe(last);
      for (let i = 1; i < events.length; i++) expect(events[i].overall).toBeGreaterThanOrEqual(events[i - 1].overall);
      for (const e of events) {
        expect(e.files).toHaveLength(sources.length);
        for (const f of e.files) expect(f.pagesDone).toBeLessThanOrEqual(Math.max(f.pageCount, 0));
      }

      const states = last.files.map((f) => f.state);
      expect(states.filter((x) => x === 'done')).toHaveLength(DROP);
      expect(last.files[DROP]).toMatchObject({ name: 'copy-of-7.pdf', state: 'duplicate', errorCode: 'import.duplicate' });
      expect(last.files[DROP + 1]).toMatchObject({ name: 'broken.pdf', state: 'failed', errorCode: 'import.broken' });
      expect(last.files.slice(0, DROP).every((f) => f.pagesDone === 2 && f.pageCount === 2 && typeof f.documentId === 'string')).toBe(true);

      const docs = await s.backend.invoke('documents.list', {});
      expect(docs).toHaveLength(size + DROP);
      const byId = new Map(docs.map((d) => [d.id, d]));
      last.files.slice(0, DROP).forEach((f, n) => {
        const d = byId.get(f.documentId!)!;
        const num = String(n).padStart(3, '0');
        expect(d, f.name).toMatchObject({
          fileName: f.name,
          title: n % 2 === 1 ? `Доклад о торговле людьми № ${num}` : `Regional trafficking report ${num}`,
          language: n % 2 === 1 ? 'ru' : 'en',
          // The year is only in the PDF's metadata: offered (pdfDate), not taken as the publication year.
          year: null,
          pageCount: 2,
        });
        expect(d.pdfDate?.slice(0, 4), f.name).toBe(String(2005 + (n % 18)));
      });
      const hits = await s.backend.invoke('search.query', { text: NUMBERED_MARKER, limit: 100 });
      expect(hits.total).toBe(DROP);
      expect(new Set(hits.hits.map((h) => h.documentId))).toEqual(new Set(last.files.slice(0, DROP).map((f) => f.documentId)));
      // The scale documents are untouched.
      expect((await s.backend.invoke('evidence.query', { filter: {}, groupBy: 'code', limit: 1 })).total).toBe(p.expected.codings);
    } finally {
      await s.close();
    }
  }, 180_000);
});
