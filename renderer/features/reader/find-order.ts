// The order in which find-in-document reads page texts, and a bounded in-order prefetch, as
// plain functions so the strategy is unit-tested: the search starts on the page the user is on
// and goes onwards, wrapping to page 1, so the first hit found is the nearest one ahead and is
// shown at once, while the rest is still being read. Texts come in chunks of pages (the texts
// stored at import, one request per 25 pages) with two chunks in flight: pdf.js'
// getTextContent page by page took ~10 ms a page in its worker (about 3 s to reach page 300
// of 600, and the worker busy for the page renders meanwhile).

/** Page indices from `from` (clamped) to the end, then from 0 up to `from` - 1. */
export function searchOrder(from: number, n: number): number[] {
  if (n <= 0) return [];
  const start = Math.min(Math.max(0, Math.floor(from)), n - 1);
  return Array.from({ length: n }, (_, k) => (start + k) % n);
}

export const CHUNK_PAGES = 25;
export const PREFETCH_WIDTH = 2;

/** Splits a search order into runs of consecutive pages of at most `size` (one request each). */
export function chunkRuns(order: readonly number[], size = CHUNK_PAGES): number[][] {
  const runs: number[][] = [];
  for (const i of order) {
    const run = runs[runs.length - 1];
    if (run && run.length < size && run[run.length - 1] === i - 1) run.push(i);
    else runs.push([i]);
  }
  return runs;
}

/**
 * Calls `load` for every item with at most `width` loads in flight, and `onResult` for each
 * item strictly in the given order (a later chunk that loads first waits for the ones before
 * it). Stops starting loads, and delivering results, as soon as `stopped()` is true. A failed
 * load is delivered as `undefined`.
 */
export async function prefetchInOrder<I, T>(
  indices: readonly I[],
  load: (item: I) => Promise<T>,
  onResult: (item: I, value: T | undefined) => void,
  stopped: () => boolean = () => false,
  width = PREFETCH_WIDTH,
): Promise<void> {
  const inFlight: Array<Promise<T | undefined>> = [];
  let next = 0;
  const start = () => {
    while (next < indices.length && inFlight.length < width && !stopped()) {
      inFlight.push(load(indices[next++]).catch(() => undefined));
    }
  };
  start();
  for (let k = 0; k < indices.length && !stopped(); k++) {
    const value = await inFlight.shift()!;
    if (stopped()) return;
    onResult(indices[k], value);
    start();
  }
}
