// The coding side of the reader: owns the CodingSession of the open document and mounts the
// annotations panel, the selection popup, the hover tooltip, the shortcuts, the help sheet,
// the auto-coding dialog and the document memo. Mounted by ReaderView's `renderSide`.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { AutocodeDialog } from '../autocode/AutocodeDialog';
import { useCodebookEvents } from '../codebook/codebook-store';
import { MemoEditor } from '../memos/MemoEditor';
import { projectStore } from '../project/project-store';
import type { ReaderController } from '../reader/reader-controller';
import { Modal } from '../shell/Modal';
import { codingKeyAction } from '../shortcuts/coding-keys';
import { ShortcutsHelp } from '../shortcuts/ShortcutsHelp';
import { AnnotationsPanel } from './AnnotationsPanel';
import { CodingSession } from './coding-session';
import { HighlightTooltip } from './HighlightTooltip';
import { loadRecentCodes } from './recent-codes';
import { SelectionPopup } from './SelectionPopup';
import { subscribeUndo } from './undo-store';
import './coding.css';

type Dialog = 'help' | 'autocode' | 'memo' | null;

export function CodingWorkspace({ documentId, controller }: { documentId: string; controller: ReaderController }) {
  const { t } = useT();
  const [session, setSession] = useState<CodingSession | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { status } = useStore(controller.store);
  const project = useStore(projectStore).project;

  useEffect(() => {
    if (project) loadRecentCodes(project.id);
  }, [project]);

  useEffect(() => {
    const offs = [useCodebookEvents(), subscribeUndo()];
    return () => offs.forEach((off) => off());
  }, []);

  // The session (and the panel's first rows) starts with the reader, not after the PDF has
  // loaded: its highlights come from the project, and pages are drawn as their geometry appears.
  const failed = status === 'error';
  useEffect(() => {
    if (failed) return;
    const s = new CodingSession(documentId, controller);
    s.start();
    setSession(s);
    return () => {
      s.dispose();
      setSession(null);
    };
  }, [documentId, controller, failed]);

  useEffect(() => {
    if (!session) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('.modal-backdrop')) return;
      const target = e.target as HTMLElement | null;
      const inTextField = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
      const action = codingKeyAction({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey, inTextField });
      if (!action) return;
      const state = session.store.getSnapshot();
      // Buttons and rows keep Enter for themselves.
      if (action.type === 'openPicker' && e.key === 'Enter' && target && target !== document.body && !target.closest('.reader-scroll')) return;
      switch (action.type) {
        case 'help': setDialog('help'); break;
        case 'applyRecent': void session.applyRecent(action.index); break;
        case 'nextHighlight': session.step(1); break;
        case 'previousHighlight': session.step(-1); break;
        case 'deleteHighlight':
          if (!state.selectedId) return;
          void session.remove(state.selectedId);
          break;
        case 'openPicker':
          if (session.openForSelection()) break;
          if (!state.selectedId) return;
          session.select(state.selectedId, { popupAt: popupPointFor(state.selectedId) });
          break;
        case 'areaTool': session.setAreaMode(!state.areaMode); break;
        case 'moveEdge':
          // Without a selected text highlight, Shift+arrow keeps extending the text selection.
          if (!session.moveSelectedEdge(action.edge, action.dir, action.step)) return;
          break;
        case 'escape':
          if (state.reattachId) session.startReattach(null);
          else if (state.popup) session.closePopup();
          else if (state.areaMode) session.setAreaMode(false);
          else if (state.selectedId) session.select(null);
          else return;
          break;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session]);

  // Until the document is open, the panel's place is kept empty: the first page (its stored
  // preview, then its canvas) is laid out once, at its final width, and never jumps sideways.
  if (!session) return <aside className="annotations-panel annotations-panel-pending" aria-hidden="true" />;
  return (
    <>
      <AnnotationsPanel
        session={session}
        commands={{ openAutocode: () => setDialog('autocode'), openDocumentMemo: () => setDialog('memo'), openHelp: () => setDialog('help') }}
      />
      <SelectionPopup session={session} />
      <HighlightTooltip session={session} />
      {dialog === 'help' && <ShortcutsHelp onClose={() => setDialog(null)} />}
      {dialog === 'autocode' && <AutocodeDialog documentId={documentId} onClose={() => setDialog(null)} />}
      {dialog === 'memo' && (
        <Modal title={t('memos.documentTitle')} onCancel={() => setDialog(null)} testId="document-memo-dialog" width={560}
          footer={<button type="button" onClick={() => setDialog(null)}>{t('common.close')}</button>}>
          <MemoEditor targetType="document" targetId={documentId} />
        </Modal>
      )}
    </>
  );
}

/** Where the edit popup opens for a highlight chosen from the keyboard: under its first box. */
function popupPointFor(id: string): { x: number; y: number } {
  const el = document.querySelector(`[data-testid="highlight"][data-annotation-id="${CSS.escape(id)}"]`);
  const r = el?.getBoundingClientRect();
  return r ? { x: r.left + r.width / 2, y: r.bottom + 8 } : { x: window.innerWidth / 2, y: window.innerHeight / 3 };
}
