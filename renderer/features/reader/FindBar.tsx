// Find in document: the query box, "k of n", next / previous and the text-loading progress.
// State lives in FindController; Enter / Shift+Enter step through the hits.
import type { KeyboardEvent } from 'react';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import type { FindController } from './find-controller';

export function FindBar({ find }: { find: FindController }) {
  const { t } = useT();
  const s = useStore(find.store);
  if (!s.open) return null;
  const searching = s.loadedPages < s.totalPages && s.query.trim() !== '';
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (e.shiftKey) find.previous();
      else find.next();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      find.close();
    }
  };
  let count = '';
  if (s.query.trim()) {
    count = s.hits.length === 0
      ? (searching ? '' : t('reader.findNone'))
      : t('reader.findCount', { current: formatNumber(Math.max(0, s.current) + 1), total: formatNumber(s.hits.length) });
  }
  return (
    <div className="reader-findbar" role="search" data-testid="find-bar">
      <input
        type="search"
        data-testid="find-input"
        aria-label={t('reader.findPlaceholder')}
        placeholder={t('reader.findPlaceholder')}
        value={s.query}
        autoFocus
        onChange={(e) => find.setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="reader-find-count" data-testid="find-count" aria-live="polite">{count}</span>
      {searching && (
        <span className="reader-find-progress muted small" data-testid="find-progress">
          {t('reader.findProgress', { loaded: formatNumber(s.loadedPages), total: formatNumber(s.totalPages) })}
        </span>
      )}
      <button type="button" onClick={() => find.previous()} disabled={s.hits.length === 0} data-testid="find-previous" title={t('reader.findPrevious')} aria-label={t('reader.findPrevious')}>
        ↑
      </button>
      <button type="button" onClick={() => find.next()} disabled={s.hits.length === 0} data-testid="find-next" title={t('reader.findNext')} aria-label={t('reader.findNext')}>
        ↓
      </button>
      <button type="button" onClick={() => find.close()} data-testid="find-close" title={t('reader.findClose')} aria-label={t('reader.findClose')}>
        ✕
      </button>
    </div>
  );
}
