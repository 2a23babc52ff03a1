// buildPageText is the contract between stored page text and the renderer's text layer:
// offsets must be exactly predictable from the items.
import { describe, expect, it } from 'vitest';
import { buildPageText, itemAtOffset } from '../../../../shared/pdf/page-text';

describe('buildPageText', () => {
  it('joins items and adds a newline only after hasEOL items', () => {
    const r = buildPageText([{ str: 'Hello' }, { str: ' ' }, { str: 'world', hasEOL: true }, { str: 'Next' }]);
    expect(r.text).toBe('Hello world\nNext');
    expect(r.itemStarts).toEqual([0, 5, 6, 12]);
  });

  it('keeps empty EOL items (pdf.js line breaks) and marked-content items aligned', () => {
    const r = buildPageText([{ str: 'a' }, { str: '', hasEOL: true }, {}, { str: 'Ёж' }]);
    expect(r.text).toBe('a\nЁж');
    expect(r.itemStarts).toEqual([0, 1, 2, 2]);
    expect(r.text.slice(r.itemStarts[3], r.itemStarts[3] + 2)).toBe('Ёж');
  });

  it('returns empty text for no items', () => {
    expect(buildPageText([])).toEqual({ text: '', itemStarts: [] });
  });

  it('every item str is found at its start offset', () => {
    const items = [{ str: 'Торговля' }, { str: ' ' }, { str: 'людьми', hasEOL: true }, { str: 'ﬁ' }, { str: 'x', hasEOL: true }];
    const r = buildPageText(items);
    items.forEach((it, i) => expect(r.text.startsWith(it.str, r.itemStarts[i])).toBe(true));
    expect(r.text.length).toBe(items.reduce((n, it) => n + it.str.length + (it.hasEOL ? 1 : 0), 0));
  });
});

describe('itemAtOffset', () => {
  it('finds the item containing an offset, skipping zero-length items', () => {
    const { itemStarts } = buildPageText([{ str: 'ab' }, {}, { str: 'cd', hasEOL: true }, { str: 'e' }]);
    expect(itemAtOffset(itemStarts, 0)).toBe(0);
    expect(itemAtOffset(itemStarts, 1)).toBe(0);
    expect(itemAtOffset(itemStarts, 2)).toBe(2);
    expect(itemAtOffset(itemStarts, 5)).toBe(3);
    expect(itemAtOffset([], 0)).toBe(-1);
  });
});
