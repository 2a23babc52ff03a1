// The code picker: type to filter the codebook (recent codes first), arrows move, Enter applies
// the active code (and commits), Shift+Enter adds it and keeps picking (several codes),
// Backspace in the empty field removes the last chosen code, Escape cancels. A combobox with
// aria-activedescendant, so it is fully keyboard-operable and screen readers follow it.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CodeWithCounts } from '../../../shared/domain/code';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { codebookStore } from '../codebook/codebook-store';
import { codeLabel, codePath } from '../codebook/codebook-tree';
import { filterCodes } from './code-filter';
import { recentCodesStore } from './recent-codes';

/** The list shows at most 60 codes: the default codebook has ~40; typing narrows a larger one. */
const MAX_OPTIONS = 60;

export interface CodePickerProps {
  chosen: string[];
  onChange(chosen: string[]): void;
  /** Enter: commit with these codes. */
  onCommit(codeIds: string[]): void;
  onCancel?(): void;
  autoFocus?: boolean;
}

export function CodeChip({ code, onRemove }: { code: CodeWithCounts; onRemove?: () => void }) {
  const { t, locale } = useT();
  return (
    <span className="code-chip" data-testid="chosen-code" data-code-id={code.id} style={{ ['--chip' as string]: code.color }}>
      <span className="code-swatch" aria-hidden="true" />
      {codeLabel(code, locale)}
      {onRemove && (
        <button type="button" className="code-chip-remove" tabIndex={-1} aria-label={t('coding.removeCode', { name: codeLabel(code, locale) })} onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}

export function CodePicker({ chosen, onChange, onCommit, onCancel, autoFocus }: CodePickerProps) {
  const { t, locale } = useT();
  const { codes } = useStore(codebookStore);
  const { ids: recent } = useStore(recentCodesStore);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const options = useMemo(() => filterCodes(codes, query, recent).filter((c) => !chosen.includes(c.id)).slice(0, MAX_OPTIONS), [codes, query, recent, chosen]);
  const activeIndex = Math.min(active, options.length - 1);
  const byId = new Map(codes.map((c) => [c.id, c]));

  const add = (id: string) => {
    onChange([...chosen, id]);
    setQuery('');
    setActive(0);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const option = activeIndex >= 0 ? options[activeIndex] : undefined;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setActive(Math.min(options.length - 1, activeIndex + 1));
        return;
      case 'ArrowUp':
        e.preventDefault();
        setActive(Math.max(0, activeIndex - 1));
        return;
      case 'Enter': {
        e.preventDefault();
        // Enter with typed text (or nothing chosen yet) takes the active code; with an empty
        // field and codes already chosen it just commits them.
        const take = option && (query.trim() !== '' || chosen.length === 0);
        if (e.shiftKey) {
          if (option) add(option.id);
          return;
        }
        onCommit(take ? [...chosen, option.id] : chosen);
        return;
      }
      case 'Backspace':
        if (query === '' && chosen.length > 0) onChange(chosen.slice(0, -1));
        return;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        onCancel?.();
        return;
    }
  };

  return (
    <div className="code-picker" data-testid="code-picker">
      {chosen.length > 0 && (
        <div className="code-picker-chosen">
          {chosen.map((id) => byId.get(id)).filter((c): c is CodeWithCounts => !!c).map((c) => (
            <CodeChip key={c.id} code={c} onRemove={() => onChange(chosen.filter((x) => x !== c.id))} />
          ))}
        </div>
      )}
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options[activeIndex] ? `${listId}-${options[activeIndex].id}` : undefined}
        aria-label={t('coding.pickerLabel')}
        placeholder={t('coding.pickerPlaceholder')}
        data-testid="code-picker-input"
        autoFocus={autoFocus}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ul className="code-picker-options" role="listbox" id={listId} tabIndex={-1} aria-label={t('coding.codes')}>
        {options.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-${c.id}`}
            role="option"
            aria-selected={i === activeIndex}
            className={i === activeIndex ? 'code-option active' : 'code-option'}
            data-testid="code-option"
            data-code-id={c.id}
            title={codePath(codes, c.id, locale)}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => add(c.id)}
          >
            <span className="code-swatch" style={{ background: c.color }} aria-hidden="true" />
            <span className="code-option-name">{codeLabel(c, locale)}</span>
            {recent.includes(c.id) && recent.indexOf(c.id) < 9 && <kbd className="code-option-key">{recent.indexOf(c.id) + 1}</kbd>}
          </li>
        ))}
        {options.length === 0 && <li className="code-option-empty muted">{t('coding.noCodeMatch')}</li>}
      </ul>
    </div>
  );
}
