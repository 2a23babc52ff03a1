// The history view: a readable log of who changed what and when (highlights and codings, code
// edits, merges and their resolutions, imports), grouped by day, for a paper's audit trail.
import { useEffect } from 'react';
import { formatDate, hasKey, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { shareStore } from '../share/share-store';
import { actionKey, groupByDay, HISTORY_CATEGORIES, localTime } from './history-logic';
import { historyStore, loadHistory, setHistoryCategory } from './history-store';
import { localizeHistorySummary } from './stored-text';

export function HistoryView() {
  const { t, locale } = useT();
  const { entries, coders, category, more, loading, error } = useStore(historyStore);
  const { revision } = useStore(shareStore);

  useEffect(() => {
    void loadHistory();
  }, [revision]);

  const groups = groupByDay(entries, category);
  return (
    <div className="team-panel" data-testid="history-view">
      <div className="team-bar">
        <label className="inline-field">
          <span>{t('history.show')}</span>
          <select data-testid="history-category" value={category} onChange={(e) => setHistoryCategory(e.target.value as typeof category)}>
            {HISTORY_CATEGORIES.map((c) => <option key={c} value={c}>{t(`history.category.${c}`)}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => void loadHistory()} disabled={loading}>{t('history.refresh')}</button>
      </div>
      {error && <div className="error-box">{error}</div>}
      {!loading && !error && groups.length === 0 && <div className="empty-state">{t('history.empty')}</div>}
      {groups.map((g) => (
        <section key={g.day} className="history-day">
          <h3>{formatDate(`${g.day}T12:00:00`, locale)}</h3>
          <ol className="history-list">
            {g.entries.map((e) => {
              const coder = coders.get(e.coderId);
              const key = actionKey(e.action);
              return (
                <li key={e.id} className="history-entry" data-testid="history-entry" data-action={e.action}>
                  <time dateTime={e.at} className="history-time">{localTime(e.at)}</time>
                  <span className="history-who">
                    <span className="code-swatch" style={{ background: coder?.color ?? '#999999' }} />
                    {e.coderName || coder?.name || t('history.unknownCoder')}
                  </span>
                  <span className="history-action">{hasKey(key) ? t(key) : e.action}</span>
                  <span className="history-summary">{localizeHistorySummary(e.summary, t)}</span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {more && (
        <div className="more-row">
          <button type="button" disabled={loading} onClick={() => void loadHistory(true)}>{t('history.more')}</button>
        </div>
      )}
    </div>
  );
}
