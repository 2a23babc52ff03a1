// Pandoc citation syntax (pandoc manual, "Citation syntax"): the locator after the key, with the
// label terms citeproc parses in the document's locale (en-US: p., pp., para.; ru-RU: с., п.).
import { describe, expect, it } from 'vitest';
import { pandocCitation, pandocCitekeys, pandocCiting, pandocKeyRef, pandocLocator } from '../../../../../../main/core/export/pandoc/pandoc-citation';

const EN = pandocCiting('chicago-author-date', 'en');
const RU = pandocCiting('chicago-author-date', 'ru');

const at = (page: number, pageEnd = page, extra: { pageLabel?: string; pageEndLabel?: string; paragraph?: number | null } = {}) => ({ page, pageEnd, ...extra });

describe('Pandoc citations', () => {
  it('cites the printed page, a page range with "pp." and an en dash, and a paragraph after the page', () => {
    expect(pandocCitation('osce2019', at(47, 47, { pageLabel: '45' }), EN)).toBe('[@osce2019, p. 45]');
    expect(pandocCitation('osce2019', at(47, 48, { pageLabel: '45', pageEndLabel: '46' }), EN)).toBe('[@osce2019, pp. 45\u201346]');
    expect(pandocLocator(at(3, 3, { pageLabel: 'iv' }), EN)).toBe('p. iv');
    expect(pandocLocator(at(12, 12, { paragraph: 87 }), EN)).toBe('p. 12, para. 87');
    // Without labels: the PDF page numbers; a range whose labels are equal is one page.
    expect(pandocLocator(at(7, 8), EN)).toBe('pp. 7\u20138');
    expect(pandocLocator(at(7, 8, { pageLabel: '5', pageEndLabel: '5' }), EN)).toBe('p. 5');
  });

  it('writes the ru-RU locale terms in a Russian export', () => {
    expect(pandocCitation('минюст2021', at(41, 42), RU)).toBe('[@минюст2021, \u0441. 41\u201342]');
    expect(pandocLocator(at(12, 12, { paragraph: 3 }), RU)).toBe('\u0441. 12, \u043f. 3');
  });

  it('cites in the locale the style uses: GOST always ru-RU, OSCOLA with its own "para"', () => {
    expect(EN.lang).toBe('en-US');
    expect(RU.lang).toBe('ru-RU');
    const gost = pandocCiting('gost-r-7-0-5-2008-author-date', 'en');
    expect(gost.lang).toBe('ru-RU');
    expect(pandocLocator(at(5, 6, { paragraph: 2 }), gost)).toBe('\u0441. 5\u20136, \u043f. 2');
    const oscola = pandocCiting('oscola', 'en');
    expect(oscola.lang).toBe('en-GB');
    expect(pandocLocator(at(5, 5, { paragraph: 2 }), oscola)).toBe('p. 5, para 2');
  });

  it('keeps a page label from the PDF from breaking out of the citation', () => {
    expect(pandocLocator(at(1, 1, { pageLabel: '4]; @x *y*' }), EN)).toBe('p. 4xy');
    expect(pandocLocator(at(9, 9, { pageLabel: '];' }), EN)).toBe('p. 9');
  });

  it('writes keys Pandoc would not read bare in braces, and makes keys safe and distinct', () => {
    expect(pandocKeyRef('smith2020')).toBe('@smith2020');
    expect(pandocKeyRef('doe:2020.a')).toBe('@doe:2020.a');
    expect(pandocKeyRef('doe2020.')).toBe('@{doe2020.}');
    expect(pandocKeyRef('-x')).toBe('@{-x}');
    const keys = pandocCitekeys(new Map([['a', 'Smith 2020'], ['b', 'Smith_2020'], ['c', 'x}y{'], ['d', '']]));
    expect([...keys.values()]).toEqual(['Smith_2020', 'Smith_2020_2', 'x_y_', 'ref']);
  });
});
