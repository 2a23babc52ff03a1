// Text extraction in worker threads on PDFs the tests generate: exact English and Russian
// (embedded DejaVu) text, two-column order, 600 pages split across workers, metadata,
// and every refusal code, including the watchdog timeout that replaces a stuck worker.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractPool } from '../../../../main/pdf/extract-pool';
import { sniffPdf } from '../../../../main/pdf/pdf-sniff';
import pdfjsPackage from 'pdfjs-dist/package.json';
import {
  EN_AUTHOR, EN_SENTENCES, EN_TITLE, LONG_MARKERS, LONG_PAGE_COUNT, RU_SENTENCES, RU_TITLE, TWO_COLUMN_LEFT, TWO_COLUMN_RIGHT,
  longReportPath, makeBrokenPdf, makeEncryptedPdf, makeEnglishReport, makeNotPdf, makeRussianReport, makeSlowPdf,
  makeTruncatedPdf, makeTwoColumnReport,
} from '../../../fixtures/pdf-fixtures';

const pool = new ExtractPool({ size: 2 });
afterAll(() => pool.close());

/** pdf.js may break a sentence across lines; compare with whitespace collapsed. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(() => 'ok', (e: { code: string }) => e.code);
}

describe('ExtractPool', () => {
  it('extracts the English report page by page with info-dictionary metadata', async () => {
    const r = await pool.extract(await makeEnglishReport(), { fileName: 'en.pdf' });
    expect(r.pageCount).toBe(3);
    EN_SENTENCES.forEach((s, i) => expect(flat(r.pages[i])).toContain(s));
    expect(r.pages[1]).not.toContain(EN_SENTENCES[0]);
    expect(r.meta).toEqual({ title: EN_TITLE, author: EN_AUTHOR, creationDate: '2021-03-15T10:00:00.000Z', pageLabels: null, pdfjsVersion: pdfjsPackage.version });
  });

  it('round-trips Russian text (ё included) from an embedded Cyrillic font exactly', async () => {
    const r = await pool.extract(await makeRussianReport(), { fileName: 'ru.pdf' });
    RU_SENTENCES.forEach((s, i) => expect(flat(r.pages[i])).toContain(s));
    expect(r.pages[2]).toContain('Ёлки');
    expect(r.meta.title).toBe(RU_TITLE);
  });

  it('keeps the two columns of a page in reading order', async () => {
    const r = await pool.extract(await makeTwoColumnReport(), { fileName: 'two.pdf' });
    const text = flat(r.pages[0]);
    expect(text).toContain(TWO_COLUMN_LEFT);
    expect(text).toContain(TWO_COLUMN_RIGHT);
    expect(text.indexOf(TWO_COLUMN_LEFT)).toBeLessThan(text.indexOf(TWO_COLUMN_RIGHT));
  });

  it('extracts all 600 pages of a large report in page order, with progress', async () => {
    const bytes = fs.readFileSync(await longReportPath());
    let last = 0;
    const r = await pool.extract(bytes, { fileName: 'long.pdf', onPages: (done) => (last = done) });
    expect(r.pageCount).toBe(LONG_PAGE_COUNT);
    expect(last).toBe(LONG_PAGE_COUNT);
    r.pages.forEach((p, i) => expect(p.startsWith(`Page ${i + 1} of ${LONG_PAGE_COUNT}`)).toBe(true));
    expect(flat(r.pages[299])).toContain(LONG_MARKERS[300].en);
    expect(flat(r.pages[299])).toContain(LONG_MARKERS[300].ru);
    expect(r.pages[298]).not.toContain(LONG_MARKERS[300].en);
  });

  it('refuses encrypted, broken and truncated PDFs with their codes', async () => {
    expect(await codeOf(pool.extract(await makeEncryptedPdf(), { fileName: 'enc.pdf' }))).toBe('import.encrypted');
    expect(await codeOf(pool.extract(makeBrokenPdf(), { fileName: 'broken.pdf' }))).toBe('import.broken');
    expect(await codeOf(pool.extract(await makeTruncatedPdf(), { fileName: 'cut.pdf' }))).toBe('import.broken');
  });

  it('rejects with import.cancelled when aborted', async () => {
    const ac = new AbortController();
    const bytes = fs.readFileSync(await longReportPath());
    const p = pool.extract(bytes, { fileName: 'long.pdf', signal: ac.signal, onPages: (d) => d > 20 && ac.abort() });
    expect(await codeOf(p)).toBe('import.cancelled');
    // The pool is still usable afterwards.
    expect((await pool.extract(await makeEnglishReport(), { fileName: 'en.pdf' })).pageCount).toBe(3);
  });

  it('terminates a worker stuck on one file (timeout) and keeps serving others', async () => {
    const quick = new ExtractPool({ size: 1, timeoutMs: 1500 });
    try {
      const slow = quick.extract(makeSlowPdf(), { fileName: 'laughs.pdf' });
      const next = quick.extract(await makeEnglishReport(), { fileName: 'en.pdf' });
      await expect(slow).rejects.toMatchObject({ code: 'import.timeout', message: expect.stringContaining('laughs.pdf') });
      expect((await next).pageCount).toBe(3);
    } finally {
      await quick.close();
    }
  });
});

describe('sniffPdf', () => {
  it('refuses non-PDF bytes and PDFs without their trailer, accepts whole PDFs', async () => {
    expect(() => sniffPdf(makeNotPdf(), 'notes.txt')).toThrow(expect.objectContaining({ code: 'import.notPdf' }));
    const cut = await makeTruncatedPdf();
    const whole = await makeEnglishReport();
    expect(() => sniffPdf(cut, 'cut.pdf')).toThrow(/truncated/);
    expect(() => sniffPdf(whole, 'en.pdf')).not.toThrow();
  });
});
