// Mounts the reader (features/reader/ReaderView.tsx, with the coding workspace beside it:
// features/coding/CodingReader.tsx) lazily: pdf.js, the reader and the coding UI land in a
// separate chunk, loaded when the app is first idle (or on Open), so the library starts fast.
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/i18n';
import type { ReaderTarget } from './view-store';

const loadReader = () => import('../coding/CodingReader');
const LazyReader = lazy(() => loadReader().then((m) => ({ default: m.CodingReader })));

// The chunk is fetched and parsed once the app is idle, so Open mounts the reader and its
// annotations panel at once: on a loaded 2-core machine the chunk took ~300 ms of the 2,000-
// highlight panel's open (issue 12). A failed preload is retried by the lazy import on Open.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadReader().catch(() => undefined), { timeout: 3000 });

export function ReaderHost({ target, onClose }: { target: ReaderTarget; onClose: () => void }) {
  const { t } = useT();
  return (
    <Suspense fallback={<main className="reader-loading" data-testid="reader-loading">{t('common.loading')}</main>}>
      <LazyReader
        key={target.key}
        documentId={target.documentId}
        initialPageIndex={target.initialPageIndex}
        highlightTerms={target.highlightTerms}
        onClose={onClose}
      />
    </Suspense>
  );
}
