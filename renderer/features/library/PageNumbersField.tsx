// The document's printed page numbers in the attributes editor: where they come from (the
// PDF's page labels, numbers detected in its headers and footers, or none) and the user's
// correction "PDF page 7 is printed page 3", which every citation then follows.
import type { DocumentMeta } from '../../../shared/domain/document';
import { documentPageLabels } from '../../../shared/pdf/page-labels';
import { useT } from '../../i18n/i18n';
import { pageFixOf, type AttributesForm } from './attributes-form';

export function PageNumbersField(props: { doc: DocumentMeta; form: AttributesForm; set: (patch: Partial<AttributesForm>) => void }) {
  const { t } = useT();
  const { doc, form, set } = props;
  const fix = pageFixOf(doc, form);
  const source = doc.pageLabels?.source ?? 'none';
  // What the citations will say with the correction as typed (the saved one until it is valid).
  const preview = documentPageLabels({ ...doc, pageLabelFix: fix === undefined ? doc.pageLabelFix : fix });
  const sample = Math.min(doc.pageCount, Math.max(1, Number(form.fixPdfPage) || 1));
  return (
    <fieldset className="field page-numbers" data-testid="attr-page-numbers">
      <legend>{t('pages.title')}</legend>
      <p className="muted small" data-testid="attr-page-source">{t(`pages.source.${source}`)}</p>
      <div className="page-fix-row">
        <PageNumberInput label={t('pages.fixPdf')} testId="attr-fix-pdf" invalid={fix === undefined} value={form.fixPdfPage} onChange={(v) => set({ fixPdfPage: v })} />
        <PageNumberInput label={t('pages.fixPrinted')} testId="attr-fix-printed" invalid={fix === undefined} value={form.fixPrinted} onChange={(v) => set({ fixPrinted: v })} />
        {(form.fixPdfPage !== '' || form.fixPrinted !== '') && (
          <button type="button" className="link" data-testid="attr-fix-clear" onClick={() => set({ fixPdfPage: '', fixPrinted: '' })}>
            {t('pages.fixClear')}
          </button>
        )}
      </div>
      {fix === undefined ? (
        <small className="text-error">{t('pages.fixInvalid', { max: doc.pageCount })}</small>
      ) : (
        <small className="muted" data-testid="attr-fix-preview">
          {t('pages.preview', { pdf: sample, printed: preview[sample - 1] ?? String(sample) })}
        </small>
      )}
    </fieldset>
  );
}

/** One labelled box of the correction: digits only. */
function PageNumberInput(props: { label: string; testId: string; invalid: boolean; value: string; onChange(value: string): void }) {
  return (
    <label>
      <span>{props.label}</span>
      <input
        data-testid={props.testId}
        inputMode="numeric"
        size={4}
        maxLength={6}
        className={props.invalid ? 'invalid' : undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value.replace(/[^0-9]/g, ''))}
      />
    </label>
  );
}
