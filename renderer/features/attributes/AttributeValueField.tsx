// One attribute the user defined, in the document attributes drawer: a text box, a number box,
// a date box (2019, 2019-05 or 2019-05-31), a list for one choice or checkboxes for several.
// Values save as they are typed (after a short pause, and at once when the drawer closes) as
// one undo step per document; a value that is not valid yet is shown as such and not sent.
import { useEffect, useRef, useState } from 'react';
import type { AttributeDefinition, AttributeValue } from '../../../shared/domain/attribute';
import { attributeName, checkAttributeValue, parseCell } from '../../../shared/rules/attribute-rules';
import { useT } from '../../i18n/i18n';
import { toggleValue } from '../library/library-table';
import { saveValue } from './attribute-store';

/** A pause this long in typing saves the value (the History coalesces the saves into one step). */
const SAVE_PAUSE_MS = 400;

function textOf(value: AttributeValue | undefined): string {
  return value === undefined || Array.isArray(value) ? '' : String(value);
}

function choiceLabel(c: { en: string; ru: string }, lang: 'en' | 'ru'): string {
  return lang === 'ru' ? c.ru || c.en : c.en || c.ru;
}

function TypedField({ def, name, documentId, value, testId }: { def: AttributeDefinition; name: string; documentId: string; value: AttributeValue | undefined; testId: string }) {
  const { t } = useT();
  const [text, setText] = useState(textOf(value));
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const parsed = parseCell(text, def.kind, def.choices);
  const invalid = 'problem' in parsed;

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (next === null) return;
    const p = parseCell(next, def.kind, def.choices);
    if (!('problem' in p)) void saveValue(documentId, def.id, p.value);
  };
  // Closing the drawer mid-word still saves what was typed.
  useEffect(() => () => flush(), []);

  return (
    <label className="field">
      <span>{name}</span>
      <input
        data-testid={testId}
        inputMode={def.kind === 'number' ? 'decimal' : undefined}
        placeholder={def.kind === 'date' ? t('attributeValues.datePlaceholder') : undefined}
        className={invalid ? 'invalid' : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          pending.current = e.target.value;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_PAUSE_MS);
        }}
        onBlur={flush}
      />
      {invalid && <small className="text-error" data-testid={`${testId}-invalid`}>{t(`attributeImport.problem.${parsed.problem}`)}</small>}
    </label>
  );
}

export function AttributeValueField({ def, documentId, value, index }: { def: AttributeDefinition; documentId: string; value: AttributeValue | undefined; index: number }) {
  const { locale } = useT();
  const lang = locale === 'ru' ? 'ru' : 'en';
  const testId = `attr-custom-${index}`;
  const name = attributeName(def, lang);
  if (def.kind === 'choice') {
    return (
      <label className="field">
        <span>{name}</span>
        <select data-testid={testId} value={typeof value === 'string' ? value : ''} onChange={(e) => void saveValue(documentId, def.id, e.target.value === '' ? null : checkAttributeValue(e.target.value, def.kind, def.choices))}>
          <option value="">—</option>
          {def.choices.map((c) => <option key={c.id} value={c.id}>{choiceLabel(c, lang)}</option>)}
        </select>
      </label>
    );
  }
  if (def.kind === 'choices') {
    const selected = Array.isArray(value) ? value : [];
    return (
      <fieldset className="field" data-testid={testId}>
        <legend>{name}</legend>
        <div className="checkbox-grid attr-choice-grid">
          {def.choices.map((c) => (
            <label key={c.id} className="checkbox-row" title={choiceLabel(c, lang)}>
              <input
                type="checkbox"
                data-testid={`${testId}-${c.id}`}
                checked={selected.includes(c.id)}
                onChange={() => {
                  const next = toggleValue(selected, c.id);
                  void saveValue(documentId, def.id, next.length === 0 ? null : next);
                }}
              />
              <span>{choiceLabel(c, lang)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return <TypedField def={def} name={name} documentId={documentId} value={value} testId={testId} />;
}
