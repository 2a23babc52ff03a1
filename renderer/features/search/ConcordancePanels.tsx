// The search view's word panels: KwicPanel (one line per hit of the current search, the
// inflected word centred, left and right context) and WordFrequencyPanel (the most frequent
// words of the selected documents, grouped by stem unless exact forms are asked for). Both
// save as CSV. A KWIC line opens the reader on its page with the word highlighted.
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { openReader } from '../shell/view-store';
import { concordanceStore, downloadKwicCsv, downloadWordsCsv, setWordsExact } from './concordance-store';
import { normalizeTerm } from './search-terms';

export function KwicPanel() {
  const { t } = useT();
  const { kwic, loading } = useStore(concordanceStore);
  if (!kwic) return loading ? null : <div className="empty-state"><p>{t('concordance.kwicHint')}</p></div>;
  return (
    <div className="concordance" data-testid="kwic-panel">
      <div className="concordance-head">
        <span className="muted" data-testid="kwic-count">{t('concordance.kwicCount', { count: kwic.total })}{kwic.lines.length < kwic.total ? ` ${t('concordance.shown', { shown: formatNumber(kwic.lines.length) })}` : ''}</span>
        <button type="button" data-testid="kwic-csv" disabled={kwic.total === 0} onClick={() => void downloadKwicCsv()}>{t('concordance.csv')}</button>
      </div>
      <div className="table-scroll">
        <table className="concordance-table kwic-table" data-testid="kwic-table">
          <thead>
            <tr><th className="kwic-left">{t('concordance.left')}</th><th>{t('concordance.match')}</th><th>{t('concordance.right')}</th><th>{t('concordance.source')}</th></tr>
          </thead>
          <tbody>
            {kwic.lines.map((l, i) => (
              <tr key={i} data-testid="kwic-line" className="kwic-line" onClick={() => openReader(l.documentId, l.pageIndex, [normalizeTerm(l.match)])}>
                <td className="kwic-left"><span>{l.left}</span></td>
                <td className="kwic-match"><mark>{l.match}</mark></td>
                <td className="kwic-right">{l.right}</td>
                <td className="kwic-source">{l.documentTitle}, {t('search.page', { page: formatNumber(l.pageIndex + 1) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function WordFrequencyPanel() {
  const { t } = useT();
  const { words, wordsExact, loading } = useStore(concordanceStore);
  return (
    <div className="concordance" data-testid="words-panel">
      <div className="concordance-head">
        <label className="checkbox-row inline">
          <input type="checkbox" data-testid="words-exact" checked={wordsExact} onChange={(e) => void setWordsExact(e.target.checked)} />
          {t('concordance.wordsExact')}
        </label>
        {words && (
          <span className="muted" data-testid="words-summary">
            {t('concordance.wordsSummary', { count: words.totalWords, distinct: formatNumber(words.distinct), documents: formatNumber(words.documentCount) })}
          </span>
        )}
        <button type="button" data-testid="words-csv" disabled={!words || words.words.length === 0} onClick={() => void downloadWordsCsv()}>{t('concordance.csv')}</button>
      </div>
      {words && (
        <div className="table-scroll">
          <table className="concordance-table words-table" data-testid="words-table">
            <thead>
              <tr><th>{t('concordance.word')}</th><th className="num">{t('concordance.count')}</th><th className="num">{t('concordance.documents')}</th><th>{t('concordance.forms')}</th></tr>
            </thead>
            <tbody>
              {words.words.map((w) => (
                <tr key={w.word} data-testid="word-row">
                  <td className="word-cell">{w.word}</td>
                  <td className="num">{formatNumber(w.count)}</td>
                  <td className="num">{formatNumber(w.documents)}</td>
                  <td className="muted forms-cell">{w.forms.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!words && !loading && <div className="empty-state"><p>{t('common.loading')}</p></div>}
    </div>
  );
}
