// Project search results: hit count, attribute filters, one row per matching page with the
// document title, page number (1-based) and a snippet whose matches are built as <mark>
// elements (never innerHTML). A click opens the reader at that page with the terms highlighted.
import type { SearchHit } from '../../../shared/domain/search';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { AttributeFilters } from '../library/AttributeFilters';
import { openReader } from '../shell/view-store';
import { loadMore, searchStore, setSearchFilter } from './search-store';
import { parseSnippet } from './snippet';

function Snippet({ text }: { text: string }) {
  return (
    <span className="snippet">
      {parseSnippet(text).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}

function HitRow({ hit, terms }: { hit: SearchHit; terms: string[] }) {
  const { t } = useT();
  const open = () => openReader(hit.documentId, hit.pageIndex, terms);
  return (
    <li>
      <button
        type="button"
        className="search-hit"
        data-testid="search-hit"
        data-document-id={hit.documentId}
        data-page={hit.pageIndex + 1}
        onClick={open}
      >
        <span className="search-hit-head">
          <span className="search-hit-title">{hit.documentTitle}</span>
          <span className="search-hit-page">{t('search.page', { page: formatNumber(hit.pageIndex + 1) })}</span>
        </span>
        <Snippet text={hit.snippet} />
      </button>
    </li>
  );
}

export function SearchView() {
  const { t } = useT();
  const { hits, total, terms, loading, error, searched, filter } = useStore(searchStore);
  return (
    <main className="search-view" data-testid="search-panel">
      <div className="library-toolbar">
        <AttributeFilters value={filter} testIdPrefix="search" onChange={(v) => void setSearchFilter({
          ...v, yearFrom: v.yearFrom ?? undefined, yearTo: v.yearTo ?? undefined,
        })} />
        <div className="spacer" />
        {searched !== null && !error && (
          <span className="muted" data-testid="search-count" data-total={total}>
            {t('search.count', { count: total, query: searched })}
          </span>
        )}
      </div>
      {error && <div className="error-box" data-testid="search-error">{error}</div>}
      {searched === null && !error && <div className="empty-state"><p>{t('search.hint')}</p></div>}
      {searched !== null && !error && total === 0 && !loading && (
        <div className="empty-state" data-testid="search-empty"><p>{t('search.noHits', { query: searched })}</p></div>
      )}
      {hits.length > 0 && (
        <div className="table-scroll">
          <ol className="search-hits" data-testid="search-hits">
            {hits.map((h) => <HitRow key={`${h.documentId}:${h.pageIndex}`} hit={h} terms={terms} />)}
          </ol>
          {hits.length < total && (
            <div className="more-row">
              <button type="button" data-testid="search-more" disabled={loading} onClick={() => void loadMore()}>
                {t('search.more', { shown: formatNumber(hits.length), total: formatNumber(total) })}
              </button>
            </div>
          )}
        </div>
      )}
      {loading && <div className="loading-line" data-testid="search-loading">{t('common.loading')}</div>}
    </main>
  );
}
