import { describe, expect, it } from 'vitest';
import { numberedParagraphs, paragraphAt } from '../../../../shared/text/paragraph-numbers';

const pages = [
  'GRETA(2021)5\n86. The authorities informed GRETA that\nthe strategy was adopted.\n87. GRETA considers that the\nauthorities should',
  'continue their efforts.\n88. «Конвенция» требует\nот государств',
  'Annex\n2021. Nothing numbered here',
  'Further text',
];

describe('numbered paragraphs', () => {
  it('finds consecutive "N." openings and cites the one a passage starts in', () => {
    const marks = numberedParagraphs(pages);
    expect(marks.map((m) => m.number)).toEqual([86, 87, 88]);
    const text = pages[0];
    expect(paragraphAt(marks, 0, text.indexOf('authorities should'))).toBe(87);
    expect(paragraphAt(marks, 0, text.indexOf('strategy'))).toBe(86);
    expect(paragraphAt(marks, 0, text.indexOf('87.'))).toBe(87);
    expect(paragraphAt(marks, 1, 3)).toBe(87);
    expect(paragraphAt(marks, 1, pages[1].indexOf('от государств'))).toBe(88);
    expect(paragraphAt(marks, 3, 0)).toBeNull();
    expect(paragraphAt(marks, 0, 2)).toBeNull();
  });

  it('ignores a lone numbered line (a list item, a year)', () => {
    expect(numberedParagraphs(['1. Introduction\nText', '2021. The year', 'x\n5. Five'])).toEqual([]);
  });
});
