// The top bar's "Share" menu (the shell's MenuButton): send the project (also for independent
// coding), open a received file,
// merge from a colleague's file, the team views, REFI-QDA export and import. Items that need an
// open project are disabled without one.
import { Fragment } from 'react';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { projectStore } from '../project/project-store';
import { MenuButton } from '../shell/MenuButton';
import {
  exportQdpxCommand, importQdpxCommand, mergeFromCommand, openReceivedCommand, sendForIndependentCodingCommand, sendProjectCommand, shareStore, showTeam,
} from './share-store';
import './share.css';

interface Item { id: string; label: string; needsProject: boolean; run: () => void }

export function ShareMenu() {
  const { t } = useT();
  const { project } = useStore(projectStore);
  const { busy, working } = useStore(shareStore);

  const groups: Item[][] = [
    [
      { id: 'send', label: t('share.menu.send'), needsProject: true, run: () => void sendProjectCommand() },
      { id: 'send-independent', label: t('independent.menuSend'), needsProject: true, run: () => void sendForIndependentCodingCommand() },
      { id: 'open-received', label: t('share.menu.openReceived'), needsProject: false, run: () => void openReceivedCommand() },
      { id: 'merge', label: t('share.menu.merge'), needsProject: true, run: () => void mergeFromCommand() },
    ],
    [
      { id: 'agreement', label: t('share.menu.agreement'), needsProject: true, run: () => showTeam('agreement') },
      { id: 'conflicts', label: t('share.menu.conflicts'), needsProject: true, run: () => showTeam('conflicts') },
      { id: 'history', label: t('share.menu.history'), needsProject: true, run: () => showTeam('history') },
    ],
    [
      { id: 'qdpx-export', label: t('share.menu.qdpxExport'), needsProject: true, run: () => void exportQdpxCommand() },
      { id: 'qdpx-import', label: t('share.menu.qdpxImport'), needsProject: false, run: () => void importQdpxCommand() },
    ],
  ];

  return (
    <MenuButton label={working ? t('share.working') : t('share.menu.button')} testId="topbar-share" disabled={!!busy}>
      {groups.map((items, gi) => (
        <Fragment key={gi}>
          {gi > 0 && <hr />}
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              data-testid={`share-menu-${item.id}`}
              disabled={item.needsProject && !project}
              onClick={item.run}
            >
              {item.label}
            </button>
          ))}
        </Fragment>
      ))}
    </MenuButton>
  );
}
