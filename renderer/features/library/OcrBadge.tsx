// The library's mark on a document whose pages were read by OCR: "OCR" with the number of
// such pages in its tooltip, and a warning when some were read with low confidence (mean
// word confidence below LOW_CONFIDENCE), naming the pages so the user checks them first.
import type { OcrSummary } from '../../../shared/domain/ocr';
import { formatNumber, useT } from '../../i18n/i18n';

export function OcrBadge({ summary }: { summary: OcrSummary | undefined }) {
  const { t } = useT();
  if (!summary || summary.ocrPages === 0) return null;
  const low = summary.lowConfidencePages;
  return (
    <>
      <span className="doc-ocr-badge" data-testid="ocr-badge" title={t('ocr.badgeTitle', { count: summary.ocrPages })}>
        {t('ocr.badge')}
      </span>
      {low.length > 0 && (
        <span
          className="doc-ocr-low"
          data-testid="ocr-low-confidence"
          title={t('ocr.lowConfidenceTitle', { pages: low.slice(0, 20).map((i) => formatNumber(i + 1)).join(', ') })}
        >
          ⚠ {t('ocr.lowConfidence', { count: low.length })}
        </span>
      )}
    </>
  );
}
