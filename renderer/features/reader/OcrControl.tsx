// The reader's "OCR" menu: recognise the text of the current page or of the whole document
// (every page without usable text), then, while it runs, "page x of y" and Cancel.
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { cancelOcr, ocrStore, startOcr } from './ocr-store';
import type { ReaderController } from './reader-controller';

export function OcrControl({ controller, documentId }: { controller: ReaderController; documentId: string }) {
  const { t } = useT();
  const s = useStore(controller.store);
  const job = useStore(ocrStore).jobs[documentId];
  if (job) {
    return (
      <span className="reader-ocr-running" data-testid="ocr-running">
        {job.pageCount > 0 ? t('ocr.running', { done: formatNumber(job.pagesDone), total: formatNumber(job.pageCount) }) : t('ocr.starting')}
        <button type="button" data-testid="ocr-cancel" disabled={!job.jobId} onClick={() => void cancelOcr(documentId)}>
          {t('common.cancel')}
        </button>
      </span>
    );
  }
  return (
    <details className="reader-ocr-menu" data-testid="ocr-menu">
      <summary title={t('ocr.recognisePage')}>{t('ocr.menu')}</summary>
      <div className="reader-ocr-items">
        <button type="button" data-testid="ocr-page" disabled={s.status !== 'ready'} onClick={() => void startOcr(documentId, [s.pageIndex])}>
          {t('ocr.recognisePage')}
        </button>
        <button type="button" data-testid="ocr-document" disabled={s.status !== 'ready'} onClick={() => void startOcr(documentId)}>
          {t('ocr.recogniseDocument')}
        </button>
      </div>
    </details>
  );
}
