// @vitest-environment jsdom
// The library table: translated attribute cells, header clicks sort, the text filter narrows,
// and Enter on a row opens the reader.
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { mountReactRoot, unmountReactRoot } from '../../../helpers/react-root';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../../../shared/domain/document';
import { LibraryView } from '../../../../renderer/features/library/LibraryView';
import { libraryStore } from '../../../../renderer/features/library/library-store';
import { EMPTY_FILTER } from '../../../../renderer/features/library/library-table';
import { viewStore } from '../../../../renderer/features/shell/view-store';
import { setLocale } from '../../../../renderer/i18n/i18n';

const doc = (id: string, title: string, year: number | null, organisation: string): DocumentMeta => ({
  id, sha256: id.padEnd(64, '0'), fileName: `${id}.pdf`, title, author: '', organisation, countries: ['moldova'],
  year, docType: 'study', language: 'ru', pageCount: 10, byteSize: 1, pdfDate: null,
  importedAt: '2025-03-01T00:00:00Z', updatedAt: '2025-03-01T00:00:00Z',
});

let root: Root;
let host: HTMLElement;
const titles = () => Array.from(host.querySelectorAll('[data-testid=library-row] .doc-title')).map((e) => e.textContent);

beforeEach(() => {
  ({ host, root } = mountReactRoot());
  libraryStore.set({
    docs: [doc('a', 'Beta study', 2010, 'iom'), doc('b', 'Alpha report', 2020, 'osce'), doc('c', 'Gamma', null, '')],
    sort: { key: 'title', dir: 'asc' },
    filter: EMPTY_FILTER,
    editingId: null,
    ocr: new Map(),
  });
});

afterEach(() => {
  unmountReactRoot({ host, root });
  setLocale('en');
});

describe('LibraryView', () => {
  it('sorts by the clicked header and flips on a second click', () => {
    act(() => root.render(<LibraryView />));
    expect(titles()).toEqual(['Alpha report', 'Beta study', 'Gamma']);
    act(() => (host.querySelector('[data-testid=library-sort-year]') as HTMLButtonElement).click());
    expect(titles()).toEqual(['Alpha report', 'Beta study', 'Gamma']); // newest first, no year last
    act(() => (host.querySelector('[data-testid=library-sort-year]') as HTMLButtonElement).click());
    expect(titles()).toEqual(['Beta study', 'Alpha report', 'Gamma']);
  });

  it('marks documents read by OCR and flags low-confidence pages, in English and Russian', () => {
    libraryStore.set({ ocr: new Map([['a', { documentId: 'a', ocrPages: 3, lowConfidencePages: [1, 4] }], ['b', { documentId: 'b', ocrPages: 1, lowConfidencePages: [] }]]) });
    act(() => root.render(<LibraryView />));
    const row = (title: string) => Array.from(host.querySelectorAll('[data-testid=library-row]')).find((r) => r.textContent!.includes(title))!;
    expect(row('Beta study').querySelector('[data-testid=ocr-badge]')!.getAttribute('title')).toBe('3 pages of this document were read by OCR');
    const low = row('Beta study').querySelector('[data-testid=ocr-low-confidence]')!;
    expect(low.textContent).toBe('⚠ 2 pages read with low confidence');
    expect(low.getAttribute('title')).toContain('pages 2, 5');
    expect(row('Alpha report').querySelector('[data-testid=ocr-badge]')).not.toBeNull();
    expect(row('Alpha report').querySelector('[data-testid=ocr-low-confidence]')).toBeNull();
    expect(row('Gamma').querySelector('[data-testid=ocr-badge]')).toBeNull();
    act(() => setLocale('ru'));
    expect(row('Beta study').querySelector('[data-testid=ocr-low-confidence]')!.textContent).toBe('⚠ 2 страницы распознаны неуверенно');
  });

  it('shows translated attributes and follows a language switch', () => {
    act(() => root.render(<LibraryView />));
    const firstRow = () => host.querySelector('[data-testid=library-row]')!;
    expect(firstRow().textContent).toContain('OSCE');
    act(() => setLocale('ru'));
    expect(firstRow().textContent).toContain('ОБСЕ');
    expect(firstRow().textContent).toContain('Молдова');
    expect(host.querySelector('[data-testid=library-count]')!.textContent).toBe('3 документа');
  });

  it('narrows rows with the store filter and opens the reader with Enter', () => {
    act(() => root.render(<LibraryView />));
    act(() => libraryStore.set({ filter: { ...EMPTY_FILTER, text: 'study' } }));
    expect(titles()).toEqual(['Beta study']);
    expect(host.querySelector('[data-testid=library-count]')!.textContent).toBe('1 of 3 documents');
    const row = host.querySelector('[data-testid=library-row]') as HTMLElement;
    act(() => row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(viewStore.getSnapshot().reader?.documentId).toBe('a');
  });
});
