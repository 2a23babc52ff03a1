// Which outline entry holds the current page: a mini TIP report's outline (introduction, a
// chapter of country sections, an annex) with a section that opens on its chapter's page, an
// entry whose destination does not resolve, and an index bookmark out of page order.
import { describe, expect, it } from 'vitest';
import { currentOutlineKey, isWithin, outlineEntries } from '../../../../renderer/features/reader/outline-current';

interface Node { title: string; items: Node[] }
const node = (title: string, items: Node[] = []): Node => ({ title, items });

const OUTLINE = [
  node('Introduction'),
  node('Country narratives', [node('Moldova'), node('Ukraine'), node('Georgia')]),
  node('Annex'),
  node('Index'),
];
/** 0-based pages: Georgia's destination did not resolve; the index bookmark points back at page 4. */
const PAGES: Record<string, number | null> = { '0': 1, '1': 2, '1.0': 2, '1.1': 5, '1.2': null, '2': 12, '3': 4 };
const KEYS = outlineEntries(OUTLINE).map((e) => e.key);

describe('outlineEntries', () => {
  it('keys every entry by its path, in reading order', () => {
    expect(outlineEntries(OUTLINE).map((e) => `${e.key} ${e.node.title}`)).toEqual([
      '0 Introduction', '1 Country narratives', '1.0 Moldova', '1.1 Ukraine', '1.2 Georgia', '2 Annex', '3 Index',
    ]);
  });
});

describe('currentOutlineKey', () => {
  it('is null on the pages before the first entry', () => {
    expect(currentOutlineKey(KEYS, PAGES, 0)).toBeNull();
  });

  it('picks the entry starting on the latest page at or before the current one', () => {
    expect(currentOutlineKey(KEYS, PAGES, 1)).toBe('0');
    expect(currentOutlineKey(KEYS, PAGES, 6)).toBe('1.1');
    expect(currentOutlineKey(KEYS, PAGES, 11)).toBe('1.1'); // Georgia is unknown: Ukraine runs on
    expect(currentOutlineKey(KEYS, PAGES, 12)).toBe('2');
    expect(currentOutlineKey(KEYS, PAGES, 40)).toBe('2');
  });

  it('prefers the section to its chapter when both start on the same page', () => {
    expect(currentOutlineKey(KEYS, PAGES, 2)).toBe('1.0');
    expect(currentOutlineKey(KEYS, PAGES, 3)).toBe('1.0');
  });

  it('keeps the first of two siblings on one page, yet goes down into a section opening there', () => {
    // A mini TIP report: "Introduction" and "Country narratives" both point at page 1; Moldova opens page 2.
    const keys = ['0', '1', '1.0', '1.1'];
    const pages = { '0': 1, '1': 1, '1.0': 2, '1.1': 2 };
    expect(currentOutlineKey(keys, pages, 1)).toBe('0');
    expect(currentOutlineKey(keys, pages, 2)).toBe('1.0');
  });

  it('reads past an entry out of page order instead of stopping at it', () => {
    // The index bookmark (page 4) comes last in the tree but is the latest start at page 4.
    expect(currentOutlineKey(KEYS, PAGES, 4)).toBe('3');
    expect(currentOutlineKey(KEYS, PAGES, 13)).toBe('2');
  });

  it('is null while no page is known', () => {
    expect(currentOutlineKey(KEYS, {}, 5)).toBeNull();
  });
});

describe('isWithin', () => {
  it('compares whole path segments', () => {
    expect(isWithin('1.3.0', '1')).toBe(true);
    expect(isWithin('1.3.0', '1.3')).toBe(true);
    expect(isWithin('1', '1')).toBe(true);
    expect(isWithin('13', '1')).toBe(false);
    expect(isWithin('1', '1.3')).toBe(false);
  });
});
