import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { FIXTURE_BUNDLE, FIXTURE_PASSAGES, syntheticBundle } from './evidence-fixture';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text of every page as pdf.js extracts it: items joined, line ends as spaces. */
async function readPdf(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  const numPages = doc.numPages;
  await doc.destroy();
  return { numPages, pages, text: collapse(pages.join('\n')) };
}

describe('PDF evidence report', () => {
  it('gives every quote, Cyrillic included, and its page citation back through pdf.js', async () => {
    const bytes = await exportEvidence(FIXTURE_BUNDLE, { format: 'pdf' });
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const { numPages, text } = await readPdf(bytes);
    expect(numPages).toBe(4); // title page, codebook, passages, references
    for (const { quote, pages } of FIXTURE_PASSAGES) {
      expect(text, quote).toContain(collapse(quote));
    }
    for (const { pages } of FIXTURE_PASSAGES) expect(text).toContain(`, ${pages} \u00b7 Coder: Анна K.`);
    expect(text).toContain('Anti-trafficking «Евразия» 2024');
    expect(text).toContain('Definition: Совместные действия «государство — НКО».');
  });

  it('embeds the DejaVu font and adds memos and tables on request', async () => {
    const bytes = await exportEvidence(FIXTURE_BUNDLE, { format: 'pdf', includeMemos: true, includeTables: true, language: 'ru' });
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/FontFile2/);
    const { numPages, text } = await readPdf(bytes);
    expect(numPages).toBe(6);
    expect(text).toContain('Список литературы');
    expect(text).toContain('Заметка о коде «Партнёрство».');
    expect(text).toContain('Совместная встречаемость кодов (фрагменты с обоими кодами)');
    expect(text).toContain('Фрагменты по кодам');
  });

  it('paginates a long report with page numbers', async () => {
    const bundle = syntheticBundle(300);
    const bytes = await exportEvidence(bundle, { format: 'pdf' });
    const { numPages, pages } = await readPdf(bytes);
    expect(numPages).toBeGreaterThan(20);
    expect(collapse(pages[numPages - 1])).toContain(`${numPages} / ${numPages}`);
    expect(collapse(pages.join(' '))).toContain(collapse(bundle.rows[299].quote));
  });
});

describe('PDF report tables', () => {
  it('never breaks a word inside a table cell: a long header shrinks to fit its column', async () => {
    // Ten countries make the "by country" table eleven narrow columns (~26 pt each).
    const countries = ['armenia', 'azerbaijan', 'belarus', 'georgia', 'kazakhstan', 'kyrgyzstan', 'moldova', 'tajikistan', 'turkmenistan', 'uzbekistan'];
    const bundle = { ...FIXTURE_BUNDLE, rows: FIXTURE_BUNDLE.rows.map((r) => ({ ...r, document: { ...r.document, countries } })) };
    const bytes = await exportEvidence(bundle, { format: 'pdf', includeTables: true });
    const { pages } = await readPdf(bytes);
    const lines = pages.filter((p) => p.includes('Codings per code by country')).join('\n').split('\n');
    for (const name of ['Azerbaijan', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']) {
      const pieces = lines.filter((l) => l.includes(name.slice(0, 4)));
      expect(pieces.length, name).toBeGreaterThan(0);
      for (const l of pieces) expect(l, name).toContain(name);
    }
  });
});
