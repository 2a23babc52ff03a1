// Second-cycle coding over the evidence browser's ticked passages: add a code to all of them,
// remove one, or — when they all sit under one code (grouped by code) — move them into a new or
// existing sub-code, splitting the code while reading its passages. Each is one undoable
// action; the list reloads through the coding.changed event.
import { useMemo, useState } from 'react';
import type { CodeWithCounts } from '../../../shared/domain/code';
import { api } from '../../api';
import { errorMessage, formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { refreshCodes } from '../codebook/codebook-store';
import { codePath } from '../codebook/codebook-tree';
import { clearSelection, evidenceSelection } from './evidence-selection';
import { evidenceStore, reloadEvidence } from './evidence-store';

type Mode = null | 'add' | 'remove' | 'split';

function CodeSelect({ codes, value, onChange, testId, label }: { codes: readonly CodeWithCounts[]; value: string; onChange(v: string): void; testId: string; label: string }) {
  const { locale } = useT();
  const sorted = useMemo(() => codes.map((c) => ({ id: c.id, path: codePath(codes, c.id, locale) })).sort((a, b) => a.path.localeCompare(b.path, locale)), [codes, locale]);
  return (
    <select value={value} data-testid={testId} aria-label={label} onChange={(e) => onChange(e.target.value)}>
      <option value="">{label}</option>
      {sorted.map((c) => <option key={c.id} value={c.id}>{c.path}</option>)}
    </select>
  );
}

export function BulkCodingBar() {
  const { t, locale } = useT();
  const { ids } = useStore(evidenceSelection);
  const { items, groupBy, codes } = useStore(evidenceStore);
  const [mode, setMode] = useState<Mode>(null);
  const [codeId, setCodeId] = useState('');
  const [newName, setNewName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The one code all ticked passages are listed under (grouped by code), if there is one.
  const splitSource = useMemo(() => {
    if (groupBy !== 'code') return null;
    const under = new Set(items.filter((i) => ids.includes(i.annotationId)).map((i) => i.codeId));
    return under.size === 1 ? [...under][0] : null;
  }, [ids, items, groupBy]);
  if (ids.length === 0) return null;

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await refreshCodes();
      clearSelection();
      setMode(null);
      setCodeId('');
      setNewName('');
      await reloadEvidence();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const apply = () => {
    if (mode === 'add' && codeId) return run(() => api['codings.bulk']({ annotationIds: ids, add: [codeId] }));
    if (mode === 'remove' && codeId) return run(() => api['codings.bulk']({ annotationIds: ids, remove: [codeId] }));
    if (mode === 'split' && splitSource && (codeId || newName.trim())) {
      return run(() => api['codes.split']({ codeId: splitSource, annotationIds: ids, ...(codeId ? { intoCodeId: codeId } : { newName: newName.trim(), lang: locale }) }));
    }
  };
  const sourceName = splitSource ? codePath(codes, splitSource, locale) : '';
  return (
    <div className="bulk-bar" data-testid="bulk-bar" role="region" aria-label={t('bulkCoding.region')}>
      <strong data-testid="bulk-count">{t('bulkCoding.selected', { count: ids.length, n: formatNumber(ids.length) })}</strong>
      {mode === null && (
        <>
          <button type="button" data-testid="bulk-add" onClick={() => setMode('add')}>{t('bulkCoding.add')}</button>
          <button type="button" data-testid="bulk-remove" onClick={() => setMode('remove')}>{t('bulkCoding.remove')}</button>
          <button type="button" data-testid="bulk-split" disabled={!splitSource} title={splitSource ? undefined : t('bulkCoding.splitNeedsOneCode')} onClick={() => setMode('split')}>
            {t('bulkCoding.split')}
          </button>
        </>
      )}
      {(mode === 'add' || mode === 'remove') && (
        <CodeSelect codes={codes} value={codeId} onChange={setCodeId} testId="bulk-code" label={t(mode === 'add' ? 'bulkCoding.chooseAdd' : 'bulkCoding.chooseRemove')} />
      )}
      {mode === 'split' && splitSource && (
        <>
          <span>{t('bulkCoding.splitFrom', { code: sourceName })}</span>
          <input type="text" data-testid="bulk-new-name" placeholder={t('bulkCoding.newSubcode')} aria-label={t('bulkCoding.newSubcode')} value={newName} disabled={!!codeId} onChange={(e) => setNewName(e.target.value)} />
          <span className="muted">{t('bulkCoding.or')}</span>
          <CodeSelect codes={codes.filter((c) => c.id !== splitSource)} value={codeId} onChange={setCodeId} testId="bulk-into" label={t('bulkCoding.existingCode')} />
        </>
      )}
      {mode !== null && (
        <>
          <button type="button" className="primary" data-testid="bulk-apply" disabled={busy || (mode === 'split' ? !codeId && !newName.trim() : !codeId)} onClick={() => void apply()}>
            {t(mode === 'split' ? 'bulkCoding.move' : 'bulkCoding.apply')}
          </button>
          <button type="button" onClick={() => { setMode(null); setCodeId(''); setNewName(''); }}>{t('common.cancel')}</button>
        </>
      )}
      <span className="spacer" />
      <button type="button" className="link" data-testid="bulk-clear" onClick={clearSelection}>{t('bulkCoding.clear')}</button>
      {error && <div className="error-box" data-testid="bulk-error">{error}</div>}
    </div>
  );
}
