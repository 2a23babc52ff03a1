// Every report format (DOCX, HTML, Markdown, PDF) cites in the chosen style and ENDS with the
// bibliography of exactly the documents its passages cite; CSV carries the formatted
// citation. Expected entries are written by hand from the style rules (APA 7: "Author. (Year).
// *Title*." for a group author; GOST R 7.0.5-2008: numbered "Автор. Заглавие. Год.").
import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import type { ExportOptions } from '../../../../../shared/domain/evidence';
import { unzipText } from '../../../../helpers/read-zip';
import { DOC_EN, FIXTURE_BUNDLE } from '../export/evidence-fixture';

const APA_ENTRIES = [
  'OSCE/ODIHR. (2019). Combating Trafficking in Human Beings: Annual Report.',
  'Russia / CIS. (2021). Доклад о противодействии торговле людьми.',
];
const GOST_ENTRIES = [
  '1. ОБСЕ/БДИПЧ. Combating Trafficking in Human Beings: Annual Report. 2019.',
  '2. Россия / СНГ. Доклад о противодействии торговле людьми. 2021.',
];
const ONLY_EN = { ...FIXTURE_BUNDLE, rows: FIXTURE_BUNDLE.rows.filter((r) => r.document.id === DOC_EN.id) };

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The report's paragraphs as text, in order (headings included). */
async function paragraphs(format: 'docx' | 'html' | 'md' | 'pdf', bundle: typeof FIXTURE_BUNDLE, options: Omit<ExportOptions, 'format'>): Promise<string[]> {
  const bytes = await exportEvidence(bundle, { format, ...options });
  if (format === 'docx') {
    const xml = await unzipText(bytes, 'word/document.xml');
    return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => decode([...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))).filter(Boolean);
  }
  if (format === 'html') {
    const html = new TextDecoder().decode(bytes);
    return [...html.matchAll(/<(h[1-6]|p|blockquote)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => decode(m[2].replace(/<[^>]+>/g, '')));
  }
  if (format === 'md') {
    return new TextDecoder().decode(bytes).split(/\n\n+/).map((b) => b.replace(/^#+ /, '').replace(/\\(.)/g, '$1').replace(/\*/g, '').replace(/^\u2014 /, '').trim()).filter(Boolean);
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const last = await (await doc.getPage(doc.numPages)).getTextContent();
  const text = last.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join('');
  await doc.destroy();
  // The last page: its number ("4 / 4", drawn first), then the bibliography.
  return text.replace(/^\d+ \/ \d+/, '').split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Lines re-joined into entries for the PDF (an entry wraps over lines): split at each entry start. */
function pdfEntries(lines: string[], starts: string[]): string[] {
  const text = lines.join(' ');
  const at = starts.map((s) => text.indexOf(s));
  return at.map((from, i) => text.slice(from, i + 1 < at.length ? at[i + 1] : undefined).trim());
}

describe('the report ends with a bibliography of the cited documents', () => {
  for (const format of ['docx', 'html', 'md'] as const) {
    it(`${format}: APA citations and a closing "References" listing exactly the cited documents`, async () => {
      const all = await paragraphs(format, FIXTURE_BUNDLE, { style: 'apa', language: 'en' });
      const heading = all.lastIndexOf('References');
      expect(heading, all.slice(-5).join(' | ')).toBeGreaterThan(0);
      expect(all.slice(heading + 1)).toEqual(APA_ENTRIES);
      expect(all.some((p) => p.startsWith('(OSCE/ODIHR, 2019, p. 12) \u00b7'))).toBe(true);
      expect(all.some((p) => p.startsWith('(Russia / CIS, 2021, pp. 41\u201342) \u00b7'))).toBe(true);
      const one = await paragraphs(format, ONLY_EN, { style: 'apa', language: 'en' });
      expect(one.slice(one.lastIndexOf('References') + 1)).toEqual([APA_ENTRIES[0]]);
    });

    it(`${format}: GOST in Russian, "Список литературы" numbered`, async () => {
      const all = await paragraphs(format, FIXTURE_BUNDLE, { style: 'gost-r-7-0-5-2008-author-date', language: 'ru' });
      const heading = all.lastIndexOf('Список литературы');
      expect(heading).toBeGreaterThan(0);
      expect(all.slice(heading + 1)).toEqual(GOST_ENTRIES);
      expect(all.some((p) => p.startsWith('[ОБСЕ/БДИПЧ, 2019, с. 12] \u00b7'))).toBe(true);
    });
  }

  it('pdf: the last page is the bibliography, in APA and GOST', async () => {
    const apa = await paragraphs('pdf', FIXTURE_BUNDLE, { style: 'apa', language: 'en' });
    expect(apa[0]).toBe('References');
    expect(pdfEntries(apa, ['OSCE/ODIHR. (2019)', 'Russia / CIS. (2021)'])).toEqual(APA_ENTRIES);
    const one = await paragraphs('pdf', ONLY_EN, { style: 'apa', language: 'en' });
    expect(one.join(' ')).not.toContain('Russia / CIS');
    const gost = await paragraphs('pdf', FIXTURE_BUNDLE, { style: 'gost-r-7-0-5-2008-author-date', language: 'ru' });
    expect(gost[0]).toBe('Список литературы');
    expect(pdfEntries(gost, ['1. ', '2. '])).toEqual(GOST_ENTRIES);
  });

  it('italicises the title of an APA entry in HTML and DOCX', async () => {
    const html = new TextDecoder().decode(await exportEvidence(ONLY_EN, { format: 'html', style: 'apa' }));
    expect(html).toContain('<p class="csl-entry">OSCE/ODIHR. (2019). <em>Combating Trafficking in Human Beings: Annual Report</em>.</p>');
    const xml = await unzipText(await exportEvidence(ONLY_EN, { format: 'docx', style: 'apa' }), 'word/document.xml');
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>)[\s\S])*Combating Trafficking in Human Beings: Annual Report<\/w:t>/);
    // APA 9.43: a 0.5 in hanging indent; GOST's numbered list has none.
    expect(xml).toMatch(/<w:ind w:left="720" w:hanging="720"\/>(?:(?!<\/w:p>)[\s\S])*OSCE\/ODIHR\. \(2019\)/);
    const gost = await unzipText(await exportEvidence(ONLY_EN, { format: 'docx', style: 'gost-r-7-0-5-2008-author-date' }), 'word/document.xml');
    expect(gost).not.toContain('w:hanging="720"');
    expect(html).toContain('<section class="bibliography hanging">');
  });

  it('csv: a citation column in the style', async () => {
    const csv = new TextDecoder().decode(await exportEvidence(FIXTURE_BUNDLE, { format: 'csv', style: 'harvard-cite-them-right' }));
    expect(csv).toContain('"(OSCE/ODIHR, 2019, p. 12)"'.replace(/"/g, ''));
    expect(csv.split('\r\n')[0]).toContain(',quote,citation,');
  });

  it('refuses an unknown style with export.unknownStyle', async () => {
    await expect(exportEvidence(FIXTURE_BUNDLE, { format: 'md', style: 'mla' as never })).rejects.toMatchObject({ code: 'export.unknownStyle' });
  });
});

/** The x of each text line on the report's last page (lines by baseline, page number left out). */
async function lastPageLineStarts(bytes: Uint8Array): Promise<{ text: string; x: number }[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const content = await (await doc.getPage(doc.numPages)).getTextContent();
  await doc.destroy();
  const lines = new Map<number, { text: string; x: number }>();
  for (const it of content.items) {
    if (!('str' in it) || !it.str.trim()) continue;
    const y = Math.round(it.transform[5]);
    const line = lines.get(y);
    if (!line) lines.set(y, { text: it.str, x: it.transform[4] });
    else if (it.transform[4] < line.x) lines.set(y, { text: it.str + line.text, x: it.transform[4] });
    else line.text += it.str;
  }
  return [...lines.entries()].sort((a, b) => b[0] - a[0]).map(([, l]) => l).filter((l) => !/^\d+ \/ \d+$/.test(l.text));
}

it('pdf: an APA entry hangs (0.5 in) when it wraps; a GOST entry does not', async () => {
  const long = 'Combating Trafficking in Human Beings: Annual Report of the Special Representative and Co-ordinator, with Country Findings';
  const bundle = { ...ONLY_EN, rows: ONLY_EN.rows.map((r) => ({ ...r, document: { ...r.document, title: long, bibliography: undefined } })) };
  const apa = await lastPageLineStarts(await exportEvidence(bundle, { format: 'pdf', style: 'apa', language: 'en' }));
  expect(apa[0].text).toBe('References');
  const [first, second] = apa.slice(1);
  expect(first.text.startsWith('OSCE/ODIHR. (2019).')).toBe(true);
  expect(first.x).toBeCloseTo(apa[0].x, 0);
  expect(second.x - first.x).toBeCloseTo(36, 0);
  const gost = await lastPageLineStarts(await exportEvidence(bundle, { format: 'pdf', style: 'gost-r-7-0-5-2008-author-date', language: 'ru' }));
  expect(gost.length).toBeGreaterThan(2);
  for (const line of gost.slice(1)) expect(line.x).toBeCloseTo(gost[0].x, 0);
});
