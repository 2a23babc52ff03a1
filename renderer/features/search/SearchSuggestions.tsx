// The empty search result: what was searched, and what would find something — each
// suggestion comes counted from the backend and runs on a click — plus a short reminder of
// the query syntax.
import type { SearchSuggestion } from '../../../shared/domain/search';
import { useT } from '../../i18n/i18n';
import { applySuggestion } from './search-store';

export function SearchSuggestions({ query, suggestions }: { query: string; suggestions: SearchSuggestion[] }) {
  const { t } = useT();
  return (
    <div className="empty-state" data-testid="search-empty">
      <p>{t('search.noHits', { query })}</p>
      {suggestions.length > 0 && (
        <>
          <p>{t('searchStem.tryThese')}</p>
          <ul className="suggestions" data-testid="search-suggestions">
            {suggestions.map((s) => (
              <li key={`${s.kind}:${s.text}`} className="suggestion">
                <button type="button" data-testid={`search-suggestion-${s.kind}`} onClick={() => void applySuggestion(s)}>
                  {t(`searchStem.suggestion.${s.kind}`, { query: s.text })}
                </button>
                <span className="muted">{t('searchStem.suggestionPages', { count: s.total })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="search-help muted" data-testid="search-syntax-help">{t('searchStem.syntax')}</p>
    </div>
  );
}
