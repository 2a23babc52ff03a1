// The acceptance test for Pandoc: `pandoc --citeproc --csl <our shipped style>` on our
// Markdown export cites the same documents and pages as our DOCX export of the same evidence in
// the same style, and lists the same bibliography entries. Compared, after normalising
// whitespace (no-break spaces too) and quote marks (“ ” « » „ ‘ ’ to " and '), which the two
// citeprocs and locales set differently:
//  - every passage's citation, in report order: in Pandoc's plain text the text between the
//    "— " that opens the line under the quote and the " · " before the coder; in our DOCX's
//    word/document.xml the "Citation" paragraph under the quote, up to its " · ";
//  - the bibliography: the paragraphs after the bibliography heading ("References", "Список
//    литературы") in both, as a sorted list without GOST's "1. " numbers: the two citeprocs
//    collate differently (citeproc-js puts the Cyrillic names first in ru-RU, Pandoc the
//    Latin ones), so the same entries come numbered in another order.
// Runs with the CSL-JSON file, with the BibTeX file (citation-js), and for a Russian report in
// GOST R 7.0.5 (ru-RU: "с." locators). A wrong locator (say the PDF page instead of the printed
// one) or a citekey that is not in the bibliography ("(key?)") fails it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentBibliography } from '../../../../../../shared/domain/bibliography';
import type { EvidenceBundle } from '../../../../../../shared/domain/evidence';
import type { CitationStyleId } from '../../../../../../shared/csl/citation-styles';
import { bibliographyHeading } from '../../../../../../main/core/citation/bibliography-heading';
import { findCslDir } from '../../../../../../main/core/citation/csl-assets';
import { companionFileName, exportEvidenceFiles } from '../../../../../../main/core/export/export-evidence';
import { docxParagraphs } from '../../../../../helpers/docx-paragraphs';
import { pandocSkipReason, runPandoc } from '../../../../../helpers/pandoc';
import { unzipAll } from '../../../../../helpers/read-zip';
import { DOC_EN, FIXTURE_BUNDLE } from '../evidence-fixture';

const skip = pandocSkipReason();

const RECORD: DocumentBibliography = {
  documentId: 'doc-z',
  csl: { type: 'report', title: 'Assessment of the National Referral Mechanism', author: [{ family: 'Smith', given: 'Jane' }, { family: 'Петров', given: 'Пётр' }], publisher: 'IOM', 'publisher-place': 'Geneva', number: 'IOM/2020/7', issued: { 'date-parts': [[2020]] } },
  source: 'zotero',
  zoteroLibraryId: 1,
  zoteroKey: 'ABCD1234',
  citekey: 'smith2020assessment',
  updatedAt: '2024-01-01T00:00:00.000Z',
};
const DOC_Z = { ...DOC_EN, id: 'doc-z', title: 'Assessment', bibliography: RECORD };

/** The fixture plus printed page labels that differ from the PDF numbers, a roman-numbered
 *  range, a numbered paragraph, and a document cited by its Better BibTeX key. */
const BUNDLE: EvidenceBundle = {
  ...FIXTURE_BUNDLE,
  rows: [
    ...FIXTURE_BUNDLE.rows,
    { ...FIXTURE_BUNDLE.rows[0], annotationId: 'ann-z1', document: DOC_Z, page: 16, pageEnd: 16, pageLabel: '14', pageEndLabel: '14', paragraph: 87 },
    { ...FIXTURE_BUNDLE.rows[0], annotationId: 'ann-z2', document: DOC_Z, page: 4, pageEnd: 5, pageLabel: 'iv', pageEndLabel: 'v' },
    { ...FIXTURE_BUNDLE.rows[0], annotationId: 'ann-7', page: 51, pageEnd: 52, pageLabel: '45', pageEndLabel: '46' },
  ],
};

const normalise = (text: string) =>
  text.replace(/^\d+\.\s+/, '').replace(/[\u00a0\u202f\s]+/g, ' ').replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"').replace(/[\u2018\u2019]/g, "'").trim();

/** Our DOCX export's citations in report order, and its bibliography, in `style`. */
async function ourDocx(style: CitationStyleId, locale: 'en' | 'ru'): Promise<{ citations: string[]; bibliography: string[] }> {
  const docx = await exportEvidenceFiles(BUNDLE, { format: 'docx', language: locale, style, locale });
  const paras = docxParagraphs((await unzipAll(docx.bytes)).get('word/document.xml')!.toString('utf8'));
  const citations = paras.filter((p) => p.style === 'Citation').map((p) => normalise(p.text.slice(0, p.text.lastIndexOf(' \u00b7 '))));
  const heading = paras.findIndex((p) => p.style === 'Heading1' && p.text === bibliographyHeading(style, locale));
  expect(heading).toBeGreaterThan(0);
  return { citations, bibliography: paras.slice(heading + 1).map((p) => normalise(p.text)).filter(Boolean).sort() };
}

/** Pandoc's rendering of our Markdown export, as plain text, split into citations and references. */
async function throughPandoc(style: CitationStyleId, locale: 'en' | 'ru', bibliography: 'csl-json' | 'bibtex') {
  const bibliographyFile = companionFileName('report.md', { bibliography });
  const files = await exportEvidenceFiles(BUNDLE, { format: 'md', pandoc: true, bibliography, bibliographyFile, language: locale, style, locale });
  const csl = `${findCslDir()}/styles/${style}.csl`;
  const plain = runPandoc({ 'report.md': files.bytes, [bibliographyFile]: files.companion!.bytes }, ['--citeproc', '--csl', csl, '--wrap=none', '-t', 'plain', 'report.md']).toString('utf8');
  const lines = plain.split('\n');
  const citations = lines.filter((l) => l.startsWith('\u2014 ')).map((l) => normalise(l.slice(2, l.lastIndexOf(' \u00b7 '))));
  const heading = lines.findIndex((l) => l === bibliographyHeading(style, locale));
  const references = lines.slice(heading + 1).filter((l) => l.trim() !== '').map(normalise).sort();
  return { plain, citations, references, heading };
}

describe.skipIf(skip !== null)('pandoc --citeproc on our Markdown export', () => {
  let expected: Record<string, Awaited<ReturnType<typeof ourDocx>>>;
  beforeAll(async () => {
    expected = { chicago: await ourDocx('chicago-author-date', 'en'), gost: await ourDocx('gost-r-7-0-5-2008-author-date', 'ru') };
  });

  it('cites the same documents and printed pages as our Chicago citations, and lists the same references (CSL-JSON)', { timeout: 120_000 }, async () => {
    const got = await throughPandoc('chicago-author-date', 'en', 'csl-json');
    expect(got.plain).not.toContain('?)');
    expect(got.citations).toEqual(expected.chicago.citations);
    // Spot checks that the comparison is about what it claims: printed labels, ranges, paragraphs, the record's authors.
    expect(got.citations).toContain('(Smith and Петров 2020, 14, para. 87)');
    expect(got.citations).toContain('(Smith and Петров 2020, iv–v)');
    expect(got.citations).toContain('(OSCE/ODIHR 2019, 45–46)');
    expect(got.heading).toBeGreaterThan(0);
    expect(got.references).toEqual(expected.chicago.bibliography);
    expect(got.references).toHaveLength(3);
    expect(got.citations).toHaveLength(BUNDLE.rows.length);
  });

  it('does the same with the BibTeX bibliography beside it', { timeout: 120_000 }, async () => {
    const got = await throughPandoc('chicago-author-date', 'en', 'bibtex');
    expect(got.plain).not.toContain('?)');
    expect(got.citations).toEqual(expected.chicago.citations);
    expect(got.references).toEqual(expected.chicago.bibliography);
  });

  it('a Russian report in GOST R 7.0.5: the same citations with "с." and the same references', { timeout: 120_000 }, async () => {
    const got = await throughPandoc('gost-r-7-0-5-2008-author-date', 'ru', 'csl-json');
    expect(got.plain).not.toContain('?]');
    expect(got.citations).toEqual(expected.gost.citations);
    expect(got.citations.some((c) => c.includes('\u0441. 14, \u043f. 87'))).toBe(true);
    expect(got.references).toEqual(expected.gost.bibliography);
  });
});
