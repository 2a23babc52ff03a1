// The Pandoc Markdown export: metadata block, [@key, locator] citations, the References div, and
// the bibliography file beside it (CSL-JSON, or BibTeX read back with citation-js's own parser).
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import type { DocumentBibliography } from '../../../../../../shared/domain/bibliography';
import type { EvidenceBundle } from '../../../../../../shared/domain/evidence';
import { companionFileName, exportEvidenceFiles } from '../../../../../../main/core/export/export-evidence';
import { DOC_EN, FIXTURE_BUNDLE } from '../evidence-fixture';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

async function pandocExport(bundle: EvidenceBundle, options: { bibliography?: 'csl-json' | 'bibtex'; language?: 'en' | 'ru' } = {}) {
  const bibliographyFile = companionFileName('report.md', options);
  const files = await exportEvidenceFiles(bundle, { format: 'md', pandoc: true, bibliographyFile, ...options });
  return { markdown: decode(files.bytes), companion: files.companion! };
}

const ZOTERO: DocumentBibliography = {
  documentId: 'doc-z',
  csl: { type: 'report', title: 'Trafficking {in} 100% of $cases$ & more_data #1 ~ ^ \\ Доклад', author: [{ family: 'Иванов', given: 'Иван' }, { literal: 'UN Office & Co' }], issued: { 'date-parts': [[2020]] }, URL: 'https://example.org/a_b?x=1&y=%20' },
  source: 'zotero',
  zoteroLibraryId: 1,
  zoteroKey: 'ABCD1234',
  citekey: 'ivanov2020trafficking',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

describe('Pandoc Markdown export', () => {
  it('opens with the metadata block, cites each quote as [@key, locator] and ends with the References div', async () => {
    const { markdown, companion } = await pandocExport(FIXTURE_BUNDLE);
    expect(markdown.startsWith('---\nbibliography: "report.json"\nlang: en-US\n---\n\n# ')).toBe(true);
    expect(companion.fileName).toBe('report.json');
    expect(markdown).toContain('\u2014 [@osceodihr2019combating, p. 12] \u00b7 Coder: ');
    expect(markdown).toContain('\u2014 [@russiacis2021доклад, pp. 41\u201342] \u00b7 Coder: ');
    expect(markdown).toContain('\u2014 [@osceodihr2019combating, p. 99] \u00b7 Coder: ');
    // The house citation line is gone; the bibliography goes where the div is, at the end.
    expect(markdown).not.toContain('Annual Report, p. 12');
    expect(markdown.trimEnd().endsWith('## References\n\n::: {#refs}\n:::')).toBe(true);
    // A comment's "@reviewer" is not a citation.
    expect(markdown).toContain('+1 \\@reviewer');
  });

  it('writes a CSL-JSON file of exactly the cited documents, ids = the citekeys in the text', async () => {
    const rows = FIXTURE_BUNDLE.rows.filter((r) => r.document.id === DOC_EN.id);
    const { markdown, companion } = await pandocExport({ ...FIXTURE_BUNDLE, rows });
    const items = JSON.parse(decode(companion.bytes));
    expect(items).toEqual([{ id: 'osceodihr2019combating', type: 'report', title: DOC_EN.title, author: [{ literal: 'OSCE/ODIHR' }], issued: { 'date-parts': [[2019]] }, language: 'en' }]);
    const cited = new Set([...markdown.matchAll(/\[@([^,\]]+),/g)].map((m) => m[1]));
    expect([...cited]).toEqual(['osceodihr2019combating']);
  });

  it('cites a document by its Better BibTeX key, in Russian with the ru-RU locator terms', async () => {
    const doc = { ...DOC_EN, id: 'doc-z', bibliography: ZOTERO };
    const rows = [{ ...FIXTURE_BUNDLE.rows[0], document: doc, page: 14, pageLabel: '12', paragraph: 4 }];
    const { markdown, companion } = await pandocExport({ ...FIXTURE_BUNDLE, rows }, { language: 'ru' });
    expect(markdown).toContain('lang: ru-RU\n');
    expect(markdown).toContain('[@ivanov2020trafficking, \u0441. 12, \u043f. 4]');
    expect(markdown).toContain('## \u0421\u043f\u0438\u0441\u043e\u043a \u043b\u0438\u0442\u0435\u0440\u0430\u0442\u0443\u0440\u044b\n\n::: {#refs}');
    expect(JSON.parse(decode(companion.bytes))[0]).toMatchObject({ id: 'ivanov2020trafficking', title: ZOTERO.csl.title });
  });

  it('writes BibTeX whose entries citation-js reads back with the same keys, Cyrillic and LaTeX specials', async () => {
    const doc = { ...DOC_EN, id: 'doc-z', bibliography: ZOTERO };
    const rows = [...FIXTURE_BUNDLE.rows, { ...FIXTURE_BUNDLE.rows[0], document: doc }];
    const { markdown, companion } = await pandocExport({ ...FIXTURE_BUNDLE, rows }, { bibliography: 'bibtex' });
    expect(companion.fileName).toBe('report.bib');
    expect(markdown).toContain('bibliography: "report.bib"');
    const bib = decode(companion.bytes);
    const back = new Cite(bib).format('data', { format: 'text' });
    const items = JSON.parse(back) as Array<Record<string, unknown>>;
    const byKey = new Map(items.map((i) => [i['citation-key'], i]));
    expect([...byKey.keys()].sort()).toEqual(['ivanov2020trafficking', 'osceodihr2019combating', 'russiacis2021доклад']);
    expect(byKey.get('russiacis2021доклад')!.title).toBe('Доклад о противодействии торговле людьми');
    const z = byKey.get('ivanov2020trafficking')!;
    expect(z.title).toBe(ZOTERO.csl.title);
    // BibTeX has no literal names: an institution is one brace-protected name, read back as a family.
    expect(z.author).toEqual([{ family: 'Иванов', given: 'Иван' }, { family: 'UN Office & Co' }]);
    expect(bib).toContain('and {UN Office \\& Co}');
    expect(z.URL).toBe(ZOTERO.csl.URL);
  });
});
