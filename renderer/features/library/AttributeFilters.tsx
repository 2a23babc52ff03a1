// Filters by document attributes (organisation, countries, type, language, year range, and
// every choice attribute the user defined), shared by the library table, the project search
// results and the evidence / analysis filters. An attribute that replaces the organisation or
// the document type stands in that fixed filter's place.
import { useEffect, useState } from 'react';
import { COUNTRIES, DOCUMENT_TYPES, LANGUAGES, ORGANISATIONS } from '../../../shared/domain/vocabulary';
import type { AttributeFilterTerm } from '../../../shared/domain/attribute';
import { attributeName, isChoiceKind } from '../../../shared/rules/attribute-rules';
import { useT, vocabLabel } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { attributeStore, useAttributeEvents } from '../attributes/attribute-store';
import { CheckboxMenu } from '../shell/CheckboxMenu';
import { parseYear, toggleValue } from './library-table';

export interface AttributeFilterValue {
  organisations?: string[];
  countries?: string[];
  docTypes?: string[];
  languages?: string[];
  yearFrom?: number | null;
  yearTo?: number | null;
  attributes?: AttributeFilterTerm[];
}

const REPLACED_LIST: Record<string, ListKey> = { organisation: 'organisations', docType: 'docTypes' };

/** The filter's terms with `definitionId`'s values toggled at `id`. */
function toggleTerm(terms: AttributeFilterTerm[] | undefined, definitionId: string, id: string | null): AttributeFilterTerm[] {
  const list = terms ?? [];
  const current = list.find((t) => t.definitionId === definitionId)?.values ?? [];
  const values = id === null ? [] : toggleValue(current, id);
  return [...list.filter((t) => t.definitionId !== definitionId), ...(values.length > 0 ? [{ definitionId, values }] : [])];
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
  const { t, locale } = useT();
  const { value, onChange, testIdPrefix } = props;
  const { defs } = useStore(attributeStore);
  useEffect(() => useAttributeEvents(), []);
  const lang = locale === 'ru' ? 'ru' : 'en';
  const choiceDefs = defs.filter((d) => isChoiceKind(d.kind));
  const replaced = new Set(defs.map((d) => REPLACED_LIST[d.replaces]).filter(Boolean));
  const attributeMenus = choiceDefs.map((d) => (
    <CheckboxMenu
      key={d.id}
      label={attributeName(d, lang)}
      options={d.choices.map((c) => ({ id: c.id, label: (lang === 'ru' ? c.ru || c.en : c.en || c.ru) }))}
      selected={value.attributes?.find((x) => x.definitionId === d.id)?.values ?? []}
      onToggle={(id) => onChange({ ...value, attributes: toggleTerm(value.attributes, d.id, id) })}
      onClear={() => onChange({ ...value, attributes: toggleTerm(value.attributes, d.id, null) })}
      clearLabel={t('filters.clear')}
      testId={`${testIdPrefix}-filter-attr-${d.position}`}
    />
  ));
  return (
    <div className="attribute-filters">
      {LISTS.filter(({ key }) => !replaced.has(key)).map(({ key, vocab, ids }) => (
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
      {attributeMenus}
    </div>
  );
}
