// "Attributes…" in the library: the attributes the user defined, and an editor for one — its
// name in English and Russian as typed, its kind, the choices (added, renamed, removed) and
// whether it replaces the fixed organisation or document type (then it starts from that list,
// every document's organisation or type filled in, and stands in its place in the drawer and
// the filters). Each save and delete is one undoable action. "Import values…" opens the CSV /
// XLSX import (AttributeImportDialog.tsx).
import { useState } from 'react';
import { ATTRIBUTE_KINDS, type AttributeKind, type ReplaceableField } from '../../../shared/domain/attribute';
import { attributeName, isChoiceKind } from '../../../shared/rules/attribute-rules';
import { api } from '../../api';
import { errorMessage, t as tNow, useT, vocabLabel } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { askConfirm, notify } from '../shell/dialogs-store';
import { Modal } from '../shell/Modal';
import { attributeStore, refreshAttributes } from './attribute-store';
import { openAttributeImport } from './import-store';
import { createInput, type DefinitionForm, formOf, formProblem, NEW_FORM, updatePatch, withReplaces } from './definition-form';

const vocabBoth = (list: 'organisation' | 'docType', id: string, locale: 'en' | 'ru') => vocabLabel(list, id, locale);

export function closeDefinitions(): void {
  attributeStore.set({ managing: false });
}

function ChoicesEditor({ form, set }: { form: DefinitionForm; set: (f: DefinitionForm) => void }) {
  const { t } = useT();
  const edit = (i: number, patch: Partial<DefinitionForm['choices'][number]>) => set({ ...form, choices: form.choices.map((c, k) => (k === i ? { ...c, ...patch } : c)) });
  return (
    <fieldset className="field attr-choices" data-testid="attr-def-choices">
      <legend>{t('attributeDefs.choices', { count: form.choices.length })}</legend>
      <div className="attr-choice-list">
        {form.choices.map((c, i) => (
          <div className="attr-choice-row" key={c.id || `new-${i}`}>
            <input aria-label={t('attributeDefs.choiceEn')} placeholder={t('attributeDefs.choiceEn')} data-testid={`attr-def-choice-en-${i}`} value={c.en} onChange={(e) => edit(i, { en: e.target.value })} />
            <input aria-label={t('attributeDefs.choiceRu')} placeholder={t('attributeDefs.choiceRu')} data-testid={`attr-def-choice-ru-${i}`} value={c.ru} onChange={(e) => edit(i, { ru: e.target.value })} />
            <button type="button" className="link danger-text" aria-label={t('attributeDefs.removeChoice')} title={t('attributeDefs.removeChoice')} data-testid={`attr-def-choice-remove-${i}`}
              onClick={() => set({ ...form, choices: form.choices.filter((_, k) => k !== i) })}>×</button>
          </div>
        ))}
      </div>
      <button type="button" data-testid="attr-def-choice-add" onClick={() => set({ ...form, choices: [...form.choices, { id: '', en: '', ru: '' }] })}>
        {t('attributeDefs.addChoice')}
      </button>
    </fieldset>
  );
}

export function AttributeDefinitionsDialog() {
  const { t, locale } = useT();
  const { defs, managing } = useStore(attributeStore);
  const [form, setForm] = useState<DefinitionForm | null>(null);
  const [saving, setSaving] = useState(false);
  if (!managing) return null;
  const lang = locale === 'ru' ? 'ru' : 'en';
  const editing = form?.id ? defs.find((d) => d.id === form.id) ?? null : null;
  const problem = form ? formProblem(form) : '';

  const save = async () => {
    if (!form || problem) return;
    setSaving(true);
    try {
      if (editing) await api['attributes.update']({ id: editing.id, patch: updatePatch(editing, form) });
      else await api['attributes.create'](createInput(form));
      await refreshAttributes();
      setForm(null);
    } catch (err) {
      notify('error', errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const remove = async (id: string) => {
    const def = defs.find((d) => d.id === id);
    if (!def) return;
    const ok = await askConfirm({
      title: tNow('attributeDefs.deleteTitle'),
      message: tNow('attributeDefs.deleteMessage', { name: attributeName(def, lang) }),
      note: tNow('attributeDefs.deleteNote'),
      confirmLabel: tNow('attributeDefs.delete'),
      danger: true,
    });
    if (!ok) return;
    try {
      await api['attributes.delete']({ id });
      await refreshAttributes();
      if (form?.id === id) setForm(null);
    } catch (err) {
      notify('error', errorMessage(err));
    }
  };

  const footer = (
    <>
      {!form && <button type="button" data-testid="attr-def-new" onClick={() => setForm(NEW_FORM)}>{t('attributeDefs.new')}</button>}
      {!form && defs.length > 0 && (
        <button type="button" data-testid="attr-def-import" onClick={() => { closeDefinitions(); openAttributeImport(); }}>{t('attributeImport.menu')}</button>
      )}
      <div className="spacer" />
      {form ? (
        <>
          <button type="button" data-testid="attr-def-cancel" onClick={() => setForm(null)}>{t('common.cancel')}</button>
          <button type="button" className="primary" data-testid="attr-def-save" disabled={saving || problem !== ''} onClick={() => void save()}>
            {editing ? t('common.save') : t('attributeDefs.create')}
          </button>
        </>
      ) : (
        <button type="button" data-testid="attr-def-close" onClick={closeDefinitions}>{t('common.close')}</button>
      )}
    </>
  );

  return (
    <Modal title={t('attributeDefs.title')} onCancel={form ? () => setForm(null) : closeDefinitions} footer={footer} testId="attr-defs" width={720}>
      {!form && (
        <>
          <p className="muted">{t('attributeDefs.lead')}</p>
          {defs.length === 0 ? (
            <p className="muted" data-testid="attr-def-empty">{t('attributeDefs.empty')}</p>
          ) : (
            <table className="colour-table" data-testid="attr-def-table">
              <thead>
                <tr><th>{t('attributeDefs.name')}</th><th>{t('attributeDefs.kindLabel')}</th><th>{t('attributeDefs.replacesLabel')}</th><th /></tr>
              </thead>
              <tbody>
                {defs.map((d) => (
                  <tr key={d.id} data-testid="attr-def-row">
                    <td>{attributeName(d, lang)}{isChoiceKind(d.kind) && <span className="muted"> · {t('attributeDefs.choices', { count: d.choices.length })}</span>}</td>
                    <td>{t(`attributeDefs.kind.${d.kind}`)}</td>
                    <td>{d.replaces ? t(`attributeDefs.replaces.${d.replaces}`) : '—'}</td>
                    <td className="row-buttons">
                      <button type="button" className="link" data-testid="attr-def-edit" onClick={() => setForm(formOf(d))}>{t('library.edit')}</button>{' '}
                      <button type="button" className="link danger-text" data-testid="attr-def-delete" onClick={() => void remove(d.id)}>{t('attributeDefs.delete')}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {form && (
        <form className="attr-def-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="field-row">
            <label className="field">
              <span>{t('attributeDefs.nameEn')}</span>
              <input data-testid="attr-def-name-en" value={form.nameEn} onChange={(e) => setForm({ ...form, nameEn: e.target.value })} data-autofocus />
            </label>
            <label className="field">
              <span>{t('attributeDefs.nameRu')}</span>
              <input data-testid="attr-def-name-ru" value={form.nameRu} onChange={(e) => setForm({ ...form, nameRu: e.target.value })} />
            </label>
          </div>
          <div className="field-row">
            <label className="field">
              <span>{t('attributeDefs.kindLabel')}</span>
              <select data-testid="attr-def-kind" value={form.kind} disabled={form.id !== null}
                onChange={(e) => setForm({ ...form, kind: e.target.value as AttributeKind })}>
                {ATTRIBUTE_KINDS.map((k) => <option key={k} value={k}>{t(`attributeDefs.kind.${k}`)}</option>)}
              </select>
            </label>
            <label className="field">
              <span>{t('attributeDefs.replacesLabel')}</span>
              <select data-testid="attr-def-replaces" value={form.replaces}
                onChange={(e) => setForm(withReplaces(form, e.target.value as ReplaceableField | '', vocabBoth, (l) => tNow(`attributeDefs.fieldName.${e.target.value}`, {}, l)))}>
                <option value="">{t('attributeDefs.replaces.none')}</option>
                <option value="organisation">{t('attributeDefs.replaces.organisation')}</option>
                <option value="docType">{t('attributeDefs.replaces.docType')}</option>
              </select>
            </label>
          </div>
          {form.replaces && form.id === null && <p className="muted small" data-testid="attr-def-seed-note">{t(`attributeDefs.seedNote.${form.replaces}`)}</p>}
          {isChoiceKind(form.kind) && <ChoicesEditor form={form} set={setForm} />}
          {problem && <p className="muted small" data-testid="attr-def-problem">{t(problem)}</p>}
        </form>
      )}
    </Modal>
  );
}
