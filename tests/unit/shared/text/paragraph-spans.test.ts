// Paragraphs of a page for "expand to paragraph" and NEAR/PARAGRAPH: the readable-quote rule
// (a short line ending a sentence, an empty line, a numbered paragraph) on hand-made pages.
import { describe, expect, it } from 'vitest';
import { paragraphAround, paragraphIndex } from '../../../../shared/text/paragraph-spans';

// Four full lines (~60 characters) make the page's line length; "…shelters." is short and ends
// paragraph 1; "12. " opens a numbered paragraph.
const PAGE = [
  'The mission supported the national referral mechanism through',
  'training of judges, prosecutors and police officers across the',
  'country, with a special focus on victims of labour exploitation',
  'and the funding of shelters.',
  'A second paragraph starts here and describes the co-funding of',
  'the hotline by the European Union and the government.',
  '12. GRETA considers that the authorities should increase the number',
  'of labour inspections in agriculture and construction sectors.',
].join('\n');

describe('paragraphs of a page', () => {
  it('finds the paragraph around a passage', () => {
    const start = PAGE.indexOf('victims of labour');
    const end = start + 'victims of labour exploitation'.length;
    const { before, after } = paragraphAround(PAGE, start, end);
    expect(before).toBe('The mission supported the national referral mechanism through\ntraining of judges, prosecutors and police officers across the\ncountry, with a special focus on ');
    expect(after).toBe('\nand the funding of shelters.\n');
    const hotline = PAGE.indexOf('hotline');
    expect(paragraphAround(PAGE, hotline, hotline + 7).after).toBe(' by the European Union and the government.\n');
  });

  it('numbers paragraphs through a document, a page break continuing a sentence', () => {
    const idx = paragraphIndex([PAGE, 'of labour inspections continue on the next page.\nNew paragraph.']);
    expect(idx.at(0, 0)).toBe(0);
    expect(idx.at(0, PAGE.indexOf('A second'))).toBe(1);
    expect(idx.at(0, PAGE.indexOf('12. GRETA'))).toBe(2);
    // Page 1 ends a sentence ("…sectors."): page 2 opens paragraph 3.
    expect(idx.at(1, 0)).toBe(3);
  });

  it('a page whose last line runs on continues its paragraph on the next page', () => {
    const idx = paragraphIndex(['First line of a long paragraph that runs on', 'to the next page and ends here.']);
    expect(idx.at(1, 0)).toBe(idx.at(0, 0));
  });
});
