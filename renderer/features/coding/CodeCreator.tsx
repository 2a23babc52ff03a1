// "Create code …" inside the code picker: a name typed that matches no code (or the selected
// passage itself, in vivo) becomes a new code under the parent the user picks (top level by
// default, or the parent of the code last highlighted in the list). Enter creates it and
// applies it to the passage at once; Escape goes back to the list.
import { useMemo, useState } from 'react';
import type { CodeWithCounts } from '../../../shared/domain/code';
import { api } from '../../api';
import { errorMessage, useT } from '../../i18n/i18n';
import { refreshCodes } from '../codebook/codebook-store';
import { codePath } from '../codebook/codebook-tree';

export interface CodeCreatorProps {
  name: string;
  codes: readonly CodeWithCounts[];
  defaultParentId: string | null;
  onCreated(codeId: string): void;
  onBack(): void;
}

/** An in-vivo name: the passage's words, one line, at most 80 characters, cut at a word. */
export function inVivoName(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim().replace(/^[“"«'‘(]+|[”"»'’).,;:]+$/gu, '');
  if (text.length <= 80) return text;
  const cut = text.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}

export function CodeCreator({ name, codes, defaultParentId, onCreated, onBack }: CodeCreatorProps) {
  const { t, locale } = useT();
  const [value, setValue] = useState(name);
  const [parentId, setParentId] = useState<string | null>(defaultParentId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const parents = useMemo(
    () => codes.map((c) => ({ id: c.id, path: codePath(codes, c.id, locale) })).sort((a, b) => a.path.localeCompare(b.path, locale)),
    [codes, locale],
  );
  const create = async () => {
    const trimmed = value.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    setError(null);
    try {
      const code = await api['codes.create']({ lang: locale, name: trimmed, parentId });
      await refreshCodes();
      onCreated(code.id);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <div
      className="code-creator"
      data-testid="code-creator"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onBack();
        } else if (e.key === 'Enter') {
          e.preventDefault();
          void create();
        }
      }}
    >
      <label>
        {t('codeCreator.name')}
        <input type="text" data-testid="code-creator-name" autoFocus value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <label>
        {t('codeCreator.parent')}
        <select data-testid="code-creator-parent" value={parentId ?? ''} onChange={(e) => setParentId(e.target.value || null)}>
          <option value="">{t('codeCreator.topLevel')}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>{p.path}</option>
          ))}
        </select>
      </label>
      {error && <div className="error-box" data-testid="code-creator-error">{error}</div>}
      <div className="code-creator-actions">
        <button type="button" onClick={onBack}>{t('codeCreator.back')}</button>
        <button type="button" className="primary" data-testid="code-creator-create" disabled={!value.trim() || busy} onClick={() => void create()}>
          {t('codeCreator.create')}
        </button>
      </div>
    </div>
  );
}
