// The evidence browser (code-and-retrieve): every coded passage of the project, filtered by
// codes (tree on the left), document attributes, cases and case countries (CaseFilters.tsx),
// coder (and the shared coder view), text and a coding query (QueryFilter.tsx); grouped by code
// or document.
// The same filter is the "current selection" of the analysis views and of the export dialog.
import { useEffect, useState } from 'react';
import './evidence.css';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { openExportDialog } from '../export/export-store';
import { AttributeFilters } from '../library/AttributeFilters';
import { CheckboxMenu } from '../shell/CheckboxMenu';
import { viewOfCoderIds } from '../coding/coder-view';
import { coderViewStore, setCoderView } from '../coding/coder-view-store';
import { CoderSwitch } from '../coding/CoderSwitch';
import { CodeFilterTree } from './CodeFilterTree';
import { EvidenceList } from './EvidenceList';
import { QueryFilter } from './QueryFilter';
import { CaseFilters } from './CaseFilters';
import { BulkCodingBar } from './BulkCodingBar';
import { CitationPicker } from '../citation/CitationPicker';
import { citationChoiceOf, saveCitationChoice } from '../citation/citation-choice';
import { projectStore } from '../project/project-store';
import { isFiltered, toggleId } from './evidence-logic';
import { clearEvidenceFilter, evidenceStore, loadMoreEvidence, openEvidence, setEvidenceFilter, setGroupBy } from './evidence-store';

/** Typing pauses of 300 ms before the text filter queries: one query per word, not per key. */
const TEXT_DEBOUNCE_MS = 300;

function TextFilter({ value }: { value: string }) {
  const { t } = useT();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => void setEvidenceFilter({ text }), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);
  return (
    <input
      type="search"
      className="evidence-text"
      placeholder={t('evidence.textPlaceholder')}
      aria-label={t('evidence.textPlaceholder')}
      data-testid="evidence-text"
      value={text}
      onChange={(e) => setText(e.target.value)}
    />
  );
}

/** The filter bar shared by the evidence browser and the analysis views. */
export function EvidenceFilterBar({ testIdPrefix }: { testIdPrefix: string }) {
  const { t } = useT();
  const { filter, coders } = useStore(evidenceStore);
  const { me } = useStore(coderViewStore);
  return (
    <div className="library-toolbar evidence-toolbar">
      <AttributeFilters
        value={filter}
        testIdPrefix={testIdPrefix}
        onChange={(v) => void setEvidenceFilter({ ...v, yearFrom: v.yearFrom ?? undefined, yearTo: v.yearTo ?? undefined })}
      />
      <CaseFilters testIdPrefix={testIdPrefix} />
      <CheckboxMenu
        label={t('evidence.coder')}
        options={coders.map((c) => ({ id: c.id, label: c.name }))}
        selected={filter.coderIds ?? []}
        onToggle={(id) => void setEvidenceFilter({ coderIds: toggleId(filter.coderIds, id) })}
        onClear={() => void setEvidenceFilter({ coderIds: [] })}
        clearLabel={t('filters.clear')}
        testId={`${testIdPrefix}-filter-coders`}
      />
      <CoderSwitch
        testId={`${testIdPrefix}-coder-view`}
        value={filter.coderIds === undefined ? undefined : viewOfCoderIds(filter.coderIds, me?.id ?? null)}
        onChange={(view) => {
          setCoderView(view);
          void setEvidenceFilter({ coderIds: undefined });
        }}
      />
      <TextFilter value={filter.text ?? ''} />
      <QueryFilter value={filter.query ?? ''} testIdPrefix={testIdPrefix} />
      <label className="evidence-exemplars" title={t('evidence.exemplarsOnlyHint')}>
        <input
          type="checkbox"
          data-testid={`${testIdPrefix}-exemplars-only`}
          checked={!!filter.exemplarsOnly}
          onChange={(e) => void setEvidenceFilter({ exemplarsOnly: e.target.checked || undefined })}
        />{' '}
        ★ {t('evidence.exemplarsOnly')}
      </label>
      {isFiltered(filter) && (
        <button type="button" className="link" data-testid={`${testIdPrefix}-clear-all`} onClick={() => void clearEvidenceFilter()}>
          {t('evidence.clearAll')}
        </button>
      )}
    </div>
  );
}

export function EvidenceView({ visible }: { visible: boolean }) {
  const { t, locale } = useT();
  const { filter, groupBy, items, total, groupTotals, loading, error, stale } = useStore(evidenceStore);
  const { settings } = useStore(projectStore);
  useEffect(() => {
    if (visible && stale) void openEvidence();
  }, [visible, stale]);
  return (
    <main className="evidence-view" data-testid="evidence-panel">
      <CodeFilterTree filter={filter} />
      <div className="evidence-main">
        <EvidenceFilterBar testIdPrefix="evidence" />
        <div className="evidence-subbar">
          <span className="muted" data-testid="evidence-count" data-total={total}>
            {t(groupBy === 'code' ? 'evidence.countCodings' : 'evidence.countPassages', { count: total, n: formatNumber(total) })}
          </span>
          <label>
            {t('evidence.groupBy')}{' '}
            <select value={groupBy} data-testid="evidence-group-by" onChange={(e) => void setGroupBy(e.target.value as 'code' | 'document')}>
              <option value="code">{t('evidence.byCode')}</option>
              <option value="document">{t('evidence.byDocument')}</option>
            </select>
          </label>
          <span className="spacer" />
          {/* The style and locale "Copy with citation" cites in (saved per installation). */}
          <CitationPicker value={citationChoiceOf(settings, locale)} testId="evidence-citation" onChange={(p) => void saveCitationChoice(p)} />
          <button type="button" className="primary" data-testid="evidence-export" onClick={() => openExportDialog()}>
            {t('export.button')}
          </button>
        </div>
        <BulkCodingBar />
        {error && <div className="error-box" data-testid="evidence-error">{error}</div>}
        {!error && !loading && total === 0 && (
          <div className="empty-state" data-testid="evidence-empty">
            <p>{isFiltered(filter) ? t('evidence.noMatches') : t('evidence.nothingCoded')}</p>
          </div>
        )}
        {items.length > 0 && (
          <div className="table-scroll" data-testid="evidence-list">
            <EvidenceList items={items} groupBy={groupBy} groupTotals={groupTotals} selectable />
            {items.length < total && (
              <div className="more-row">
                <button type="button" data-testid="evidence-more" disabled={loading} onClick={() => void loadMoreEvidence()}>
                  {t('evidence.more', { shown: formatNumber(items.length), total: formatNumber(total) })}
                </button>
              </div>
            )}
          </div>
        )}
        {loading && <div className="loading-line">{t('common.loading')}</div>}
      </div>
    </main>
  );
}
