// Exports streamed from the project (evidence-source.ts): the same files as from the bundle,
// and rows read in step with the writing, never all at once. The project is the evidence test
// project grown to 1,206 codings (CI size; the benchmark runs the same code on 10,000), every
// generated passage with a Markdown comment, two codes on every third one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceRow, ExportFormat } from '../../../../../shared/domain/evidence';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { buildEvidenceBundle } from '../../../../../main/core/evidence/evidence-bundle';
import { openEvidenceSource } from '../../../../../main/core/evidence/evidence-source';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import type { EvidenceSource } from '../../../../../main/core/export/export-input';
import { ROW_BATCH } from '../../../../../main/core/export/export-progress';
import { unzipText } from '../../../../helpers/read-zip';
import { ALICE, BORIS, EN_PAGES, IOM_PAGES, makeEvidenceProject, target, type EvidenceProject } from './evidence-project';

const GENERATED = 800;
const NOW = new Date('2024-05-06T07:08:09.000Z');
const OPTIONS = { includeMemos: true, includeTables: true } as const;

let project: EvidenceProject;

beforeAll(() => {
  project = makeEvidenceProject();
  const { db, docs, codes } = project;
  const quotes = [
    { doc: docs.en, pages: EN_PAGES, page: 1, quote: 'Training for 40 judges was delivered in Chisinau.' },
    { doc: docs.en, pages: EN_PAGES, page: 0, quote: 'The OSCE funded a “National Referral Mechanism” for victims.' },
    { doc: docs.iom, pages: IOM_PAGES, page: 0, quote: 'Partnership with the ministry was signed.' },
  ];
  const all = [codes.influence, codes.funding, codes.training, codes.partnership];
  db.transaction(() => {
    for (let i = 0; i < GENERATED; i++) {
      const q = quotes[i % quotes.length];
      const codeIds = i % 3 === 0 ? [all[i % 4], all[(i + 1) % 4]] : [all[i % 4]];
      createAnnotation(db, i % 2 ? ALICE : BORIS, {
        documentId: q.doc,
        kind: 'text',
        targets: [target(q.pages, q.page, q.quote)],
        color: null,
        comment: `**Point ${i}** on _${q.quote.slice(0, 12)}_: see [source](https://example.org/${i}).\n\n- one\n- two \`${i % 5}\``,
        codeIds,
      });
    }
  })();
}, 120_000);

afterAll(() => project?.close());

const source = (language: 'en' | 'ru' = 'en') => openEvidenceSource(project.db, 'Streamed', undefined, NOW, { language });
const bundle = (language: 'en' | 'ru' = 'en') => buildEvidenceBundle(project.db, 'Streamed', undefined, NOW, { language });

/** The source's rows, counted: which pass is running and how many rows it has handed out. */
function counted(inner: EvidenceSource): { src: EvidenceSource; passes: () => number; pulled: () => number } {
  let passes = 0;
  let pulled = 0;
  const rows: Iterable<EvidenceRow> = {
    *[Symbol.iterator]() {
      passes++;
      pulled = 0;
      for (const row of inner.rows) {
        pulled++;
        yield row;
      }
    },
  };
  return { src: { ...inner, rows }, passes: () => passes, pulled: () => pulled };
}

describe('exports streamed from the project', () => {
  it('has the codings of the bundle, in its order', () => {
    const s = source();
    const b = bundle();
    expect(s.rowCount).toBe(b.rows.length);
    expect(s.rowCount).toBeGreaterThan(1_000);
    expect([...s.rows]).toEqual(b.rows);
    expect(s.codes).toEqual(b.codes);
    expect(s.memos).toEqual(b.memos);
    expect(s.filterSummary).toBe(b.filterSummary);
  });

  for (const format of ['csv', 'md', 'html'] as const) {
    it(`writes the same ${format} bytes as from the bundle`, async () => {
      for (const language of ['en', 'ru'] as const) {
        const streamed = await exportEvidence(source(language), { format, language, ...OPTIONS });
        const whole = await exportEvidence(bundle(language), { format, language, ...OPTIONS });
        expect(Buffer.from(streamed).equals(Buffer.from(whole))).toBe(true);
      }
    }, 60_000);
  }

  it('writes the same DOCX body as from the bundle', async () => {
    // Hyperlink relationship ids are random per file; everything else must match.
    const body = async (bytes: Uint8Array) => (await unzipText(bytes, 'word/document.xml')).replace(/rId[A-Za-z0-9_-]+/g, 'rId');
    const streamed = await body(await exportEvidence(source(), { format: 'docx', ...OPTIONS }));
    expect(streamed).toContain('Point 799');
    expect(streamed).toBe(await body(await exportEvidence(bundle(), { format: 'docx', ...OPTIONS })));
  }, 60_000);

  for (const format of ['csv', 'xlsx', 'md', 'html', 'docx', 'pdf'] as ExportFormat[]) {
    it(`reads the rows for ${format} as it writes them, never all at once`, async () => {
      const c = counted(source());
      // Rows handed out by the printing pass at each progress report while it prints passages.
      const seen: number[] = [];
      await exportEvidence(c.src, { format, ...OPTIONS }, {
        onProgress(fraction) {
          if (fraction > 0 && fraction < 0.6) seen.push(c.pulled());
        },
      });
      // One pass to print; the report formats take one more before it, to count.
      expect(c.passes()).toBeLessThanOrEqual(2);
      expect(seen.length).toBeGreaterThan(0);
      // At the first report one batch has been printed: the writer holds at most one row more.
      expect(seen[0]).toBeLessThanOrEqual(ROW_BATCH + 1);
      expect(seen[0]).toBeLessThan(c.src.rowCount);
    }, 60_000);
  }
});
