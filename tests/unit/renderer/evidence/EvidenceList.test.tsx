// @vitest-environment jsdom
// The evidence rows: quotes as text (PDF text that looks like HTML stays text), colour chips of
// every code on the passage, 1-based page ranges, comments, headings per code; a click on the
// quote opens the reader at the passage's page (0-based index) with its first words highlighted.
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { mountReactRoot, unmountReactRoot } from '../../../helpers/react-root';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../../../shared/domain/evidence';
import { EvidenceList } from '../../../../renderer/features/evidence/EvidenceList';
import { viewStore } from '../../../../renderer/features/shell/view-store';

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  ({ host, root } = mountReactRoot());
});
afterEach(() => {
  unmountReactRoot({ host, root });
});

const item = (annotationId: string, page: number, pageEnd: number, quote: string, comment = ''): EvidenceItem => ({
  annotationId, codeId: 'c1', codePath: ['Influence', 'Funding'], codeColor: '#e15759',
  document: { id: 'd1', title: 'Доклад', fileName: 'd.pdf', organisation: 'osce', countries: [], year: 2019, docType: '', language: 'ru' },
  page, pageEnd, quote, comment, coderId: 'k', coderName: 'Борис', createdAt: '', updatedAt: '', anchorStatus: 'anchored',
  passageCodes: [{ id: 'c1', path: ['Influence', 'Funding'], color: '#e15759' }, { id: 'c2', path: ['Partnership'], color: '#59a14f' }],
});

describe('EvidenceList', () => {
  it('renders quotes, chips, pages and comments under the code heading, and opens the reader', () => {
    const items = [item('a1', 12, 13, 'Ёмкость <b>механизмов</b> — ещё один вопрос', 'Комментарий'), item('a2', 3, 3, 'Second')];
    act(() => root.render(<EvidenceList items={items} groupBy="code" />));
    expect(host.querySelectorAll('[data-testid=evidence-group]')).toHaveLength(1);
    expect(host.querySelector('h3')!.textContent).toContain('Influence › Funding');
    const rows = host.querySelectorAll('[data-testid=evidence-row]');
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('q')!.textContent).toBe('Ёмкость <b>механизмов</b> — ещё один вопрос');
    expect(rows[0].querySelector('b')).toBeNull();
    expect([...rows[0].querySelectorAll('[data-testid=evidence-chip]')].map((c) => c.textContent)).toEqual(['Funding', 'Partnership']);
    expect(rows[0].textContent).toContain('p. 12–13');
    expect(rows[0].querySelector('[data-testid=evidence-comment]')!.textContent).toBe('Комментарий');
    expect(rows[1].querySelector('[data-testid=evidence-comment]')).toBeNull();

    act(() => (rows[0].querySelector('[data-testid=evidence-open]') as HTMLButtonElement).click());
    const reader = viewStore.getSnapshot().reader!;
    expect(reader.documentId).toBe('d1');
    expect(reader.initialPageIndex).toBe(11);
    expect(reader.highlightTerms).toEqual(['Ёмкость <b>механизмов</b> — ещё один вопрос']);
  });

  it("names the passage's editor beside its coder when someone else edited it", () => {
    const items = [{ ...item('a1', 1, 1, 'Edited'), coderName: 'Alice', editedByName: 'Борис' }, item('a2', 2, 2, 'Not edited')];
    act(() => root.render(<EvidenceList items={items} groupBy="code" />));
    const by = [...host.querySelectorAll('[data-testid=evidence-by]')].map((e) => e.textContent);
    expect(by).toEqual(['Created by Alice, edited by Борис', 'Борис']);
  });
});
