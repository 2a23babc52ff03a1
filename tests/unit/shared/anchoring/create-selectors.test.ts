import { describe, expect, it } from 'vitest';
import { createSelectors, createTargets, QUOTE_CONTEXT_LENGTH } from '../../../../shared/anchoring/create-selectors';

const page = 'A'.repeat(40) + ' the passage in the middle ' + 'B'.repeat(40);

describe('createSelectors', () => {
  it('stores the exact text, 32 code points of context and code-point positions', () => {
    const start = 41;
    const end = 41 + 'the passage'.length;
    const { quote, position } = createSelectors(page, start, end);
    expect(quote.exact).toBe('the passage');
    expect(quote.prefix).toBe('A'.repeat(31) + ' ');
    expect(quote.prefix).toHaveLength(QUOTE_CONTEXT_LENGTH);
    expect(quote.suffix).toBe(' in the middle ' + 'B'.repeat(17));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('shortens the prefix at the start of the page', () => {
    const { quote } = createSelectors('Hello world, this is the first line of the page.', 6, 11);
    expect(quote.prefix).toBe('Hello ');
    expect(quote.exact).toBe('world');
  });

  it('shortens the suffix at the end of the page', () => {
    const text = 'The last words of the page';
    const { quote } = createSelectors(text, 18, text.length);
    expect(quote.exact).toBe('the page');
    expect(quote.suffix).toBe('');
  });

  it('counts astral characters as one code point in positions and context', () => {
    const text = '😀'.repeat(40) + 'quote' + '𝐀'.repeat(40);
    const { quote, position } = createSelectors(text, 80, 85);
    expect(quote.exact).toBe('quote');
    expect(position).toMatchObject({ start: 40, end: 45 });
    expect(Array.from(quote.prefix)).toHaveLength(32);
    expect(quote.prefix).toHaveLength(64);
    expect(Array.from(quote.suffix)).toHaveLength(32);
  });

  it('never splits a surrogate pair', () => {
    const text = 'ab😀cd';
    const { quote, position } = createSelectors(text, 3, 5);
    expect(quote.exact).toBe('😀c');
    expect(position).toMatchObject({ start: 2, end: 4 });
  });

  it('handles Cyrillic text', () => {
    const text = 'В докладе ГРЕТА отмечается, что жертвы торговли людьми часто не выявляются.';
    const start = text.indexOf('жертвы');
    const { quote, position } = createSelectors(text, start, start + 'жертвы торговли людьми'.length);
    expect(quote.exact).toBe('жертвы торговли людьми');
    expect(quote.prefix).toBe('В докладе ГРЕТА отмечается, что ');
    expect(quote.suffix).toBe(' часто не выявляются.');
    expect(position.start).toBe(start);
  });

  it('orders a reversed range and clamps it to the text', () => {
    const { quote, position } = createSelectors('abcdef', 99, 3);
    expect(quote.exact).toBe('def');
    expect(position).toMatchObject({ start: 3, end: 6 });
  });
});

describe('createTargets', () => {
  const pages = ['First page ends with a sentence that\n', 'continues here on page two. And more.'];

  it('gives one target per page for a selection across a page break, ends trimmed', () => {
    const targets = createTargets(pages, 0, 20, 1, 'continues here on page two.'.length);
    expect(targets).toHaveLength(2);
    expect(targets[0]).toMatchObject({ pageIndex: 0, rects: [] });
    expect(targets[0].quote?.exact).toBe('a sentence that');
    expect(targets[1].quote?.exact).toBe('continues here on page two.');
    expect(targets[1].quote?.prefix).toBe('');
    expect(targets[1].position).toMatchObject({ start: 0, end: 27 });
  });

  it('accepts a Map and a function as page sources', () => {
    const map = new Map([[4, 'alpha beta'], [5, 'gamma delta']]);
    expect(createTargets(map, 4, 6, 5, 5).map((t) => t.quote?.exact)).toEqual(['beta', 'gamma']);
    expect(createTargets((i) => map.get(i), 4, 6, 5, 5).map((t) => t.pageIndex)).toEqual([4, 5]);
  });

  it('drops pages whose selected part is blank', () => {
    const targets = createTargets(['text here\n  ', '  \n', 'next'], 0, 9, 2, 4);
    expect(targets.map((t) => t.pageIndex)).toEqual([2]);
  });

  it('accepts the end before the start (selection made backwards)', () => {
    const targets = createTargets(pages, 1, 9, 0, 20);
    expect(targets.map((t) => t.quote?.exact)).toEqual(['a sentence that', 'continues']);
  });
});
