// Mounts the reader (features/reader/ReaderView.tsx, with the coding workspace beside it:
// features/coding/CodingReader.tsx) lazily: pdf.js, the reader and the coding UI land in a
// separate chunk, so the library starts fast. preloadReaderWhenIdle() fetches that chunk and
// starts the pdf.js worker once a project's library is on screen and the page is idle, so the
// first Open waits neither for ~0.5 MB of script nor for a 1.2 MB worker to load. Once loaded,
// the reader is mounted directly, not through React.lazy: a lazy component suspends on its
// first render even when its module is there, and React holds a revealed Suspense boundary
// back by up to 300 ms (its fallback throttle), which was most of the first Open.
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n/i18n';
import type { ReaderTarget } from './view-store';

type ReaderModule = typeof import('../coding/CodingReader');

let loaded: ReaderModule | null = null;
let loading: Promise<ReaderModule> | null = null;

function loadReader(): Promise<ReaderModule> {
  loading ??= import('../coding/CodingReader').then(
    (m) => (loaded = m),
    (err: unknown) => {
      loading = null; // a failed chunk load (e.g. the app was updated) may be retried
      throw err;
    },
  );
  return loading;
}

const LazyReader = lazy(() => loadReader().then((m) => ({ default: m.CodingReader })));

let preloadQueued = false;

/** Loads the reader chunk and starts the pdf.js worker when the page is next idle (once). */
export function preloadReaderWhenIdle(): void {
  if (preloadQueued || loaded) return;
  preloadQueued = true;
  const run = () => void loadReader().then((m) => m.prewarmReader(true), () => (preloadQueued = false));
  // requestIdleCallback is missing in some embedded browsers; a short timer does the same job.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1500 });
  else setTimeout(run, 200);
}

export function ReaderHost({ target, onClose }: { target: ReaderTarget; onClose: () => void }) {
  const { t } = useT();
  // Chosen once per host: switching between the two would remount an open reader.
  const [Reader] = useState(() => loaded?.CodingReader ?? null);
  const props = {
    documentId: target.documentId,
    initialPageIndex: target.initialPageIndex,
    highlightTerms: target.highlightTerms,
    onClose,
  };
  if (Reader) return <Reader key={target.key} {...props} />;
  return (
    <Suspense fallback={<main className="reader-loading" data-testid="reader-loading">{t('common.loading')}</main>}>
      <LazyReader key={target.key} {...props} />
    </Suspense>
  );
}
