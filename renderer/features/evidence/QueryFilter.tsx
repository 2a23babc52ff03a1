// The coding-query box of the evidence filter bar: a query such as
// "Funding" OVERLAPS "Co-funding" narrows the browser, the analysis tables and exports to the
// passages it finds. Runs on Enter or the Run button (not per key: a half-typed query is
// rarely valid); the operators are listed in its help text; errors show in the browser.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { setEvidenceFilter } from './evidence-store';

export function QueryFilter({ value, testIdPrefix }: { value: string; testIdPrefix: string }) {
  const { t } = useT();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const run = () => void setEvidenceFilter({ query: text.trim() || undefined });
  return (
    <form
      className="query-filter"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        run();
      }}
    >
      <input
        type="search"
        className="evidence-query"
        placeholder={t('codingQuery.placeholder')}
        aria-label={t('codingQuery.label')}
        title={t('codingQuery.help')}
        data-testid={`${testIdPrefix}-query`}
        value={text}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          // Clearing the box (its × or select-all + delete) drops the query at once.
          if (e.target.value === '' && value) void setEvidenceFilter({ query: undefined });
        }}
      />
      <button type="submit" data-testid={`${testIdPrefix}-query-run`} disabled={text.trim() === value.trim()}>
        {t('codingQuery.run')}
      </button>
    </form>
  );
}
