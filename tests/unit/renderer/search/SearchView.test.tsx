// @vitest-environment jsdom
// The results panel renders snippet matches as <mark> elements built by React (PDF text that
// looks like HTML stays text), shows 1-based pages, and a click opens the reader at the hit.
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { mountReactRoot, unmountReactRoot } from '../../../helpers/react-root';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchView } from '../../../../renderer/features/search/SearchView';
import { searchStore } from '../../../../renderer/features/search/search-store';
import { viewStore } from '../../../../renderer/features/shell/view-store';
import { libraryStore } from '../../../../renderer/features/library/library-store';
import type { DocumentMeta } from '../../../../shared/domain/document';

let root: Root;
let host: HTMLElement;

beforeEach(() => {
  ({ host, root } = mountReactRoot());
});

afterEach(() => {
  unmountReactRoot({ host, root });
});

describe('SearchView', () => {
  it('renders hits with marks, pages and paging, and opens the reader on click', () => {
    searchStore.set({
      searched: 'торговля',
      total: 120,
      terms: ['торговля'],
      hits: [
        { documentId: 'd1', documentTitle: 'Доклад', pageIndex: 299, snippet: '… \u0002торговля\u0003 людьми <img src=x onerror=alert(1)>', terms: [] },
        { documentId: 'd2', documentTitle: 'Report', pageIndex: 0, snippet: 'no marks here', terms: [] },
      ],
    });
    act(() => root.render(<SearchView />));

    const hits = host.querySelectorAll('[data-testid=search-hit]');
    expect(hits).toHaveLength(2);
    expect(hits[0].querySelectorAll('mark')).toHaveLength(1);
    expect(hits[0].querySelector('mark')!.textContent).toBe('торговля');
    expect(hits[0].querySelector('img')).toBeNull();
    expect(hits[0].textContent).toContain('<img src=x onerror=alert(1)>');
    expect(hits[0].getAttribute('data-page')).toBe('300');
    expect(hits[0].textContent).toContain('p. 300');
    expect(host.querySelector('[data-testid=search-count]')!.textContent).toBe('120 pages match “торговля”');
    expect(host.querySelector('[data-testid=search-more]')!.textContent).toContain('2 of 120');

    act(() => (hits[0] as HTMLButtonElement).click());
    expect(viewStore.getSnapshot().reader).toMatchObject({ documentId: 'd1', initialPageIndex: 299, highlightTerms: ['торговля'] });
  });

  it('cites the printed page of a document whose numbers differ from the PDF', () => {
    const doc = { id: 'd1', title: 'GRETA report', pageCount: 12, pageLabels: { source: 'pdf', labels: ['i', 'ii', 'iii', 'iv', '1', '2', '3', '4', '5', '6', '7', '8'] }, pageLabelFix: null };
    libraryStore.set({ docs: [doc as unknown as DocumentMeta] });
    searchStore.set({
      searched: 'victim', total: 2, terms: ['victim'], error: null, loading: false,
      hits: [
        { documentId: 'd1', documentTitle: 'GRETA report', pageIndex: 6, snippet: '\u0002victim\u0003', terms: ['victim'] },
        { documentId: 'd2', documentTitle: 'Unlabelled', pageIndex: 6, snippet: '\u0002victim\u0003', terms: ['victim'] },
      ],
    });
    act(() => root.render(<SearchView />));
    const pages = [...host.querySelectorAll('.search-hit-page')].map((e) => e.textContent);
    expect(pages).toEqual(['p. 3 · PDF 7', 'p. 7']);
    libraryStore.set({ docs: [] });
  });

  it('says so when nothing matched', () => {
    searchStore.set({ searched: 'xyzzy', total: 0, hits: [], terms: [], error: null, loading: false });
    act(() => root.render(<SearchView />));
    expect(host.querySelector('[data-testid=search-empty]')!.textContent).toContain('xyzzy');
    expect(host.querySelector('[data-testid=search-more]')).toBeNull();
  });

  it('opens the reader with the form found on that page, not the typed one', () => {
    searchStore.set({
      searched: 'торговля', total: 1, terms: ['торговля'], error: null, loading: false,
      hits: [{ documentId: 'd1', documentTitle: 'Доклад', pageIndex: 4, snippet: '\u0002торговли\u0003 людьми', terms: ['торговли'] }],
    });
    act(() => root.render(<SearchView />));
    act(() => (host.querySelector('[data-testid=search-hit]') as HTMLButtonElement).click());
    expect(viewStore.getSnapshot().reader).toMatchObject({ documentId: 'd1', initialPageIndex: 4, highlightTerms: ['торговли'] });
  });

  it('lists counted suggestions after an empty result, and the syntax help', () => {
    searchStore.set({
      searched: 'Молдова', total: 0, hits: [], terms: [], error: null, loading: false, exact: true,
      suggestions: [{ kind: 'stemmed', text: 'Молдова', exact: false, keepFilter: true, total: 3 }],
    });
    act(() => root.render(<SearchView />));
    const button = host.querySelector('[data-testid=search-suggestion-stemmed]')!;
    expect(button.textContent).toBe('all forms of “Молдова”');
    expect(button.parentElement!.textContent).toContain('3 pages');
    expect((host.querySelector('[data-testid=search-exact]') as HTMLInputElement).checked).toBe(true);
    expect(host.querySelector('[data-testid=search-syntax-help]')!.textContent).toContain('NEAR(a b, 5)');
  });
});
