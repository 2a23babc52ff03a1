// Find in document (Ctrl+F): loads page texts lazily, page by page, with progress, and keeps
// the hit list and the selected hit in a small store the find bar reads. Texts come from the
// adapter's getText() (shared/pdf/page-text.ts), so hit offsets index the text layer spans.
import { Store } from '../../state/store';
import type { PdfDoc } from '../../pdf/pdf-adapter';
import { findInPage, firstHitFrom, queryPattern, stepHit, type FindHit } from './find-logic';
import { chunkRuns, prefetchInOrder, searchOrder } from './find-order';

export interface FindState {
  open: boolean;
  query: string;
  hits: readonly FindHit[];
  /** Index into hits of the selected hit, -1 for none. */
  current: number;
  /** Pages whose text is loaded (searched), out of totalPages. */
  loadedPages: number;
  totalPages: number;
}

/** Typing pauses of 150 ms before a search: long enough to skip per-keystroke work on a
 *  600-page text, short enough to feel instant. */
const QUERY_DEBOUNCE_MS = 150;
/** Progress is published every 20 loaded pages, not on each, to spare React renders. */
const PROGRESS_EVERY = 20;

export class FindController {
  readonly store = new Store<FindState>({ open: false, query: '', hits: [], current: -1, loadedPages: 0, totalPages: 0 });
  private readonly texts: (string | undefined)[] = [];
  private loading: Promise<void> | null = null;
  private pattern: RegExp | null = null;
  private debounce: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    private readonly doc: PdfDoc,
    /** The page the user is on, so a new search starts from there, not from page 1. */
    private readonly currentPage: () => number,
    /** Called when the selected hit changes (the reader scrolls to it and redraws overlays). */
    private readonly onChange: (hit: FindHit | null, reveal: boolean) => void,
    /** Called when hits were added on one page and the selected hit stayed (redraw that page). */
    private readonly onPageHits?: (pageIndex: number) => void,
    /** The texts stored at import for pages [from, from + count): the same text the text layer is built from. */
    private readonly pageTexts?: (from: number, count: number) => Promise<string[]>,
  ) {
    this.store.set({ totalPages: doc.numPages });
  }

  open(): void {
    this.store.set({ open: true });
  }

  close(): void {
    this.store.set({ open: false, hits: [], current: -1 });
    this.pattern = null;
    this.onChange(null, false);
  }

  setQuery(query: string): void {
    this.store.set({ query });
    if (this.debounce) clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.runQuery(), QUERY_DEBOUNCE_MS);
  }

  /** Runs the current query at once (Enter in the find bar before the debounce fired). */
  flush(): void {
    if (!this.debounce) return;
    clearTimeout(this.debounce);
    this.runQuery();
  }

  next(): void {
    this.step(1);
  }

  previous(): void {
    this.step(-1);
  }

  hitsOnPage(pageIndex: number): { find: FindHit[]; current: FindHit | null } {
    const { hits, current } = this.store.getSnapshot();
    const find = hits.filter((h) => h.pageIndex === pageIndex);
    const cur = current >= 0 && hits[current]?.pageIndex === pageIndex ? hits[current] : null;
    return { find, current: cur };
  }

  private step(dir: 1 | -1): void {
    this.flush();
    const { hits, current } = this.store.getSnapshot();
    if (hits.length === 0) return;
    const next = stepHit(current, hits.length, dir);
    this.store.set({ current: next });
    this.onChange(hits[next], true);
  }

  private runQuery(): void {
    this.debounce = null;
    const { query } = this.store.getSnapshot();
    this.pattern = queryPattern(query);
    if (!this.pattern) {
      this.store.set({ hits: [], current: -1 });
      this.onChange(null, false);
      return;
    }
    const hits: FindHit[] = [];
    this.texts.forEach((text, i) => {
      if (text && this.pattern) hits.push(...findInPage(i, text, this.pattern));
    });
    const current = firstHitFrom(hits, this.currentPage());
    // Select a hit only if it is on or after the current page; otherwise wait for loading.
    const usable = current >= 0 && hits[current].pageIndex >= this.currentPage() ? current : -1;
    this.store.set({ hits, current: usable });
    this.onChange(usable >= 0 ? hits[usable] : null, usable >= 0);
    void this.loadAll().then(() => this.wrapIfNone());
  }

  /** All pages searched and no hit after the current page: wrap to the first hit. */
  private wrapIfNone(): void {
    const { hits, current } = this.store.getSnapshot();
    if (this.disposed || current >= 0 || hits.length === 0) return;
    this.store.set({ current: 0 });
    this.onChange(hits[0], true);
  }

  /**
   * Loads every page's text once, adding hits of the active query as pages arrive, in
   * search order (find-order.ts): from the page the user is on onwards, wrapping, a few pages
   * in flight. On page 300 of 600 the next hit shows up without waiting for pages 1-299, and
   * the first hit found is shown before the rest of the document is read.
   */
  private loadAll(): Promise<void> {
    this.loading ??= (async () => {
      const n = this.doc.numPages;
      const todo = searchOrder(this.currentPage(), n).filter((i) => this.texts[i] === undefined);
      let loaded = n - todo.length;
      await prefetchInOrder(
        chunkRuns(todo),
        (run) => this.readRun(run),
        (run, texts) => {
          run.forEach((i, k) => {
            if (this.disposed) return;
            // A page whose text cannot be read is searched as empty rather than stopping find.
            this.texts[i] = texts?.[k] ?? '';
            loaded++;
            this.addPageHits(i, this.texts[i]!, loaded === n || loaded % PROGRESS_EVERY === 0, loaded);
          });
        },
        () => this.disposed,
      );
    })();
    return this.loading;
  }

  /** Texts of consecutive pages: the stored ones in one request, else pdf.js page by page. */
  private async readRun(run: readonly number[]): Promise<string[]> {
    if (this.pageTexts) {
      const texts = await this.pageTexts(run[0], run.length).catch(() => null);
      if (texts && texts.length === run.length) return texts;
    }
    return Promise.all(run.map(async (i) => (await (await this.doc.getPage(i)).getText()).text).map((p) => p.catch(() => '')));
  }

  private addPageHits(pageIndex: number, text: string, publishProgress: boolean, loaded: number): void {
    const pageHits = this.pattern ? findInPage(pageIndex, text, this.pattern) : [];
    if (pageHits.length === 0) {
      if (publishProgress) this.store.set({ loadedPages: loaded });
      return;
    }
    const s = this.store.getSnapshot();
    const hits = [...s.hits, ...pageHits].sort((a, b) => a.pageIndex - b.pageIndex || a.start - b.start);
    let current = s.current >= 0 ? hits.indexOf(s.hits[s.current]) : -1;
    let changed = false;
    // Pages load from the current page onwards, wrapping: the first hit to arrive is the
    // nearest one ahead of the reader.
    if (current < 0) {
      current = hits.indexOf(pageHits[0]);
      changed = true;
    }
    this.store.set({ hits, current, loadedPages: loaded });
    if (changed) this.onChange(hits[current], true);
    // Same selection: only this page's boxes change (redrawing every rendered page for each of
    // 600 pages read kept the main thread busy for the whole scan).
    else if (this.onPageHits) this.onPageHits(pageIndex);
    else this.onChange(current >= 0 ? hits[current] : null, false);
  }

  dispose(): void {
    this.disposed = true;
    if (this.debounce) clearTimeout(this.debounce);
  }
}
