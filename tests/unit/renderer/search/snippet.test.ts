// Snippet markers become plain/marked parts; markup in PDF text stays text.
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../../renderer/features/search/snippet';

describe('parseSnippet', () => {
  it('splits \\u0002…\\u0003 into marked parts', () => {
    expect(parseSnippet('…the \u0002EU\u0003 and \u0002OSCE\u0003 jointly…')).toEqual([
      { text: '…the ', mark: false },
      { text: 'EU', mark: true },
      { text: ' and ', mark: false },
      { text: 'OSCE', mark: true },
      { text: ' jointly…', mark: false },
    ]);
  });

  it('handles Cyrillic, a mark at the start and no marks', () => {
    expect(parseSnippet('\u0002торговля\u0003 людьми')).toEqual([
      { text: 'торговля', mark: true },
      { text: ' людьми', mark: false },
    ]);
    expect(parseSnippet('plain')).toEqual([{ text: 'plain', mark: false }]);
    expect(parseSnippet('')).toEqual([]);
  });

  it('keeps HTML-looking text as text (rendered through React text nodes)', () => {
    expect(parseSnippet('<img src=x onerror=alert(1)> \u0002<b>\u0003')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', mark: false },
      { text: '<b>', mark: true },
    ]);
  });
});
