// The code picker: type to filter the codebook (recent codes first), arrows move, Enter applies
// the active code (and commits), Shift+Enter adds it and keeps picking (several codes),
// Backspace in the empty field removes the last chosen code, Escape cancels; in the empty
// field keys 1–9 apply the recent code with that badge at once. A typed name that matches no
// code offers "Create code …", and the passage itself can become an in-vivo code
// (CodeCreator.tsx). The highlighted code's definition and inclusion/exclusion notes show
// below the list. A combobox with aria-activedescendant, so it is fully keyboard-operable and
// screen readers follow it.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CodeWithCounts } from '../../../shared/domain/code';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { codebookStore } from '../codebook/codebook-store';
import { codeLabel, codePath } from '../codebook/codebook-tree';
import { codeFieldFor } from '../../../shared/codebook/code-text';
import { filterCodes } from './code-filter';
import { CodeCreator, inVivoName } from './CodeCreator';
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
  /** The passage's text, for an in-vivo code; absent: no in-vivo entry. */
  quote?: string;
}

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase().replace(/ё/g, 'е');

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

function CodeNotes({ code }: { code: CodeWithCounts }) {
  const { t, locale } = useT();
  const definition = codeFieldFor(code, 'definition', locale);
  const inclusion = codeFieldFor(code, 'inclusion', locale);
  const exclusion = codeFieldFor(code, 'exclusion', locale);
  if (!definition && !inclusion && !exclusion) return null;
  return (
    <div className="code-picker-notes" data-testid="code-picker-notes" aria-live="polite" tabIndex={-1}>
      {definition && <p>{definition}</p>}
      {inclusion && <p><strong>{t('codeCreator.inclusion')}</strong> {inclusion}</p>}
      {exclusion && <p><strong>{t('codeCreator.exclusion')}</strong> {exclusion}</p>}
    </div>
  );
}

export function CodePicker({ chosen, onChange, onCommit, onCancel, autoFocus, quote }: CodePickerProps) {
  const { t, locale } = useT();
  const { codes } = useStore(codebookStore);
  const { ids: recent } = useStore(recentCodesStore);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const options = useMemo(() => filterCodes(codes, query, recent).filter((c) => !chosen.includes(c.id)).slice(0, MAX_OPTIONS), [codes, query, recent, chosen]);
  const [creating, setCreating] = useState<string | null>(null);
  const byId = new Map(codes.map((c) => [c.id, c]));
  const typed = query.trim();
  const exact = typed !== '' && codes.some((c) => fold(c.text.en.name) === fold(typed) || fold(c.text.ru.name) === fold(typed));
  const vivo = quote ? inVivoName(quote) : '';
  // Entries after the codes: "Create code …" for a new name, "In vivo" for the passage.
  const extras: Array<{ kind: 'create' | 'vivo'; name: string }> = [
    ...(typed && !exact ? [{ kind: 'create' as const, name: typed }] : []),
    ...(vivo && !typed ? [{ kind: 'vivo' as const, name: vivo }] : []),
  ];
  const entries = options.length + extras.length;
  const activeIndex = Math.min(active, entries - 1);
  const extraAt = (i: number) => (i >= options.length ? extras[i - options.length] : undefined);
  // Keys 1–9: the recent codes not yet chosen, numbered without gaps.
  const keyed = recent.filter((id) => byId.has(id) && !chosen.includes(id)).slice(0, 9);

  const add = (id: string) => {
    onChange([...chosen, id]);
    setQuery('');
    setActive(0);
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const option = activeIndex >= 0 ? options[activeIndex] : undefined;
    const extra = extraAt(activeIndex);
    if (query === '' && /^[1-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const id = keyed[Number(e.key) - 1];
      e.preventDefault();
      if (id) onCommit([...chosen, id]);
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setActive(Math.min(entries - 1, activeIndex + 1));
        return;
      case 'ArrowUp':
        e.preventDefault();
        setActive(Math.max(0, activeIndex - 1));
        return;
      case 'Enter': {
        e.preventDefault();
        if (extra) {
          setCreating(extra.name);
          return;
        }
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

  const activeCode = options[activeIndex];
  if (creating !== null) {
    return (
      <div className="code-picker" data-testid="code-picker">
        <CodeCreator
          name={creating}
          codes={codes}
          defaultParentId={activeCode?.parentId ?? null}
          onBack={() => setCreating(null)}
          onCreated={(id) => {
            setCreating(null);
            setQuery('');
            setActive(0);
            onChange([...chosen, id]);
          }}
        />
      </div>
    );
  }
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
        aria-activedescendant={options[activeIndex] ? `${listId}-${options[activeIndex].id}` : extraAt(activeIndex) ? `${listId}-extra-${activeIndex}` : undefined}
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
            {query === '' && keyed.includes(c.id) && <kbd className="code-option-key" data-testid="code-option-key">{keyed.indexOf(c.id) + 1}</kbd>}
          </li>
        ))}
        {options.length === 0 && <li className="code-option-empty muted">{t('coding.noCodeMatch')}</li>}
        {extras.map((x, k) => {
          const i = options.length + k;
          return (
            <li
              key={x.kind}
              id={`${listId}-extra-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'code-option code-option-create active' : 'code-option code-option-create'}
              data-testid={x.kind === 'create' ? 'code-option-create' : 'code-option-vivo'}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => setCreating(x.name)}
            >
              <span className="code-option-name">{t(x.kind === 'create' ? 'codeCreator.createNamed' : 'codeCreator.inVivo', { name: x.name })}</span>
            </li>
          );
        })}
      </ul>
      {activeCode && <CodeNotes code={activeCode} />}
    </div>
  );
}
