// Filters by document attributes (organisation, countries, type, language, year range),
// shared by the library table and the project search results.
import { useEffect, useState } from 'react';
import { COUNTRIES, DOCUMENT_TYPES, LANGUAGES, ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { useT, vocabLabel } from '../../i18n/i18n';
import { CheckboxMenu } from '../shell/CheckboxMenu';
import { parseYear, toggleValue } from './library-table';

export interface AttributeFilterValue {
  organisations?: string[];
  countries?: string[];
  docTypes?: string[];
  languages?: string[];
  yearFrom?: number | null;
  yearTo?: number | null;
}

type ListKey = 'organisations' | 'countries' | 'docTypes' | 'languages';
const LISTS: { key: ListKey; vocab: 'organisation' | 'country' | 'docType' | 'language'; ids: readonly string[] }[] = [
  { key: 'organisations', vocab: 'organisation', ids: ORGANISATIONS },
  { key: 'countries', vocab: 'country', ids: COUNTRIES },
  { key: 'docTypes', vocab: 'docType', ids: DOCUMENT_TYPES },
  { key: 'languages', vocab: 'language', ids: LANGUAGES },
];

function YearInput(props: { value: number | null | undefined; onChange: (y: number | null) => void; label: string; testId: string }) {
  const [text, setText] = useState(props.value != null ? String(props.value) : '');
  useEffect(() => setText(props.value != null ? String(props.value) : ''), [props.value]);
  const invalid = text.trim() !== '' && parseYear(text) === null;
  return (
    <input
      className={invalid ? 'year-input invalid' : 'year-input'}
      inputMode="numeric"
      maxLength={4}
      placeholder={props.label}
      aria-label={props.label}
      data-testid={props.testId}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const y = parseYear(e.target.value);
        if (e.target.value.trim() === '' || y !== null) props.onChange(y);
      }}
    />
  );
}

export function AttributeFilters(props: {
  value: AttributeFilterValue;
  onChange: (v: AttributeFilterValue) => void;
  testIdPrefix: string;
}) {
  const { t } = useT();
  const { value, onChange, testIdPrefix } = props;
  return (
    <div className="attribute-filters">
      {LISTS.map(({ key, vocab, ids }) => (
        <CheckboxMenu
          key={key}
          label={t(`filters.${key}`)}
          options={ids.map((id) => ({ id, label: vocabLabel(vocab, id) }))}
          selected={value[key] ?? []}
          onToggle={(id) => onChange({ ...value, [key]: toggleValue(value[key] ?? [], id) })}
          onClear={() => onChange({ ...value, [key]: [] })}
          clearLabel={t('filters.clear')}
          testId={`${testIdPrefix}-filter-${key}`}
        />
      ))}
      <span className="year-range">
        <YearInput
          label={t('filters.yearFrom')}
          value={value.yearFrom}
          testId={`${testIdPrefix}-filter-year-from`}
          onChange={(y) => onChange({ ...value, yearFrom: y })}
        />
        <span aria-hidden="true">–</span>
        <YearInput
          label={t('filters.yearTo')}
          value={value.yearTo}
          testId={`${testIdPrefix}-filter-year-to`}
          onChange={(y) => onChange({ ...value, yearTo: y })}
        />
      </span>
    </div>
  );
}
