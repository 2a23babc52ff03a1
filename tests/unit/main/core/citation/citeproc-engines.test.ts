// The citeproc engine is built once per style and locale and lent to every export: two
// exports that interleave keep their own documents, disambiguation and bibliography, a record
// edited between two exports is cited as edited, and a second export builds no engine.
import { expect, it } from 'vitest';
import type { CslItem } from '../../../../../shared/domain/bibliography';
import type { EvidenceDocument } from '../../../../../shared/domain/evidence';
import { CitationEngine } from '../../../../../main/core/citation/citation-engine';
import { citeprocBibliographies, citeprocEnginesBuilt, citeprocRegistrations, forgetCiteprocEngines } from '../../../../../main/core/citation/citeproc-engines';
import { CITATION_STYLES } from '../../../../../shared/csl/citation-styles';

function doc(id: string, csl: CslItem): EvidenceDocument {
  return {
    id, title: csl.title ?? '', fileName: `${id}.pdf`, organisation: '', countries: [], year: null, docType: 'study', language: 'en',
    bibliography: { documentId: id, csl, source: 'csl-json', zoteroLibraryId: null, zoteroKey: null, citekey: `${id}Key`, updatedAt: '' },
  };
}
const osce = (id: string, title: string, year = 2019) =>
  doc(id, { type: 'report', title, author: [{ literal: 'OSCE' }], issued: { 'date-parts': [[year]] }, publisher: 'OSCE' });

const A1 = osce('a1', 'Alpha report');
const A2 = osce('a2', 'Beta report');
const B1 = osce('b1', 'Gamma report');
const cite = (e: CitationEngine, d: EvidenceDocument, page: number) => e.cite({ document: d, page, pageEnd: page, paragraph: null }).text;

it('lends one engine per style and locale to interleaved exports, each with its own documents', () => {
  const first = new CitationEngine('apa', 'en', [A1, A2]);
  cite(first, A1, 1); // the APA/en-US engine exists from here on
  const before = citeprocEnginesBuilt();
  const second = new CitationEngine('apa', 'en', [B1]);

  // Two OSCE 2019 reports are disambiguated in the first export, not the lone one in the second.
  expect(cite(first, A1, 3)).toBe('(OSCE, 2019a, p. 3)');
  expect(cite(second, B1, 4)).toBe('(OSCE, 2019, p. 4)');
  expect(cite(first, A2, 5)).toBe('(OSCE, 2019b, p. 5)');
  expect(second.bibliography().map((e) => e.text)).toEqual(['OSCE. (2019). Gamma report. OSCE.']);
  expect(first.bibliography().map((e) => e.text)).toEqual(['OSCE. (2019a). Alpha report. OSCE.', 'OSCE. (2019b). Beta report. OSCE.']);
  expect(cite(second, B1, 6)).toBe('(OSCE, 2019, p. 6)');
  expect(citeprocEnginesBuilt()).toBe(before);

  // A document first met in a citation joins the export's registry (and disambiguates).
  const third = new CitationEngine('apa', 'en', []);
  expect(cite(third, B1, 7)).toBe('(OSCE, 2019, p. 7)');
  expect(cite(third, A1, 8)).toBe('(OSCE, 2019a, p. 8)');
  expect(cite(third, B1, 9)).toBe('(OSCE, 2019b, p. 9)');
  expect(citeprocEnginesBuilt()).toBe(before);

  // Another style is another engine, built once.
  new CitationEngine('harvard-cite-them-right', 'en', [B1]).bibliography();
  new CitationEngine('harvard-cite-them-right', 'en', [A1]).bibliography();
  expect(citeprocEnginesBuilt()).toBe(before + 1);
});

it('cites a record as edited since the previous export of the same document', () => {
  const old = new CitationEngine('apa', 'en', [osce('same', 'Same report', 2019)]);
  expect(old.bibliography().map((e) => e.text)).toEqual(['OSCE. (2019). Same report. OSCE.']);
  const edited = new CitationEngine('apa', 'en', [osce('same', 'Same report, revised', 2021)]);
  expect(cite(edited, osce('same', 'Same report, revised', 2021), 2)).toBe('(OSCE, 2021, p. 2)');
  expect(edited.bibliography().map((e) => e.text)).toEqual(['OSCE. (2021). Same report, revised. OSCE.']);
});

it('an export registered on top of another export cites as one registered afresh, in every style', () => {
  const person = (family: string, title: string, year: number) =>
    doc(`${family}-${title}`, { type: 'book', title, author: [{ family, given: 'Ann' }], issued: { 'date-parts': [[year]] }, publisher: 'P' });
  const x2018 = osce('x', 'Delta report', 2018);
  const x2019 = osce('x', 'Delta report', 2019); // the same document, its record edited in between
  const y = osce('y', 'Epsilon report'); // only in the first export
  const first = [A1, y, x2018, person('Smith', 'One', 2020), person('Smith', 'Two', 2020), B1];
  const second = [person('Smith', 'Two', 2020), B1, A2, x2019, A1, person('Lee', 'Three', 2021)];
  const outputs = (e: CitationEngine) => ({
    citations: second.map((d, i) => cite(e, d, i + 1)),
    bibliography: e.bibliography().map((b) => b.text),
  });
  for (const style of CITATION_STYLES) {
    forgetCiteprocEngines();
    const fresh = outputs(new CitationEngine(style, 'en', second));
    forgetCiteprocEngines();
    cite(new CitationEngine(style, 'en', first), A1, 1);
    const onTop = outputs(new CitationEngine(style, 'en', second));
    expect(onTop, style).toEqual(fresh);
    expect(fresh.bibliography.length, style).toBe(second.length);
  }
});

it('an export of the documents already registered, unchanged and in the same order, registers nothing', () => {
  const docs = [A1, A2, B1, osce('z', 'Zeta report', 2019)];
  const copy = () => docs.map((d) => structuredClone(d));
  forgetCiteprocEngines();
  const fresh = new CitationEngine('chicago-author-date', 'en', copy());
  const expected = { citations: docs.map((d, i) => cite(fresh, d, i + 1)), bibliography: fresh.bibliography().map((b) => b.text) };
  forgetCiteprocEngines();
  new CitationEngine('chicago-author-date', 'en', copy()).ready(); // as export.prepare does
  const before = citeprocRegistrations();
  const adopted = new CitationEngine('chicago-author-date', 'en', copy());
  expect({ citations: docs.map((d, i) => cite(adopted, d, i + 1)), bibliography: adopted.bibliography().map((b) => b.text) }).toEqual(expected);
  expect(citeprocRegistrations()).toBe(before);
  // One record edited since: registered afresh, and cited as edited.
  const edited = copy();
  edited[3] = osce('z', 'Zeta report', 2020);
  const again = new CitationEngine('chicago-author-date', 'en', edited);
  expect(cite(again, edited[3], 9)).toBe('(OSCE 2020, 9)');
  expect(citeprocRegistrations()).toBe(before + 1);
});


it('formats the references once per registration: a prepared export and a repeated one read them back', () => {
  const docs = [A1, A2, B1];
  const copy = () => docs.map((d) => structuredClone(d));
  forgetCiteprocEngines();
  const prepared = new CitationEngine('apa', 'en', copy()); // as export.prepare does
  prepared.ready();
  const expected = prepared.bibliography().map((b) => b.text);
  expect(expected).toEqual(['OSCE. (2019a). Alpha report. OSCE.', 'OSCE. (2019b). Beta report. OSCE.', 'OSCE. (2019c). Gamma report. OSCE.']);
  const made = citeprocBibliographies();
  const adopted = new CitationEngine('apa', 'en', copy());
  expect(adopted.bibliography().map((b) => b.text)).toEqual(expected);
  expect(new CitationEngine('apa', 'en', copy()).bibliography().map((b) => b.text)).toEqual(expected);
  expect(citeprocBibliographies()).toBe(made);
  // A document joining through a citation, a record edited, another export between: made anew.
  const grown = new CitationEngine('apa', 'en', copy());
  cite(grown, osce('d', 'Delta report'), 1);
  expect(grown.bibliography().map((b) => b.text)).toEqual(['OSCE. (2019a). Alpha report. OSCE.', 'OSCE. (2019b). Beta report. OSCE.', 'OSCE. (2019c). Delta report. OSCE.', 'OSCE. (2019d). Gamma report. OSCE.']);
  const edited = copy();
  edited[2] = osce('b1', 'Gamma report', 2021);
  expect(new CitationEngine('apa', 'en', edited).bibliography().map((b) => b.text)).toEqual(['OSCE. (2019a). Alpha report. OSCE.', 'OSCE. (2019b). Beta report. OSCE.', 'OSCE. (2021). Gamma report. OSCE.']);
  expect(new CitationEngine('apa', 'en', [A1]).bibliography().map((b) => b.text)).toEqual(['OSCE. (2019). Alpha report. OSCE.']);
  expect(citeprocBibliographies()).toBe(made + 3);
});
