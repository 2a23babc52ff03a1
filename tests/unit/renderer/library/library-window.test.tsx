// @vitest-environment jsdom
// The library at 2,000 documents renders a window of rows around the viewport, with spacers
// standing for the rest (the whole table took seconds to render and re-sort at that size),
// and scrolling moves the window down to the last document.
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../../shared/domain/document';
import { LibraryView } from '../../../../renderer/features/library/LibraryView';
import { libraryStore } from '../../../../renderer/features/library/library-store';
import { EMPTY_FILTER } from '../../../../renderer/features/library/library-table';
import { LIBRARY_ROW_HEIGHT } from '../../../../renderer/features/library/row-window';
import { mountReactRoot, unmountReactRoot } from '../../../helpers/react-root';

const N = 2000;
const doc = (i: number): DocumentMeta => ({
  id: `d${i}`, sha256: String(i).padEnd(64, '0'), fileName: `f${i}.pdf`, title: `Report ${String(i).padStart(4, '0')}`, author: '',
  organisation: 'osce', countries: [], year: 2000 + (i % 20), docType: 'study', language: 'en', pageCount: 1, byteSize: 1, pdfDate: null,
  importedAt: '2025-03-01T00:00:00Z', updatedAt: '2025-03-01T00:00:00Z',
});

let root: Root;
let host: HTMLElement;
const rendered = () => Array.from(host.querySelectorAll('[data-testid=library-row] .doc-title')).map((e) => e.textContent);

beforeEach(() => {
  ({ host, root } = mountReactRoot());
  libraryStore.set({ docs: Array.from({ length: N }, (_, i) => doc(i)), sort: { key: 'title', dir: 'asc' }, filter: EMPTY_FILTER, editingId: null, ocr: new Map() });
});
afterEach(() => unmountReactRoot({ host, root }));

describe('library rows at 2,000 documents', () => {
  it('renders a window of rows whose spacers keep the full height, and scrolls to the last one', () => {
    act(() => root.render(<LibraryView />));
    const first = rendered();
    expect(first[0]).toBe('Report 0000');
    expect(first.length).toBeGreaterThan(10);
    expect(first.length).toBeLessThan(100);
    const spacers = Array.from(host.querySelectorAll<HTMLElement>('[data-testid=library-spacer]'));
    const spacerHeight = spacers.reduce((h, s) => h + parseFloat(s.style.height || '0'), 0);
    expect(spacerHeight).toBe((N - first.length) * LIBRARY_ROW_HEIGHT);
    expect(host.querySelector('[data-testid=library-count]')!.textContent).toBe('2,000 documents');

    const scroller = host.querySelector<HTMLElement>('.table-scroll')!;
    Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: 600 });
    act(() => {
      scroller.scrollTop = N * LIBRARY_ROW_HEIGHT;
      scroller.dispatchEvent(new Event('scroll'));
    });
    const end = rendered();
    expect(end[end.length - 1]).toBe('Report 1999');
    expect(end.length).toBeLessThan(100);
  });
});
