// The top bar's "Share" menu: send the project, open a received file, merge from a colleague's
// file, REFI-QDA export and import. Items that need an open project are disabled without one.
import { useEffect, useRef, useState } from 'react';
import './share.css';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { projectStore } from '../project/project-store';
import {
  exportQdpxCommand, importQdpxCommand, mergeFromCommand, openReceivedCommand, sendProjectCommand, shareStore, showTeam,
} from './share-store';

interface Item { id: string; label: string; needsProject: boolean; run: () => void }

export function ShareMenu() {
  const { t } = useT();
  const { project } = useStore(projectStore);
  const { busy } = useStore(shareStore);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const groups: Item[][] = [
    [
      { id: 'send', label: t('share.menu.send'), needsProject: true, run: () => void sendProjectCommand() },
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
    <div className="share-menu" ref={ref}>
      <button type="button" data-testid="topbar-share" aria-haspopup="menu" aria-expanded={open} disabled={!!busy} onClick={() => setOpen(!open)}>
        {busy ? t('share.working') : t('share.menu.button')}
        <span className="caret">▾</span>
      </button>
      {open && (
        <div className="share-menu-popup" role="menu" aria-label={t('share.menu.button')}>
          {groups.map((items, gi) => (
            <div key={gi} className="share-menu-group">
              {items.map((item) => (
                <button
                  key={item.id}
                  type="button"
                  role="menuitem"
                  className="share-menu-item"
                  data-testid={`share-menu-${item.id}`}
                  disabled={item.needsProject && !project}
                  onClick={() => {
                    setOpen(false);
                    item.run();
                  }}
                >
                  {item.label}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
