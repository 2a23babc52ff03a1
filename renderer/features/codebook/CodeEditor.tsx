// Editing one code: name (saved when the field loses focus), colour, definition with inclusion
// and exclusion notes (saved as you type, renderer/state/autosave.ts), its parent, merging it into another code, deleting it (after showing
// how many codings go with it), and the code's memo. Each change is one undoable action.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { CodePatch, CodeWithCounts } from '../../../shared/domain/code';
import { errorMessage, useT } from '../../i18n/i18n';
import { unsavedValue, useAutosave } from '../../state/autosave';
import { AutosaveNote } from '../shell/AutosaveNote';
import { MemoEditor } from '../memos/MemoEditor';
import { askConfirm, notify } from '../shell/dialogs-store';
import { otherLang } from '../../../shared/codebook/code-text';
import { codeLabel, codePath, isSelfOrDescendant } from './codebook-tree';

export const NAME_INPUT_ID = 'code-name-input';
const NOTE_FIELDS = ['definition', 'inclusion', 'exclusion'] as const;
type NoteField = (typeof NOTE_FIELDS)[number];

async function run<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (err) {
    notify('error', errorMessage(err));
    return null;
  }
}

// The name and notes are those of the interface language: editing in English changes the English
// text only, never the Russian (and back). Where this language has none yet, the field is empty
// and shows the other language's text as its placeholder.
export function CodeEditor({ code, codes, onGone }: { code: CodeWithCounts; codes: CodeWithCounts[]; onGone(): void }) {
  const { t, locale } = useT();
  const own = code.text[locale];
  const other = code.text[otherLang(locale)];
  const [fields, setFields] = useState({ name: own.name, definition: own.definition, inclusion: own.inclusion, exclusion: own.exclusion });
  const [mergeTarget, setMergeTarget] = useState('');

  // A reload of the codebook (after each save, undo, a merge) refreshes the fields, except one
  // whose typed text is still waiting for its save: that text is newer than the backend's.
  useEffect(() => {
    const fresh = (key: NoteField) => unsavedValue(`code:${code.id}:${locale}:${key}`) ?? code.text[locale][key];
    setFields((f) => ({
      // The name is saved on blur: a name being typed stays as typed.
      name: document.activeElement?.id === NAME_INPUT_ID ? f.name : code.text[locale].name,
      definition: fresh('definition'),
      inclusion: fresh('inclusion'),
      exclusion: fresh('exclusion'),
    }));
  }, [code, locale]);

  const save = (patch: CodePatch) => void run(api['codes.update']({ id: code.id, patch }));
  const writeNote = (key: NoteField) => async (value: string) => void (await api['codes.update']({ id: code.id, patch: { lang: locale, [key]: value } }));
  const notes = {
    definition: useAutosave(`code:${code.id}:${locale}:definition`, writeNote('definition')),
    inclusion: useAutosave(`code:${code.id}:${locale}:inclusion`, writeNote('inclusion')),
    exclusion: useAutosave(`code:${code.id}:${locale}:exclusion`, writeNote('exclusion')),
  };
  const rename = () => {
    const name = fields.name.trim();
    if (!name) setFields({ ...fields, name: own.name });
    else if (name !== own.name) save({ lang: locale, name });
  };

  const others = codes.filter((c) => c.id !== code.id);
  const parents = codes.filter((c) => !isSelfOrDescendant(codes, code.id, c.id));

  const merge = async () => {
    const target = codes.find((c) => c.id === mergeTarget);
    if (!target) return;
    const ok = await askConfirm({
      title: t('codebook.mergeTitle'),
      message: t('codebook.mergeBody', { source: codeLabel(code, locale), target: codeLabel(target, locale), count: code.codingCount }),
      confirmLabel: t('codebook.merge'),
    });
    if (!ok) return;
    const r = await run(api['codes.merge']({ sourceId: code.id, targetId: target.id }));
    if (r) {
      notify('info', t('codebook.merged', { count: r.moved }));
      onGone();
    }
  };

  const remove = async () => {
    const info = await run(api['codes.deleteInfo']({ id: code.id }));
    if (!info) return;
    const ok = await askConfirm({
      title: t('codebook.deleteTitle', { name: codeLabel(code, locale) }),
      message: t('codebook.deleteBody', { codes: t('codebook.codeCount', { count: info.codeCount }), codings: t('codebook.codingCount', { count: info.codingCount }) }),
      confirmLabel: t('codebook.delete'),
      danger: true,
    });
    if (ok && (await run(api['codes.delete']({ id: code.id })))) {
      notify('info', t('codebook.deleted'));
      onGone();
    }
  };

  return (
    <div className="code-editor" data-testid="code-editor" data-code-id={code.id}>
      <div className="field-row">
        <label className="field code-name-field">
          <span>{t('codebook.name')}</span>
          <input
            id={NAME_INPUT_ID}
            data-testid="code-name"
            value={fields.name}
            placeholder={other.name}
            onChange={(e) => setFields({ ...fields, name: e.target.value })}
            onBlur={rename}
            onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()}
          />
        </label>
        <label className="field code-color-field">
          <span>{t('codebook.color')}</span>
          <input type="color" data-testid="code-color" value={code.color} onChange={(e) => save({ color: e.target.value })} />
        </label>
      </div>
      <p className="muted small">{codePath(codes, code.id, locale)} · {t('codebook.counts', { own: code.codingCount, total: code.totalCount })}</p>
      {NOTE_FIELDS.map((key) => (
        <label className="field" key={key}>
          <span className="field-label-row">
            {t(`codebook.${key}`)}
            <AutosaveNote status={notes[key].status} error={notes[key].error} />
          </span>
          <textarea
            data-testid={`code-${key}`}
            rows={key === 'definition' ? 4 : 3}
            value={fields[key]}
            placeholder={other[key]}
            onChange={(e) => {
              setFields({ ...fields, [key]: e.target.value });
              notes[key].change(e.target.value);
            }}
            onBlur={() => void notes[key].flush()}
          />
        </label>
      ))}
      <div className="field-row">
        <label className="field">
          <span>{t('codebook.parent')}</span>
          <select
            data-testid="code-parent"
            value={code.parentId ?? ''}
            onChange={(e) => void run(api['codes.move']({ id: code.id, parentId: e.target.value || null, position: 1_000_000 }))}
          >
            <option value="">{t('codebook.topLevel')}</option>
            {parents.map((c) => <option key={c.id} value={c.id}>{codePath(codes, c.id, locale)}</option>)}
          </select>
        </label>
        <div className="field">
          <span>{t('codebook.mergeInto')}</span>
          <div className="code-merge">
            <select data-testid="merge-target" value={mergeTarget} onChange={(e) => setMergeTarget(e.target.value)}>
              <option value="">{t('codebook.chooseCode')}</option>
              {others.map((c) => <option key={c.id} value={c.id}>{codePath(codes, c.id, locale)}</option>)}
            </select>
            <button type="button" data-testid="merge-button" disabled={!mergeTarget} onClick={() => void merge()}>{t('codebook.merge')}</button>
          </div>
        </div>
      </div>
      <div className="code-editor-actions">
        <button type="button" className="danger" data-testid="code-delete" onClick={() => void remove()}>{t('codebook.delete')}</button>
      </div>
      <MemoEditor targetType="code" targetId={code.id} title={t('memos.codeTitle')} />
    </div>
  );
}
