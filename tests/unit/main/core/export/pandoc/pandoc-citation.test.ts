// Pandoc citation syntax (pandoc manual, "Citation syntax"): the locator after the key, with the
// label terms citeproc parses in the document's locale (en-US: p., pp., para.; ru-RU: с., п.).
import { describe, expect, it } from 'vitest';
import { pandocCitation, pandocCitekeys, pandocKeyRef, pandocLocator } from '../../../../../../main/core/export/pandoc/pandoc-citation';

const at = (page: number, pageEnd = page, extra: { pageLabel?: string; pageEndLabel?: string; paragraph?: number | null } = {}) => ({ page, pageEnd, ...extra });

describe('Pandoc citations', () => {
  it('cites the printed page, a page range with "pp." and an en dash, and a paragraph after the page', () => {
    expect(pandocCitation('osce2019', at(47, 47, { pageLabel: '45' }), 'en')).toBe('[@osce2019, p. 45]');
    expect(pandocCitation('osce2019', at(47, 48, { pageLabel: '45', pageEndLabel: '46' }), 'en')).toBe('[@osce2019, pp. 45\u201346]');
    expect(pandocLocator(at(3, 3, { pageLabel: 'iv' }), 'en')).toBe('p. iv');
    expect(pandocLocator(at(12, 12, { paragraph: 87 }), 'en')).toBe('p. 12, para. 87');
    // Without labels: the PDF page numbers; a range whose labels are equal is one page.
    expect(pandocLocator(at(7, 8), 'en')).toBe('pp. 7\u20138');
    expect(pandocLocator(at(7, 8, { pageLabel: '5', pageEndLabel: '5' }), 'en')).toBe('p. 5');
  });

  it('writes the ru-RU locale terms in a Russian export', () => {
    expect(pandocCitation('минюст2021', at(41, 42), 'ru')).toBe('[@минюст2021, \u0441. 41\u201342]');
    expect(pandocLocator(at(12, 12, { paragraph: 3 }), 'ru')).toBe('\u0441. 12, \u043f. 3');
  });

  it('keeps a page label from the PDF from breaking out of the citation', () => {
    expect(pandocLocator(at(1, 1, { pageLabel: '4]; @x *y*' }), 'en')).toBe('p. 4xy');
    expect(pandocLocator(at(9, 9, { pageLabel: '];' }), 'en')).toBe('p. 9');
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
