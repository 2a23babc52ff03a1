// The page-1 preview is a nicety: a page pdf.js paints for 25 s in one synchronous call (a
// real pdf.js test file with a tiling pattern) must cost the file only its preview, not the
// import — the pool abandons the preview after its budget, while the no-progress watchdog
// (import.timeout) keeps its meaning for text extraction.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ExtractPool } from '../../../../main/pdf/extract-pool';
import { makeEnglishReport } from '../../../fixtures/pdf-fixtures';

const slowPaint = path.join(__dirname, '../../../fixtures/pdfjs-slow/pdfjs-tiling-pattern-box.pdf');
// The no-progress limit is above the preview budget and far below the 25 s paint.
const pool = new ExtractPool({ size: 2, timeoutMs: 12_000, previewBudgetMs: 2_000 });
afterAll(() => pool.close());

it('imports a file whose first page paints for 25 s, without its preview', { timeout: 60_000 }, async () => {
  const r = await pool.extract(fs.readFileSync(slowPaint), { fileName: 'tiling-pattern-box.pdf', preview: true });
  expect(r.pageCount).toBe(1);
  expect(r.preview).toBeNull();
  // The worker that was painting was replaced: the next file imports with its preview.
  const next = await pool.extract(await makeEnglishReport(), { fileName: 'en.pdf', preview: true });
  expect(next.pageCount).toBe(3);
  expect(next.preview?.mime).toBe('image/jpeg');
  expect(next.preview!.bytes.length).toBeGreaterThan(1000);
});
