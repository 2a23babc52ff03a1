// Snippets: ~12 words around the first hit, hits marked, cut from the original text.
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../../../main/core/search/query-parser';
import { cutSnippet } from '../../../../../main/core/search/snippet';

const snip = (text: string, query: string) => cutSnippet(text, parseSearchQuery(query)).replace(/\u0002/g, '[').replace(/\u0003/g, ']');

describe('cutSnippet', () => {
  const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen Trafficking seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour';

  it('takes ~12 words around the first hit with ellipses', () => {
    expect(snip(long, 'twentythree')).toBe('…fourteen fifteen sixteen Trafficking seventeen eighteen nineteen twenty twentyone twentytwo [twentythree] twentyfour');
    expect(snip(long, 'trafficking')).toBe('…thirteen fourteen fifteen sixteen [Trafficking] seventeen eighteen nineteen twenty twentyone twentytwo twentythree…');
  });

  it('marks phrases as one span and every hit in the window', () => {
    expect(snip('The fight against human\ntrafficking and human rights.', '"human trafficking" human')).toBe(
      'The fight against [human\u0020trafficking] and [human] rights',
    );
  });

  it('matches prefixes and ё/е both ways, keeping the original letters', () => {
    expect(snip('Борьба с торговлей людьми.', 'торгов*')).toBe('Борьба с [торговлей] людьми');
    expect(snip('Новая ёлка стоит', 'елка')).toBe('Новая [ёлка] стоит');
    expect(snip('Новая елка стоит', 'ёлка')).toBe('Новая [елка] стоит');
  });

  it('falls back to the first words when no term is found', () => {
    expect(snip('alpha beta gamma', 'zeta')).toBe('alpha beta gamma');
    expect(snip('', 'zeta')).toBe('');
  });

  it('removes stray marker characters from the source text', () => {
    expect(cutSnippet('a\u0002b c', parseSearchQuery('c'))).toBe('ab \u0002c\u0003');
  });
});
