// Two selects: the citation style (the shipped CSL styles) and the citations' locale. Used in
// the export dialog and in the evidence browser's toolbar beside "Copy with citation".
import { CITATION_LOCALES, CITATION_STYLES, type CitationChoice, type CitationLocale, type CitationStyleId } from '../../../shared/csl/citation-styles';
import { useT } from '../../i18n/i18n';

export function CitationPicker({ value, onChange, testId }: { value: CitationChoice; onChange: (patch: Partial<CitationChoice>) => void; testId: string }) {
  const { t } = useT();
  return (
    <>
      <label className="field">
        <span>{t('citation.style')}</span>
        <select value={value.style} data-testid={`${testId}-style`} onChange={(e) => onChange({ style: e.target.value as CitationStyleId })}>
          {CITATION_STYLES.map((s) => <option key={s} value={s}>{t(`citation.styles.${s}`)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('citation.locale')}</span>
        <select value={value.locale} data-testid={`${testId}-locale`} onChange={(e) => onChange({ locale: e.target.value as CitationLocale })}>
          {CITATION_LOCALES.map((l) => <option key={l} value={l}>{t(`citation.locales.${l}`)}</option>)}
        </select>
      </label>
    </>
  );
}
