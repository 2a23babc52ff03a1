// Each shipped CSL style against the style's own rules. The expected strings are written by
// hand from the style guides (their published examples for a group-author report, a
// two-author report, a work without a date; GOST R 7.0.5-2008 for the Russian document),
// *asterisks* marking italics — never copied from our output:
// - Chicago Manual of Style 18th ed., author-date: 15.7 (reference list form: Author. Year.
//   *Title*. Publisher), 15.22 (two authors "and"), 15.48 (page locator without "p."),
//   15.50 ("n.d." after a comma), 14.? reports ("Report No." as given), no place (18th ed.).
// - APA 7th ed.: 8.17 (two authors "&" in parentheses), 8.13 (page "p."/"pp."), 9.17 "(n.d.)",
//   10.1 reports by a group author: *Title* (Report No.) then publisher, then the URL.
// - Cite Them Right 12th ed. (Harvard): "(Author, Year, p. x)", "and" between two authors,
//   "(no date)", reference: Author (Year) *Title*. Place: Publisher. Available at: URL.
// - OSCOLA 4th ed.: 1.1 footnotes end with a full stop, 3.3 books: Author, *Title* (Publisher
//   Year) pinpoint, bibliography: surname first with initials, no full stops.
// - GOST R 7.0.5-2008: 7.? in-text references in square brackets "[Иванов, Петров, 2018, с. 45]",
//   the reference list "Иванов И. И., Петров П. С. Заглавие. Место: Издательство, Год."
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../../../shared/domain/bibliography';
import type { EvidenceDocument } from '../../../../../shared/domain/evidence';
import type { CitationStyleId } from '../../../../../shared/csl/citation-styles';
import { CitationEngine } from '../../../../../main/core/citation/citation-engine';
import type { RichInline } from '../../../../../main/core/export/rich-text';

function doc(id: string, csl: CslItem): EvidenceDocument {
  return {
    id, title: csl.title ?? '', fileName: `${id}.pdf`, organisation: '', countries: [], year: null, docType: 'study', language: csl.language ?? 'en',
    bibliography: { documentId: id, csl, source: 'csl-json', zoteroLibraryId: null, zoteroKey: null, citekey: null, updatedAt: '' },
  };
}

const OSCE = doc('osce', {
  type: 'report', title: 'Guidelines on the protection of human rights defenders',
  author: [{ literal: 'OSCE Office for Democratic Institutions and Human Rights' }], issued: { 'date-parts': [[2014]] },
  publisher: 'OSCE/ODIHR', 'publisher-place': 'Warsaw', genre: 'Report', number: 'ODIHR.GAL/34/14', URL: 'https://www.osce.org/odihr/119633',
});
const TWO = doc('two', {
  type: 'report', title: 'Public participation in policy making', author: [{ family: 'Smith', given: 'Jane' }, { family: 'Jones', given: 'Robert' }],
  issued: { 'date-parts': [[2020]] }, publisher: 'Policy Institute', 'publisher-place': 'London',
});
const RU = doc('ru', {
  type: 'report', title: 'Противодействие торговле людьми в СНГ', author: [{ family: 'Иванов', given: 'Иван Иванович' }, { family: 'Петров', given: 'Пётр Сергеевич' }],
  issued: { 'date-parts': [[2018]] }, publisher: 'Наука', 'publisher-place': 'Москва', language: 'ru',
});
const UNDATED = doc('coe', {
  type: 'report', title: 'Guidelines on child-friendly justice', author: [{ literal: 'Council of Europe' }],
  publisher: 'Council of Europe Publishing', 'publisher-place': 'Strasbourg',
});

/** Italics as *…*, so an expected string says what is italic. */
const marked = (inline: RichInline) => inline.map((s) => (s.italic ? `*${s.text}*` : s.text)).join('');

function run(style: CitationStyleId, locale: 'en' | 'ru', docs: EvidenceDocument[]) {
  const engine = new CitationEngine(style, locale, docs);
  const cite = (d: EvidenceDocument, page: number, pageEnd = page, paragraph: number | null = null) =>
    engine.cite({ document: d, page, pageEnd, paragraph }).text;
  return { engine, cite, bibliography: () => engine.bibliography().map((e) => marked(e.rich)) };
}

describe('Chicago author-date (CMOS 18)', () => {
  it('cites author, year and bare page; lists Author. Year. *Title*. Publisher.', () => {
    const { cite, bibliography } = run('chicago-author-date', 'en', [OSCE, TWO, UNDATED]);
    expect(cite(OSCE, 45, 46)).toBe('(OSCE Office for Democratic Institutions and Human Rights 2014, 45\u201346)');
    expect(cite(TWO, 12)).toBe('(Smith and Jones 2020, 12)');
    expect(cite(UNDATED, 7)).toBe('(Council of Europe, n.d., 7)');
    expect(bibliography()).toEqual([
      'Council of Europe. n.d. *Guidelines on Child-Friendly Justice*. Council of Europe Publishing.',
      'OSCE Office for Democratic Institutions and Human Rights. 2014. *Guidelines on the Protection of Human Rights Defenders*. Report ODIHR.GAL/34/14. OSCE/ODIHR. https://www.osce.org/odihr/119633.',
      'Smith, Jane, and Robert Jones. 2020. *Public Participation in Policy Making*. Policy Institute.',
    ]);
  });
});

describe('APA 7th edition', () => {
  it('cites (Author, Year, p. N) with "&"; lists *Title* (Report No.) Publisher. URL', () => {
    const { cite, bibliography } = run('apa', 'en', [OSCE, TWO, UNDATED]);
    expect(cite(OSCE, 45, 46)).toBe('(OSCE Office for Democratic Institutions and Human Rights, 2014, pp. 45\u201346)');
    expect(cite(OSCE, 45, 45, 87)).toBe('(OSCE Office for Democratic Institutions and Human Rights, 2014, p. 45, para. 87)');
    expect(cite(TWO, 12)).toBe('(Smith & Jones, 2020, p. 12)');
    expect(cite(UNDATED, 7)).toBe('(Council of Europe, n.d., p. 7)');
    expect(bibliography()).toEqual([
      'Council of Europe. (n.d.). *Guidelines on child-friendly justice*. Council of Europe Publishing.',
      'OSCE Office for Democratic Institutions and Human Rights. (2014). *Guidelines on the protection of human rights defenders* (Report ODIHR.GAL/34/14). OSCE/ODIHR. https://www.osce.org/odihr/119633',
      'Smith, J., & Jones, R. (2020). *Public participation in policy making*. Policy Institute.',
    ]);
  });
});

describe('APA 7th edition in Russian', () => {
  it('says "с." for one page and "п." for the paragraph, never "сс." for a page with a paragraph', () => {
    const { cite } = run('apa', 'ru', [TWO]);
    expect(cite(TWO, 12, 12, 4)).toBe('(Smith & Jones, 2020, с. 12, п. 4)');
    expect(cite(TWO, 12)).toBe('(Smith & Jones, 2020, с. 12)');
  });
});

describe('Harvard, Cite Them Right', () => {
  it('cites (Author, Year, p. N); lists Author (Year) *Title*. Place: Publisher. Available at: URL.', () => {
    const { cite, bibliography } = run('harvard-cite-them-right', 'en', [OSCE, TWO, UNDATED]);
    expect(cite(OSCE, 45, 46)).toBe('(OSCE Office for Democratic Institutions and Human Rights, 2014, pp. 45\u201346)');
    expect(cite(TWO, 12)).toBe('(Smith and Jones, 2020, p. 12)');
    expect(cite(UNDATED, 7)).toBe('(Council of Europe, no date, p. 7)');
    expect(bibliography()).toEqual([
      'Council of Europe (no date) *Guidelines on child-friendly justice*. Strasbourg: Council of Europe Publishing.',
      'OSCE Office for Democratic Institutions and Human Rights (2014) *Guidelines on the protection of human rights defenders*. Report ODIHR.GAL/34/14. Warsaw: OSCE/ODIHR. Available at: https://www.osce.org/odihr/119633.',
      'Smith, J. and Jones, R. (2020) *Public participation in policy making*. London: Policy Institute.',
    ]);
  });
});

describe('OSCOLA 4th edition', () => {
  it('cites as a footnote ending in a full stop, "para" without a stop; lists surname and initials', () => {
    const { engine, cite, bibliography } = run('oscola', 'en', [TWO, UNDATED]);
    expect(engine.isNoteStyle).toBe(true);
    expect(cite(TWO, 12)).toBe('Jane Smith and Robert Jones, *Public Participation in Policy Making* (Policy Institute 2020) 12.'.replace(/\*/g, ''));
    expect(cite(TWO, 12, 12, 4)).toBe('Jane Smith and Robert Jones, Public Participation in Policy Making (Policy Institute 2020) 12, para 4.');
    expect(cite(UNDATED, 7)).toBe('Council of Europe, Guidelines on Child-Friendly Justice (Council of Europe Publishing) 7.');
    expect(bibliography()).toEqual([
      'Council of Europe, *Guidelines on Child-Friendly Justice* (Council of Europe Publishing)',
      'Smith J and Jones R, *Public Participation in Policy Making* (Policy Institute 2020)',
    ]);
  });
});

describe('GOST R 7.0.5-2008, author-date', () => {
  it('cites [Авторы, год, с. N] and lists Фамилия И. О. Заглавие. Место: Издательство, год.', () => {
    const { cite, bibliography } = run('gost-r-7-0-5-2008-author-date', 'ru', [RU, TWO, UNDATED]);
    expect(cite(RU, 45)).toBe('[\u0418\u0432\u0430\u043d\u043e\u0432, \u041f\u0435\u0442\u0440\u043e\u0432, 2018, \u0441. 45]');
    expect(cite(RU, 45, 46, 12)).toBe('[Иванов, Петров, 2018, с. 45\u201346, п. 12]');
    expect(cite(TWO, 12)).toBe('[Smith, Jones, 2020, с. 12]');
    expect(cite(UNDATED, 7)).toBe('[Council of Europe, б. г., с. 7]');
    expect(bibliography()).toEqual([
      '1. Иванов И. И., Петров П. С. Противодействие торговле людьми в СНГ. Москва: Наука, 2018.',
      '2. Council of Europe. Guidelines on child-friendly justice. Strasbourg: Council of Europe Publishing, б. г.',
      '3. Smith J., Jones R. Public participation in policy making. London: Policy Institute, 2020.',
    ]);
  });
});

describe('documents without a bibliographic record', () => {
  it('are cited by their organisation, year and title, and the bibliography lists only the cited ones', () => {
    const base = { fileName: 'f.pdf', countries: [], docType: 'study', language: 'en' };
    const a: EvidenceDocument = { ...base, id: 'a', title: 'Annual report on trafficking', organisation: 'osce-odihr', year: 2019 };
    const b: EvidenceDocument = { ...base, id: 'b', title: 'Country visit', organisation: '', year: 2021, author: 'Brown, Anna' };
    const engine = new CitationEngine('chicago-author-date', 'en');
    expect(engine.cite({ document: a, page: 3, pageEnd: 3, pageLabel: 'iii' }).text).toBe('(OSCE/ODIHR 2019, iii)');
    expect(engine.cite({ document: b, page: 2, pageEnd: 2 }).text).toBe('(Brown 2021, 2)');
    expect(engine.bibliography().map((e) => marked(e.rich))).toEqual([
      'Brown, Anna. 2021. *Country Visit*.',
      'OSCE/ODIHR. 2019. *Annual Report on Trafficking*.',
    ]);
  });
});
