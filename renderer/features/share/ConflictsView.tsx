// The conflicts view: each conflict left by a merge with both versions side by side (quote,
// codes, comment, coder, dates; or a code's or memo's fields) and the ways to resolve it:
// keep mine / keep theirs / keep both, or for two codes with one name, merge them / keep both.
import type { Code } from '../../../shared/domain/code';
import { codeNameFor } from '../../../shared/codebook/code-text';
import { useEffect } from 'react';
import type { MergeConflict } from '../../../shared/domain/share';
import { formatDate, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { compareVersions, type FieldValue, type Lookups, resolutionsFor } from './conflict-versions';
import { localizeConflictLabel } from '../history/stored-text';
import { conflictsStore, loadConflicts, resolveConflict } from './conflicts-store';
import { shareStore } from './share-store';

function Value({ value, deletedLabel }: { value: FieldValue | null; deletedLabel: string }) {
  const { locale } = useT();
  if (!value) return <span className="muted">{deletedLabel}</span>;
  switch (value.kind) {
    case 'text': return <span className="conflict-text">{value.text}</span>;
    case 'quote': return <q className="conflict-quote">{value.text}</q>;
    case 'date': return <span>{value.iso ? `${formatDate(value.iso, locale)} ${value.iso.slice(11, 16)}` : ''}</span>;
    case 'color': return <span><span className="code-swatch" style={{ background: value.color }} />{value.color}</span>;
    case 'coder': return <span><span className="code-swatch" style={{ background: value.color }} />{value.name}</span>;
    case 'codes':
      return (
        <span className="code-chips">
          {value.codes.map((c) => (
            <span key={c.id} className="code-chip"><span className="code-swatch" style={{ background: c.color }} />{c.name}</span>
          ))}
        </span>
      );
  }
}

function ConflictCard({ conflict, lookups, busy }: { conflict: MergeConflict; lookups: Lookups; busy: boolean }) {
  const { t, locale } = useT();
  // Code chips in the interface language, as the codebook shows them.
  const localized: Lookups = {
    ...lookups,
    codes: new Map([...lookups.codes].map(([id, c]) => [id, { ...c, name: c.text ? codeNameFor(c as { text: Code['text'] }, locale) : c.name }])),
  };
  const rows = compareVersions(conflict, localized);
  const peer = conflict.peerName || t('merge.unnamedPeer');
  return (
    <li className="conflict-card" data-testid="conflict-card" data-kind={conflict.kind} data-status={conflict.status}>
      <div className="conflict-head">
        <strong className="conflict-label" title={conflict.label}>{localizeConflictLabel(conflict.label, t)}</strong>
        <span className="conflict-kind">{t(`merge.kind.${conflict.kind}`)}</span>
        <span className="spacer" />
        <span className="muted small">{t('merge.fromOn', { name: peer, date: formatDate(conflict.createdAt, locale) })}</span>
      </div>
      <p className="hint">{t(`merge.kindHint.${conflict.kind}`, { name: peer })}</p>
      <table className="conflict-table" data-testid="conflict-table">
        <thead>
          <tr>
            <th />
            <th>{conflict.kind === 'sameNameCode' ? t('merge.ourCode') : t('merge.mine')}</th>
            <th>{conflict.kind === 'sameNameCode' ? t('merge.theirCode', { name: peer }) : t('merge.theirs', { name: peer })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.differs ? 'differs' : undefined}>
              <th scope="row">{t(`merge.field.${r.key}`)}</th>
              <td data-testid={`conflict-mine-${r.key}`}><Value value={r.mine} deletedLabel={t('merge.deleted')} /></td>
              <td data-testid={`conflict-theirs-${r.key}`}><Value value={r.theirs} deletedLabel={t('merge.deleted')} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {conflict.status === 'open' ? (
        <div className="conflict-actions">
          {resolutionsFor(conflict).map((res) => (
            <button
              key={res}
              type="button"
              className={res === 'both' ? undefined : 'primary-outline'}
              data-testid={`resolve-${res}`}
              disabled={busy}
              onClick={() => void resolveConflict(conflict.id, res)}
            >
              {t(conflict.kind === 'sameNameCode' ? `merge.resolveCode.${res}` : `merge.resolve.${res}`)}
            </button>
          ))}
        </div>
      ) : (
        <p className="conflict-resolved" data-testid="conflict-resolution">
          {t('merge.resolvedAs', {
            how: t(conflict.kind === 'sameNameCode' ? `merge.resolveCode.${conflict.resolution ?? 'both'}` : `merge.resolve.${conflict.resolution ?? 'mine'}`),
            date: conflict.resolvedAt ? formatDate(conflict.resolvedAt, locale) : '',
          })}
        </p>
      )}
    </li>
  );
}

export function ConflictsView() {
  const { t } = useT();
  const { status, conflicts, lookups, loading, error, resolving } = useStore(conflictsStore);
  const { revision } = useStore(shareStore);

  useEffect(() => {
    void loadConflicts();
  }, [revision]);

  return (
    <div className="team-panel" data-testid="conflicts-view">
      <div className="team-bar">
        <div className="segmented" role="radiogroup" aria-label={t('merge.statusLabel')}>
          {(['open', 'resolved'] as const).map((s) => (
            <button
              key={s}
              type="button"
              role="radio"
              aria-checked={status === s}
              className={status === s ? 'active' : undefined}
              data-testid={`conflicts-${s}`}
              onClick={() => void loadConflicts(s)}
            >
              {t(`merge.status.${s}`)}
            </button>
          ))}
        </div>
        <span className="muted" data-testid="conflicts-count">{t('merge.listed', { count: conflicts.length })}</span>
      </div>
      {error && <div className="error-box">{error}</div>}
      {!loading && !error && conflicts.length === 0 && (
        <div className="empty-state" data-testid="conflicts-empty">{t(status === 'open' ? 'merge.noOpen' : 'merge.noResolved')}</div>
      )}
      <ul className="conflict-list">
        {conflicts.map((c) => <ConflictCard key={c.id} conflict={c} lookups={lookups} busy={resolving !== null} />)}
      </ul>
    </div>
  );
}
