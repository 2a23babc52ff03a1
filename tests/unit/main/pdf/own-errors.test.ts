// Errors in Glossa's own code are never reported as "your PDF is damaged": a worker that
// fails through Glossa's code (here: a broken worker script, as a packaging mistake would
// give) yields `internal` with a message that says so, while a PDF pdf.js cannot parse is
// still `import.broken`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractPool } from '../../../../main/pdf/extract-pool';
import { classifyPdfError } from '../../../../main/pdf/pdfjs-node';
import { setExtractWorkerPath } from '../../../../main/pdf/worker-entry';
import { makeBrokenPdf, makeEnglishReport } from '../../../fixtures/pdf-fixtures';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  setExtractWorkerPath(null);
  for (const c of cleanups.splice(0)) await c();
});

describe('own errors vs damaged PDFs', () => {
  it('a failure in Glossa\'s worker code is internal, never "damaged"', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-own-err-'));
    const script = path.join(dir, 'worker.js');
    fs.writeFileSync(script, "throw new TypeError(\"Cannot read properties of undefined (reading 'items')\");\n");
    setExtractWorkerPath(script);
    const pool = new ExtractPool({ size: 1 });
    cleanups.push(() => pool.close(), () => fs.rmSync(dir, { recursive: true, force: true }));
    const err = await pool.extract(await makeEnglishReport(), { fileName: 'report.pdf' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'internal', message: expect.stringContaining('this is an error in Glossa, not in the PDF') });
    expect((err as Error).message).not.toMatch(/damaged/);
  });

  it('a PDF pdf.js cannot parse is still import.broken; an error outside pdf.js is internal', async () => {
    const pool = new ExtractPool({ size: 1 });
    cleanups.push(() => pool.close());
    await expect(pool.extract(makeBrokenPdf(), { fileName: 'broken.pdf' })).rejects.toMatchObject({ code: 'import.broken' });
    expect(classifyPdfError(new TypeError('x is undefined'))).toBe('internal');
  });
});
