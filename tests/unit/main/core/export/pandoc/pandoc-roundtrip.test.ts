// The acceptance test for Pandoc: `pandoc --citeproc --csl <our shipped style>` on our
// Markdown export cites the same documents and pages as our own citations of the same evidence
// in the same style (the citeproc-js engine the DOCX export cites with), and lists the same
// bibliography entries. Compared, after normalising whitespace (no-break spaces too) and quote
// marks (“ ” « » „ ‘ ’ to " and '), which the two citeprocs and locales set differently:
//  - every passage's citation, in report order: the text between the "— " that opens the line
//    under the quote and the " · " before the coder, against the engine's citation of that row;
//  - the bibliography: the paragraphs after the References heading, against the engine's
//    bibliography entries, as a sorted list without GOST's "1. " numbers: the two citeprocs
//    collate differently (citeproc-js puts the Cyrillic names first in ru-RU, Pandoc the
//    Latin ones), so the same entries come numbered in another order.
// Runs with the CSL-JSON file, with the BibTeX file (citation-js), and for a Russian report in
// GOST R 7.0.5 (ru-RU: "с." locators). A wrong locator (say the PDF page instead of the printed
// one) or a citekey that is not in the bibliography ("(key?)") fails it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentBibliography } from '../../../../../../shared/domain/bibliography';
import type { EvidenceBundle, EvidenceRow } from '../../../../../../shared/domain/evidence';
import type { CitationStyleId } from '../../../../../../shared/csl/citation-styles';
import { CitationEngine } from '../../../../../../main/core/citation/citation-engine';
import { findCslDir } from '../../../../../../main/core/citation/csl-assets';
import { companionFileName, exportEvidenceFiles } from '../../../../../../main/core/export/export-evidence';
import { buildReportModel } from '../../../../../../main/core/export/report-model';
import { pandocSkipReason, runPandoc } from '../../../../../helpers/pandoc';
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

/** Our citations of the rows in report order, and our bibliography, in `style`. */
function ours(style: CitationStyleId, locale: 'en' | 'ru'): { citations: string[]; bibliography: string[] } {
  const engine = new CitationEngine(style, locale);
  const rows: EvidenceRow[] = [];
  for (const section of buildReportModel(BUNDLE, { format: 'md', language: locale }).sections) for (const p of section.passages) rows.push(p.row);
  const citations = rows.map((r) => normalise(engine.cite(r).text));
  return { citations, bibliography: engine.bibliography().map((b) => normalise(b.text)).sort() };
}

/** Pandoc's rendering of our Markdown export, as plain text, split into citations and references. */
async function throughPandoc(style: CitationStyleId, locale: 'en' | 'ru', bibliography: 'csl-json' | 'bibtex') {
  const bibliographyFile = companionFileName('report.md', { bibliography });
  const files = await exportEvidenceFiles(BUNDLE, { format: 'md', pandoc: true, bibliography, bibliographyFile, language: locale });
  const csl = `${findCslDir()}/styles/${style}.csl`;
  const plain = runPandoc({ 'report.md': files.bytes, [bibliographyFile]: files.companion!.bytes }, ['--citeproc', '--csl', csl, '--wrap=none', '-t', 'plain', 'report.md']).toString('utf8');
  const lines = plain.split('\n');
  const citations = lines.filter((l) => l.startsWith('\u2014 ')).map((l) => normalise(l.slice(2, l.lastIndexOf(' \u00b7 '))));
  const heading = lines.findIndex((l) => l === (locale === 'ru' ? '\u0421\u043f\u0438\u0441\u043e\u043a \u043b\u0438\u0442\u0435\u0440\u0430\u0442\u0443\u0440\u044b' : 'References'));
  const references = lines.slice(heading + 1).filter((l) => l.trim() !== '').map(normalise).sort();
  return { plain, citations, references, heading };
}

describe.skipIf(skip !== null)('pandoc --citeproc on our Markdown export', () => {
  let expected: Record<string, ReturnType<typeof ours>>;
  beforeAll(() => {
    expected = { chicago: ours('chicago-author-date', 'en'), gost: ours('gost-r-7-0-5-2008-author-date', 'ru') };
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
