// @vitest-environment jsdom
// A first screen whose count stopped at the cap shows "N+" and then the exact number, which
// search.count delivers after the hits (issue 12). An empty first screen shows at once and
// what to try follows from search.suggest, asked only then, and only for the screen shown. A real backend on a real project file
// (120 pages with the word, the count capped at 60: the app's 10,000 path with a small cap),
// reached through a window.glossa bridge as the preload exposes it; the test only decides
// when the search.count answer is handed over, so the "60+" state can be seen.
import { act } from 'react';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../../main/core/backend';
import type { Channel } from '../../../../shared/contract';
import type { GlossaBridge } from '../../../../shared/ipc-bridge';

const bridgeState = vi.hoisted(() => ({
  backend: null as unknown as Backend,
  /** Resolves the held search.count answers. */
  releaseCount: null as null | (() => void),
  countHeld: null as null | Promise<void>,
  releaseSuggest: null as null | (() => void),
  suggestHeld: null as null | Promise<void>,
  holdSuggest: null as unknown as () => void,
  calls: [] as string[],
}));

vi.hoisted(() => {
  const holdCount = () => {
    bridgeState.countHeld = new Promise<void>((resolve) => (bridgeState.releaseCount = resolve));
  };
  holdCount();
  bridgeState.holdSuggest = () => {
    bridgeState.suggestHeld = new Promise<void>((resolve) => (bridgeState.releaseSuggest = resolve));
  };
  bridgeState.holdSuggest();
  const call = async (channel: string, input: unknown) => {
    try {
      bridgeState.calls.push(channel);
      const ok = await bridgeState.backend.invoke(channel as Channel, input as never);
      if (channel === 'search.count') await bridgeState.countHeld;
      if (channel === 'search.suggest') await bridgeState.suggestHeld;
      return { ok };
    } catch (err) {
      return { error: { code: 'internal', message: String(err) } };
    }
  };
  (window as unknown as { glossa: Partial<GlossaBridge> }).glossa = new Proxy({} as GlossaBridge, {
    get: (_t, name: string) => (name === 'on' ? () => () => undefined : name === 'pathForFile' ? () => '' : (input: unknown) => call(name, input)),
  });
});

import { createBackend } from '../../../../main/core/backend';
import { closeProject, createProject } from '../../../../main/core/project/project-file';
import { SearchView } from '../../../../renderer/features/search/SearchView';
import { loadMore, runSearch, searchStore } from '../../../../renderer/features/search/search-store';
import { formatNumber, setLocale, t } from '../../../../renderer/i18n/i18n';
import { addDocument } from '../../../helpers/temp-project';
import { mountReactRoot, unmountReactRoot, type ReactHost } from '../../../helpers/react-root';

let dir: string;
let view: ReactHost;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-search-refine-'));
  const file = path.join(dir, 'p.glossa');
  const project = createProject(file);
  addDocument(project.db, Array.from({ length: 120 }, (_, i) => `Page ${i + 1}: the transport corridor.`), { title: 'Corridors' });
  closeProject(project);
  bridgeState.backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web', searchCountCap: 60 });
  await bridgeState.backend.invoke('project.open', { path: file });
  view = mountReactRoot();
});

afterAll(async () => {
  unmountReactRoot(view);
  await bridgeState.backend.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
  setLocale('en');
});

const count = () => view.host.querySelector('[data-testid=search-count]')!;
const more = () => view.host.querySelector('[data-testid=search-more]')!;

describe('the count of a large result', () => {
  it('shows "60+" with the first screen, then the exact count; "more" keeps it', async () => {
    setLocale('en');
    act(() => view.root.render(<SearchView />));
    await act(() => runSearch('corridor'));
    expect(view.host.querySelectorAll('[data-testid=search-hit]')).toHaveLength(50);
    expect(count().textContent).toBe('60+ pages match “corridor”');
    expect(count().getAttribute('data-total-exact')).toBe('false');
    expect(more().textContent).toBe('More results (50 of 60+ shown)');

    await act(async () => {
      bridgeState.releaseCount!();
      await vi.waitUntil(() => searchStore.getSnapshot().totalExact);
    });
    expect(count().textContent).toBe('120 pages match “corridor”');
    expect(more().textContent).toBe('More results (50 of 120 shown)');

    // The next screen counts up to the cap again (100+): the refined 120 stays.
    await act(() => loadMore());
    expect(view.host.querySelectorAll('[data-testid=search-hit]')).toHaveLength(100);
    expect(count().textContent).toBe('120 pages match “corridor”');
  });

  it('shows an empty first screen before its suggestions, which come for empty screens only', async () => {
    setLocale('en');
    act(() => view.root.render(<SearchView />));
    bridgeState.calls.length = 0;
    await act(() => runSearch('"corridor page"'));
    expect(view.host.querySelector('[data-testid=search-empty]')).not.toBeNull();
    expect(view.host.querySelector('[data-testid=search-suggestion-anyWord]')).toBeNull();
    expect(bridgeState.calls).toContain('search.suggest');
    await act(async () => {
      bridgeState.releaseSuggest!();
      await vi.waitUntil(() => searchStore.getSnapshot().suggestions.length > 0);
    });
    expect(view.host.querySelector('[data-testid=search-suggestion-anyWord]')).not.toBeNull();
    bridgeState.calls.length = 0;
    await act(() => runSearch('transport'));
    expect(view.host.querySelectorAll('[data-testid=search-hit]').length).toBeGreaterThan(0);
    expect(bridgeState.calls).not.toContain('search.suggest');
    expect(searchStore.getSnapshot().suggestions).toEqual([]);

    // Suggestions that arrive after another search started belong to no screen shown.
    bridgeState.holdSuggest();
    await act(() => runSearch('"corridor page"'));
    await act(() => runSearch('transport'));
    await act(async () => {
      bridgeState.releaseSuggest!();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(searchStore.getSnapshot().suggestions).toEqual([]);
    expect(view.host.querySelectorAll('[data-testid=search-hit]').length).toBeGreaterThan(0);
  });

  it('says "more than N" in Russian with the plural the number takes', () => {
    const ru = (n: number) => formatNumber(n, 'ru'); // groups with a no-break space
    expect(t('searchScale.countAtLeast', { count: 10_000, query: 'тор*' }, 'ru')).toBe(`«тор*»: найдено более ${ru(10_000)} страниц`);
    expect(t('searchScale.countAtLeast', { count: 1_001, query: 'тор*' }, 'ru')).toBe(`«тор*»: найдено более ${ru(1_001)} страницы`);
    expect(t('searchScale.countAtLeast', { count: 10_000, query: 'tha*' }, 'en')).toBe('10,000+ pages match “tha*”');
    expect(t('searchScale.moreAtLeast', { shown: '50', total: '10 000' }, 'ru')).toBe('Ещё результаты (показано 50 из более чем 10 000)');
  });
});
