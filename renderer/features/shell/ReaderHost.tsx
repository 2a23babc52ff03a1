// Mounts the reader (features/reader/ReaderView.tsx, with the coding workspace beside it:
// features/coding/CodingReader.tsx) lazily: pdf.js, the reader and the coding UI land in a
// separate chunk loaded when a document is first opened, so the library starts fast.
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/i18n';
import type { ReaderTarget } from './view-store';

const LazyReader = lazy(() => import('../coding/CodingReader').then((m) => ({ default: m.CodingReader })));

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
