// A document's citation is formatted by citeproc once per locator shape and then filled with
// each passage's page and paragraph (CitationEngine.templated): in every shipped style and
// locale, every cite so filled must read exactly as citeproc formats it afresh — single pages,
// printed labels, paragraphs, page ranges, a record with a URL, two reports of one year.
import { describe, expect, it, vi } from 'vitest';
import { CITATION_LOCALES, CITATION_STYLES } from '../../../../../shared/csl/citation-styles';
import type { EvidenceDocument } from '../../../../../shared/domain/evidence';
import { CitationEngine, cslLocaleTag, type CitedRow } from '../../../../../main/core/citation/citation-engine';
import { engineFor } from '../../../../../main/core/citation/citeproc-engines';
import { cslHtmlToRich, richText } from '../../../../../main/core/citation/csl-html-rich';
import { cslLocator } from '../../../../../main/core/citation/locator';
import { DOC_EN, DOC_RU } from '../export/evidence-fixture';

const RECORD: EvidenceDocument = {
  ...DOC_EN,
  id: 'doc-record',
  bibliography: {
    citekey: 'smith2019',
    csl: {
      type: 'report', title: 'Annual report on combating trafficking', author: [{ family: 'Smith', given: 'Jane' }, { family: 'Jones', given: 'Robert' }],
      issued: { 'date-parts': [[2019]] }, publisher: 'OSCE', URL: 'https://www.osce.org/files/f/documents/4/5/413123.pdf',
    },
  },
} as EvidenceDocument;
/** Same organisation, same year as DOC_EN: "2019a" and "2019b" in author-date styles. */
const SIBLING: EvidenceDocument = { ...DOC_EN, id: 'doc-en-2', title: 'Second report of the year' };
const DOCUMENTS = [DOC_EN, SIBLING, DOC_RU, RECORD];

type Place = Omit<CitedRow, 'document'>;
const PLACES: Place[] = [
  { page: 12, pageEnd: 12 },
  { page: 1, pageEnd: 1 },
  { page: 7, pageEnd: 7, pageLabel: '45' },
  { page: 600, pageEnd: 600, paragraph: 87 },
  { page: 3, pageEnd: 3, paragraph: 3 },
  { page: 2, pageEnd: 2, pageLabel: 'iv' },
  { page: 9, pageEnd: 9, pageLabel: '12a' },
  { page: 41, pageEnd: 42 },
  { page: 321, pageEnd: 328 },
  { page: 5, pageEnd: 6, pageLabel: 'A-3', pageEndLabel: 'A-4' },
  { page: 100, pageEnd: 100, pageLabel: '100', paragraph: 1 },
];

describe('citations filled from a document template', () => {
  for (const style of CITATION_STYLES) {
    for (const locale of CITATION_LOCALES) {
      it(`read as citeproc formats them: ${style}, ${locale}`, () => {
        const engine = new CitationEngine(style, locale, DOCUMENTS);
        for (const document of DOCUMENTS) {
          for (const place of PLACES) {
            const row = { ...place, document };
            const got = engine.cite(row);
            const direct = engineFor(style, cslLocaleTag(style, locale), engine).makeCitationCluster([
              { id: engine.citekeyOf(document.id)!, ...cslLocator(row, style, locale, engine.isNoteStyle) },
            ]);
            const rich = cslHtmlToRich(direct);
            expect({ style, locale, place, text: got.text }).toEqual({ style, locale, place, text: richText(rich) });
            expect(got.rich).toEqual(rich);
          }
        }
      });
    }
  }

  it('asks citeproc once per document and shape, not once per page', () => {
    const engine = new CitationEngine('chicago-author-date', 'en', [DOC_EN]);
    const citeproc = engineFor('chicago-author-date', 'en-US', engine);
    const calls = vi.spyOn(citeproc, 'makeCitationCluster');
    try {
      const texts = [];
      for (let page = 1; page <= 40; page++) texts.push(engine.cite({ page, pageEnd: page, document: DOC_EN }).text);
      for (let page = 1; page <= 10; page++) engine.cite({ page, pageEnd: page, paragraph: page * 3, document: DOC_EN });
      expect(texts[0]).toBe('(OSCE/ODIHR 2019, 1)');
      expect(texts[39]).toBe('(OSCE/ODIHR 2019, 40)');
      // One template for single pages, one for a page with a paragraph.
      expect(calls).toHaveBeenCalledTimes(2);
    } finally {
      calls.mockRestore();
    }
  });
});
