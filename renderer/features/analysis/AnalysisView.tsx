// The analysis views over the evidence browser's current selection (same filter bar): code
// frequencies by organisation / country / year, the co-occurrence heat map and the
// document x code matrix, and the partnership network.
import { useEffect } from 'react';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { EvidenceFilterBar } from '../evidence/EvidenceView';
import { evidenceStore, openEvidence } from '../evidence/evidence-store';
import { analysisStore, loadTables, setTab, type AnalysisTab } from './analysis-store';
import { CooccurrencePanel } from './CooccurrencePanel';
import { DocumentMatrixPanel } from './DocumentMatrixPanel';
import { FrequencyPanel } from './FrequencyPanel';
import { NetworkPanel } from './NetworkPanel';

const TABS: AnalysisTab[] = ['frequencies', 'cooccurrence', 'documents', 'network'];

export function AnalysisView({ visible }: { visible: boolean }) {
  const { t } = useT();
  const { tab, dimension, tables, loading, error } = useStore(analysisStore);
  const { revision, stale } = useStore(evidenceStore);
  useEffect(() => {
    if (!visible) return;
    // The filter bar's coder list and the codebook come with the evidence browser's data.
    if (stale) void openEvidence();
    void loadTables();
  }, [visible, revision, stale]);
  return (
    <main className="analysis-view" data-testid="analysis-panel">
      <EvidenceFilterBar testIdPrefix="analysis" />
      <div className="analysis-tabs" role="tablist">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} data-testid={`analysis-tab-${id}`} onClick={() => setTab(id)}>
            {t(`analysis.tabs.${id}`)}
          </button>
        ))}
        <span className="spacer" />
        {tables && (
          <span className="muted" data-testid="analysis-summary">
            {t('analysis.summary', { passages: formatNumber(tables.passageCount), codings: formatNumber(tables.codingCount) })}
          </span>
        )}
      </div>
      {error && <div className="error-box">{error}</div>}
      {loading && !tables && <div className="loading-line">{t('common.loading')}</div>}
      {tables && tables.codingCount === 0 && <div className="empty-state"><p>{t('analysis.empty')}</p></div>}
      {tables && tables.codingCount > 0 && (
        <div className="analysis-body">
          {tab === 'frequencies' && <FrequencyPanel tables={tables} dimension={dimension} />}
          {tab === 'cooccurrence' && <CooccurrencePanel tables={tables} />}
          {tab === 'documents' && <DocumentMatrixPanel tables={tables} />}
          {tab === 'network' && <NetworkPanel />}
        </div>
      )}
    </main>
  );
}
