// Switches the search view between the matching pages, the hits in context (KWIC) and the
// word frequencies of the selected documents.
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { KwicPanel, WordFrequencyPanel } from './ConcordancePanels';
import { concordanceStore, type SearchPanel, showPanel } from './concordance-store';

export const PANELS = { kwic: KwicPanel, words: WordFrequencyPanel } as const;

export function ConcordancePanelSwitch() {
  const { t } = useT();
  const { panel } = useStore(concordanceStore);
  return (
    <div className="panel-switch" role="group" aria-label={t('concordance.panels')}>
      {(['pages', 'kwic', 'words'] as SearchPanel[]).map((p) => (
        <button key={p} type="button" data-testid={`search-panel-${p}`} className={panel === p ? 'active' : ''} aria-pressed={panel === p} onClick={() => void showPanel(p)}>
          {t(`concordance.panel.${p}`)}
        </button>
      ))}
    </div>
  );
}
