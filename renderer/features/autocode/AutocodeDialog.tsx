// Auto-coding: code every hit of a search (words, a phrase or a regular expression) with one
// code, optionally extended to the sentence or paragraph. Preview first: the hits are listed
// with their quotes and can be unticked; Apply codes the rest as ONE undoable action.
import { useState } from 'react';
import { api } from '../../api';
import type { AutocodePreview } from '../../../shared/domain/autocode';
import { errorMessage, formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { codebookStore } from '../codebook/codebook-store';
import { codeLabel } from '../codebook/codebook-tree';
import { libraryStore } from '../library/library-store';
import { notify } from '../shell/dialogs-store';
import { Modal } from '../shell/Modal';
import { formProblem, toRequest, type AutocodeForm } from './autocode-form';

/** The preview list renders at most 500 rows; the rest are counted (and applied) all the same. */
const MAX_ROWS = 500;

export function AutocodeDialog({ documentId, onClose }: { documentId: string | null; onClose(): void }) {
  const { t, locale } = useT();
  const { codes } = useStore(codebookStore);
  // Hits across several documents name their document: "p. 2" alone does not say which report.
  const { docs } = useStore(libraryStore);
  const docTitle = (id: string) => { const d = docs.find((x) => x.id === id); return d ? d.title || d.fileName : ''; };
  const [form, setForm] = useState<AutocodeForm>({ query: '', mode: 'search', exact: false, extend: 'none', codeId: '', scope: documentId ? 'document' : 'all' });
  const [preview, setPreview] = useState<AutocodePreview | null>(null);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = formProblem(form);
  const update = (patch: Partial<AutocodeForm>) => {
    setForm({ ...form, ...patch });
    setPreview(null);
    setError(null);
  };

  const runPreview = async () => {
    if (problem) return;
    setBusy(true);
    try {
      setPreview(await api['autocode.preview'](toRequest(form, documentId)));
      setExcluded(new Set());
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!preview || problem) return;
    setBusy(true);
    try {
      const r = await api['autocode.apply']({ ...toRequest(form, documentId), excludeKeys: [...excluded] });
      notify('info', t('autocode.applied', { count: r.created }));
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const fresh = preview ? preview.hits.filter((h) => !h.alreadyCoded && !excluded.has(h.key)).length : 0;
  return (
    <Modal
      title={t('autocode.title')}
      onCancel={onClose}
      testId="autocode-dialog"
      width={640}
      footer={
        <>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" data-testid="autocode-preview" disabled={!!problem || busy} onClick={() => void runPreview()}>{t('autocode.preview')}</button>
          <button type="button" className="primary" data-testid="autocode-apply" disabled={!preview || preview.truncated || preview.stopped !== null || fresh === 0 || busy} onClick={() => void apply()}>
            {t('autocode.apply', { count: fresh })}
          </button>
        </>
      }
    >
      <form className="autocode-form" onSubmit={(e) => { e.preventDefault(); void runPreview(); }}>
        <label className="field">
          <span>{t('autocode.query')}</span>
          <input data-testid="autocode-query" value={form.query} onChange={(e) => update({ query: e.target.value })} className={problem === 'badRegex' ? 'invalid' : ''} />
        </label>
        <div className="field-row">
          <fieldset className="field">
            <legend>{t('autocode.mode')}</legend>
            {(['search', 'regex'] as const).map((m) => (
              <label key={m} className="radio"><input type="radio" name="autocode-mode" checked={form.mode === m} onChange={() => update({ mode: m })} data-testid={`autocode-mode-${m}`} /> {t(`autocode.modes.${m}`)}</label>
            ))}
            <label className="radio"><input type="checkbox" checked={form.exact} disabled={form.mode === 'regex'} onChange={(e) => update({ exact: e.target.checked })} data-testid="autocode-exact" /> {t('autocode.exact')}</label>
          </fieldset>
          <fieldset className="field">
            <legend>{t('autocode.extend')}</legend>
            {(['none', 'sentence', 'paragraph'] as const).map((x) => (
              <label key={x} className="radio"><input type="radio" name="autocode-extend" checked={form.extend === x} onChange={() => update({ extend: x })} data-testid={`autocode-extend-${x}`} /> {t(`autocode.extends.${x}`)}</label>
            ))}
          </fieldset>
        </div>
        <div className="field-row">
          <label className="field">
            <span>{t('autocode.code')}</span>
            <select data-testid="autocode-code" value={form.codeId} onChange={(e) => update({ codeId: e.target.value })}>
              <option value="">{t('autocode.chooseCode')}</option>
              {codes.map((c) => <option key={c.id} value={c.id}>{codeLabel(c, locale)}</option>)}
            </select>
          </label>
          {documentId && (
            <label className="field">
              <span>{t('autocode.scope')}</span>
              <select data-testid="autocode-scope" value={form.scope} onChange={(e) => update({ scope: e.target.value as AutocodeForm['scope'] })}>
                <option value="document">{t('autocode.scopeDocument')}</option>
                <option value="all">{t('autocode.scopeAll')}</option>
              </select>
            </label>
          )}
        </div>
        {problem === 'badRegex' && <p className="text-error small">{t('autocode.badRegex')}</p>}
        {error && <p className="text-error small" role="alert">{error}</p>}
        <button type="submit" hidden />
      </form>
      {preview && (
        <div className="autocode-preview" data-testid="autocode-hits">
          <p className="small">
            {t('autocode.hits', { count: preview.hits.length })}
            {preview.documentCount > 1 && ` · ${t('autocode.documents', { count: preview.documentCount })}`}
          </p>
          {preview.truncated && <p className="text-error small">{t('autocode.truncated', { max: formatNumber(preview.hits.length) })}</p>}
          {preview.stopped && (
            <p className="text-error small" data-testid="autocode-stopped">
              {t('autocode.stopped', { seconds: preview.stopped.seconds, searched: formatNumber(preview.stopped.pagesSearched), total: formatNumber(preview.stopped.pagesTotal) })}
            </p>
          )}
          <ul className="autocode-hit-list">
            {preview.hits.slice(0, MAX_ROWS).map((h) => (
              <li key={h.key} className={h.alreadyCoded ? 'autocode-hit done' : 'autocode-hit'} data-testid="autocode-hit">
                <label>
                  <input
                    type="checkbox"
                    disabled={h.alreadyCoded}
                    checked={!h.alreadyCoded && !excluded.has(h.key)}
                    onChange={(e) => {
                      const next = new Set(excluded);
                      if (e.target.checked) next.delete(h.key);
                      else next.add(h.key);
                      setExcluded(next);
                    }}
                  />
                  <span className="muted small autocode-hit-where">
                    {preview.documentCount > 1 && docTitle(h.documentId) && <span className="autocode-hit-doc" title={docTitle(h.documentId)}>{docTitle(h.documentId)}</span>}
                    {t('coding.page', { pages: h.pageIndex + 1 })}
                  </span>
                  <span className="autocode-quote">
                    <span className="muted">…{h.quote.prefix.slice(-40)}</span>
                    <mark>{h.quote.exact}</mark>
                    <span className="muted">{h.quote.suffix.slice(0, 40)}…</span>
                  </span>
                  {h.alreadyCoded && <span className="muted small">{t('autocode.alreadyCoded')}</span>}
                </label>
              </li>
            ))}
          </ul>
          {preview.hits.length > MAX_ROWS && <p className="muted small">{t('autocode.more', { count: preview.hits.length - MAX_ROWS })}</p>}
        </div>
      )}
    </Modal>
  );
}
