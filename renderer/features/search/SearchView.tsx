// Project search results: hit count, attribute filters, the exact-form toggle, one row per
// matching page with the document title, page number (1-based) and a snippet whose matches are
// built as <mark> elements (never innerHTML). A click opens the reader at that page with the
// words as they occur there highlighted (торговли for a search for торговля). Two more panels
// show the hits in context (KWIC) and the word frequencies of the selected documents.
import { useEffect, useMemo } from 'react';
import type { SearchHit } from '../../../shared/domain/search';
import { documentPageLabels } from '../../../shared/pdf/page-labels';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { AttributeFilters } from '../library/AttributeFilters';
import { libraryStore } from '../library/library-store';
import { openReader } from '../shell/view-store';
import { ConcordancePanelSwitch, PANELS } from './PanelSwitch';
import { concordanceStore, refreshConcordance } from './concordance-store';
import { loadMore, searchStore, setSearchExact, setSearchFilter } from './search-store';
import { SearchSuggestions } from './SearchSuggestions';
import { parseSnippet } from './snippet';
import './search.css';

function Snippet({ text }: { text: string }) {
  return (
    <span className="snippet">
      {parseSnippet(text).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}

/** The hit's page as the report prints it ("p. iv · PDF 7"), or the PDF page when they agree. */
function usePageText(hit: SearchHit): string {
  const { t } = useT();
  const doc = useStore(libraryStore).docs.find((d) => d.id === hit.documentId);
  const labels = useMemo(() => (doc ? documentPageLabels(doc) : null), [doc]);
  const pdf = hit.pageIndex + 1;
  const printed = labels?.[hit.pageIndex];
  return printed && printed !== String(pdf) ? t('search.pagePrinted', { page: printed, pdf: formatNumber(pdf) }) : t('search.page', { page: formatNumber(pdf) });
}

function HitRow({ hit, terms }: { hit: SearchHit; terms: string[] }) {
  const pageText = usePageText(hit);
  // The words as they stand on this page: a stemmed hit's form differs from the typed one.
  const open = () => openReader(hit.documentId, hit.pageIndex, hit.terms?.length ? hit.terms : terms);
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
          <span className="search-hit-page">{pageText}</span>
        </span>
        <Snippet text={hit.snippet} />
      </button>
    </li>
  );
}

export function SearchView() {
  const { t } = useT();
  const { hits, total, totalExact, terms, loading, error, searched, filter, exact, suggestions } = useStore(searchStore);
  const { panel, error: panelError } = useStore(concordanceStore);
  const Panel = panel === 'pages' ? null : PANELS[panel];
  // A new search from the top bar refreshes the KWIC lines shown.
  useEffect(() => {
    if (concordanceStore.getSnapshot().panel === 'kwic') void refreshConcordance();
  }, [searched]);
  return (
    <main className="search-view" data-testid="search-panel">
      <div className="library-toolbar">
        <AttributeFilters value={filter} testIdPrefix="search" onChange={(v) => void setSearchFilter({
          ...v, yearFrom: v.yearFrom ?? undefined, yearTo: v.yearTo ?? undefined,
        }).then(refreshConcordance)} />
        <label className="search-toggle" title={t('searchStem.exactHint')}>
          <input type="checkbox" data-testid="search-exact" checked={exact} onChange={(e) => void setSearchExact(e.target.checked).then(refreshConcordance)} />
          {t('searchStem.exact')}
        </label>
        <ConcordancePanelSwitch />
        <div className="spacer" />
        {panel === 'pages' && searched !== null && !error && (
          <span className="muted" data-testid="search-count" data-total={total} data-total-exact={totalExact}>
            {t(totalExact ? 'search.count' : 'searchScale.countAtLeast', { count: total, query: searched })}
          </span>
        )}
      </div>
      {error && <div className="error-box" data-testid="search-error">{error}</div>}
      {panelError && panel !== 'pages' && <div className="error-box" data-testid="concordance-error">{panelError}</div>}
      {Panel && <Panel />}
      {panel === 'pages' && searched === null && !error && (
        <div className="empty-state"><p>{t('search.hint')}</p><p className="search-help muted">{t('searchStem.syntax')}</p></div>
      )}
      {panel === 'pages' && searched !== null && !error && total === 0 && !loading && <SearchSuggestions query={searched} suggestions={suggestions} />}
      {panel === 'pages' && hits.length > 0 && (
        <div className="table-scroll">
          <ol className="search-hits" data-testid="search-hits">
            {hits.map((h) => <HitRow key={`${h.documentId}:${h.pageIndex}`} hit={h} terms={terms} />)}
          </ol>
          {(hits.length < total || !totalExact) && (
            <div className="more-row">
              <button type="button" data-testid="search-more" disabled={loading} onClick={() => void loadMore()}>
                {t(totalExact ? 'search.more' : 'searchScale.moreAtLeast', { shown: formatNumber(hits.length), total: formatNumber(total) })}
              </button>
            </div>
          )}
        </div>
      )}
      {loading && <div className="loading-line" data-testid="search-loading">{t('common.loading')}</div>}
    </main>
  );
}
