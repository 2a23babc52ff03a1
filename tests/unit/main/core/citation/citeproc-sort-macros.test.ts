// Sort macros compiled once (citeproc-sort-macros.ts) must sort exactly as citeproc's own
// pasted copies do: on every shipped style and locale, engines built both ways give the same
// sort keys for every item, the same bibliography in the same order and the same citations
// (disambiguation included) — and the sort lists shrink (Chicago: 203,700 tokens to a few dozen).
import CSL from 'citeproc';
import { afterAll, describe, expect, it } from 'vitest';
import { installCiteprocSortMacros, uninstallCiteprocSortMacros } from '../../../../../main/core/citation/citeproc-sort-macros';
import { installCiteprocMacroIndex } from '../../../../../main/core/citation/citeproc-macro-index';
import { localeXml, styleXml } from '../../../../../main/core/citation/csl-assets';
import { CITATION_STYLES, type CitationStyleId } from '../../../../../shared/csl/citation-styles';

type Item = Record<string, unknown> & { id: string };
const person = (family: string, given: string) => ({ family, given });
const org = (literal: string) => ({ literal });
const year = (y: number, m?: number) => ({ 'date-parts': [m ? [y, m] : [y]] });

/** Items that tie on the first sort keys and differ on later ones (dates, titles, containers). */
const ITEMS: Item[] = [
  { id: 'osce14', type: 'report', title: 'Guidelines on the protection of human rights defenders', author: [org('OSCE Office for Democratic Institutions and Human Rights')], issued: year(2014), publisher: 'OSCE/ODIHR', 'publisher-place': 'Warsaw', number: 'ODIHR.GAL/34/14', URL: 'https://www.osce.org/odihr/119633' },
  { id: 'osce14b', type: 'report', title: 'Annual report on trafficking', author: [org('OSCE Office for Democratic Institutions and Human Rights')], issued: year(2014, 3), publisher: 'OSCE/ODIHR' },
  { id: 'osce14c', type: 'report', title: 'Annual report on trafficking', author: [org('OSCE Office for Democratic Institutions and Human Rights')], issued: year(2014, 11), publisher: 'OSCE/ODIHR', edition: '2' },
  { id: 'greta18', type: 'report', title: 'Report concerning the implementation of the Council of Europe Convention by the Republic of Moldova', author: [org('GRETA')], issued: year(2018), publisher: 'Council of Europe', number: 'GRETA(2018)1' },
  { id: 'greta18b', type: 'report', title: 'Report concerning Ukraine', author: [org('GRETA')], issued: year(2018), publisher: 'Council of Europe', number: 'GRETA(2018)20' },
  { id: 'coe', type: 'report', title: 'Guidelines on child-friendly justice', author: [org('Council of Europe')], publisher: 'Council of Europe Publishing', 'publisher-place': 'Strasbourg' },
  { id: 'coe2', type: 'book', title: 'A handbook on European law', author: [org('Council of Europe')], publisher: 'Council of Europe Publishing' },
  { id: 'smith20', type: 'report', title: 'Public participation in policy making', author: [person('Smith', 'Jane'), person('Jones', 'Robert')], issued: year(2020), publisher: 'Policy Institute', 'publisher-place': 'London' },
  { id: 'smith20b', type: 'article-journal', title: 'Referral mechanisms compared', author: [person('Smith', 'Jane')], issued: year(2020), 'container-title': 'Journal of Human Trafficking', volume: '6', issue: '2', page: '101-120', DOI: '10.1080/23322705.2020.1690097' },
  { id: 'smith20c', type: 'chapter', title: 'The EU as a norm entrepreneur', author: [person('Smith', 'Jane')], editor: [person('Brown', 'Alan'), person('White', 'Clara')], issued: year(2020), 'container-title': 'The EU and its neighbours', publisher: 'Routledge', page: '45-67' },
  { id: 'smith19', type: 'article-journal', title: 'Anti-trafficking policy in Moldova', author: [person('Smith', 'Jane'), person('Jones', 'Robert'), person('Lee', 'Min'), person('Garcia', 'Ana')], issued: year(2019), 'container-title': 'East European Politics', volume: '35', page: '1-20' },
  { id: 'edited', type: 'book', title: 'Trafficking in the post-Soviet space', editor: [person('Brown', 'Alan')], issued: year(2016), publisher: 'Palgrave' },
  { id: 'notitle', type: 'webpage', title: '', author: [org('IOM')], URL: 'https://www.iom.int/' },
  { id: 'iom', type: 'webpage', title: 'Counter-trafficking', author: [org('IOM')], issued: year(2021), accessed: year(2024, 5), URL: 'https://www.iom.int/counter-trafficking' },
  { id: 'ru18', type: 'report', title: 'Противодействие торговле людьми в СНГ', author: [person('Иванов', 'Иван Иванович'), person('Петров', 'Пётр Сергеевич')], issued: year(2018), publisher: 'Наука', 'publisher-place': 'Москва', language: 'ru' },
  { id: 'ru18b', type: 'book', title: 'Миграция и торговля людьми', author: [person('Иванов', 'Иван Иванович')], issued: year(2018), publisher: 'Наука', language: 'ru' },
  { id: 'ru-org', type: 'report', title: 'Доклад о торговле людьми', author: [org('МВД Республики Молдова')], issued: year(2017), language: 'ru' },
  { id: 'law', type: 'legislation', title: 'Law on preventing and combating trafficking in human beings', issued: year(2005), number: '241-XVI' },
  { id: 'case', type: 'legal_case', title: 'Rantsev v Cyprus and Russia', authority: 'ECtHR', issued: year(2010), number: '25965/04' },
  { id: 'thesis', type: 'thesis', title: 'Partnership evidence in EU external action', author: [person('Lee', 'Min')], issued: year(2022), publisher: 'University of Tartu', genre: 'PhD thesis' },
];

const TAGS: Record<CitationStyleId, string[]> = {
  'chicago-author-date': ['en-US', 'ru-RU'],
  apa: ['en-US', 'ru-RU'],
  'harvard-cite-them-right': ['en-GB', 'ru-RU'],
  oscola: ['en-GB', 'ru-RU'],
  'gost-r-7-0-5-2008-author-date': ['ru-RU'],
};

interface Engine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
  makeCitationCluster(cites: unknown[]): string;
  registry: { registry: Record<string, { sortkeys: string[] }>; getSortedIds?(): string[] };
  bibliography_sort: { tokens: unknown[] };
}

function engine(style: CitationStyleId, tag: string): Engine {
  const items = new Map(ITEMS.map((i) => [i.id, i]));
  const e = new CSL.Engine({ retrieveLocale: (t: string) => localeXml(t), retrieveItem: (id: string) => items.get(id) }, styleXml(style), tag, true) as unknown as Engine;
  e.updateItems(ITEMS.map((i) => i.id));
  return e;
}

function outputs(e: Engine) {
  return {
    sortkeys: Object.fromEntries(ITEMS.map((i) => [i.id, e.registry.registry[i.id].sortkeys])),
    bibliography: e.makeBibliography(),
    citations: ITEMS.map((i) => e.makeCitationCluster([{ id: i.id, locator: '45', label: 'page' }])),
  };
}

afterAll(() => installCiteprocSortMacros());

describe('citeproc sort macros compiled once', () => {
  installCiteprocMacroIndex();
  for (const style of CITATION_STYLES) {
    for (const tag of TAGS[style]) {
      it(`${style} ${tag}: the same sort keys, bibliography and citations`, () => {
        uninstallCiteprocSortMacros();
        const pasted = engine(style, tag);
        installCiteprocSortMacros();
        const shared = engine(style, tag);
        const theirs = outputs(pasted);
        const ours = outputs(shared);
        expect(Object.values(theirs.sortkeys).every((k) => Array.isArray(k) && k.length > 0)).toBe(true);
        expect(ours.sortkeys).toEqual(theirs.sortkeys);
        expect(ours.bibliography).toEqual(theirs.bibliography);
        expect(ours.citations).toEqual(theirs.citations);
        expect(shared.bibliography_sort.tokens.length).toBeLessThanOrEqual(pasted.bibliography_sort.tokens.length);
        if (style === 'chicago-author-date') {
          expect(pasted.bibliography_sort.tokens.length).toBeGreaterThan(100_000);
          expect(shared.bibliography_sort.tokens.length).toBeLessThan(1_000);
        }
      });
    }
  }
});
