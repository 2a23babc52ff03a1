// The "Team" view: inter-coder agreement, merge conflicts and the project's history, with the
// sharing commands at hand (send, merge from…, REFI-QDA) for a team that codes in parallel.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { AgreementView } from '../agreement/AgreementView';
import { HistoryView } from '../history/HistoryView';
import { ConflictsView } from './ConflictsView';
import { mergeFromCommand, sendProjectCommand, shareStore, showTeam, type TeamTab } from './share-store';
import './share.css';

const TABS: TeamTab[] = ['agreement', 'conflicts', 'history'];

/** Open conflicts, for the badge on the Conflicts tab. */
function useOpenConflictCount(revision: number): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    api['merge.conflicts']({ status: 'open' }).then((list) => live && setN(list.length), () => undefined);
    return () => {
      live = false;
    };
  }, [revision]);
  return n;
}

export function TeamView() {
  const { t } = useT();
  const { teamTab, revision, busy } = useStore(shareStore);
  const open = useOpenConflictCount(revision);
  return (
    <div className="team-view" data-testid="team-view">
      <div className="analysis-tabs team-tabs" role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={teamTab === tab}
            className={teamTab === tab ? 'tab active' : 'tab'}
            data-testid={`team-tab-${tab}`}
            onClick={() => showTeam(tab)}
          >
            {t(`share.team.${tab}`)}
            {tab === 'conflicts' && open > 0 && <span className="badge warn" data-testid="open-conflicts-badge">{open}</span>}
          </button>
        ))}
        <span className="spacer" />
        <button type="button" disabled={!!busy} data-testid="team-merge" onClick={() => void mergeFromCommand()}>{t('share.menu.merge')}</button>
        <button type="button" disabled={!!busy} onClick={() => void sendProjectCommand()}>{t('share.menu.send')}</button>
      </div>
      <div className="team-body">
        {teamTab === 'agreement' && <AgreementView />}
        {teamTab === 'conflicts' && <ConflictsView />}
        {teamTab === 'history' && <HistoryView />}
      </div>
    </div>
  );
}
