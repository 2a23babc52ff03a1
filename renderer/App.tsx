// The application shell: top bar, then the welcome screen (no project), the library, the
// search results, the codebook or the reader; plus the import panel, drop overlay and dialogs on top.
// Wires backend events (project.changed, import.progress, menu.command) to the stores.
import { lazy, Suspense, useEffect } from 'react';
import type { MenuCommand } from '../shared/contract';
import { onEvent } from './api';
import { useT } from './i18n/i18n';
import { useStore } from './state/store';
import { DropOverlay } from './features/import/DropOverlay';
import { FilePicker } from './features/import/FilePicker';
import { ImportPanel } from './features/import/ImportPanel';
import { importCommand } from './features/import/import-commands';
import { subscribeImportEvents } from './features/import/import-store';
import { CodebookView } from './features/codebook/CodebookView';
import { MemoManager } from './features/memos/MemoManager';
import { resetAnalysis } from './features/analysis/analysis-store';
import { resetNetwork } from './features/analysis/network-store';
import { EvidenceView } from './features/evidence/EvidenceView';
import { resetEvidence, subscribeEvidenceEvents } from './features/evidence/evidence-store';
import { ExportDialog } from './features/export/ExportDialog';
import { AnnotationSourcesDialog } from './features/annotation-sources/AnnotationSourcesDialog';
import { ZoteroImportDialog } from './features/zotero/ZoteroImportDialog';
import { openZoteroImport } from './features/zotero/zotero-store';
import { subscribeExportEvents } from './features/export/export-store';
import { LibraryView } from './features/library/LibraryView';
import { clearDocuments, refreshDocuments } from './features/library/library-store';
import {
  initApp, newProjectCommand, openProjectCommand, projectStore, refreshProject, saveAsCommand, subscribeProjectEvents,
} from './features/project/project-store';
import { BackupsDialog } from './features/project/BackupsDialog';
import { openBackups } from './features/project/backups-store';
import { SearchView } from './features/search/SearchView';
import { ShareDialogs } from './features/share/ShareDialogs';
import { TeamView } from './features/share/TeamView';
import { resetAgreement } from './features/agreement/agreement-store';
import { resetSearch } from './features/search/search-store';
import { CoderFileNotice } from './features/settings/CoderFileNotice';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { DialogHost } from './features/shell/DialogHost';
import { preloadReaderWhenIdle, ReaderHost } from './features/shell/ReaderHost';
import { SEARCH_INPUT_ID, TopBar } from './features/shell/TopBar';
import { Welcome } from './features/shell/Welcome';
import { closeReader, setSettingsOpen, viewStore } from './features/shell/view-store';
import { installUndoShortcuts, undoCommand } from './features/shortcuts/undo-shortcuts';
import { linkRoutes } from './features/links/link-routes';
import { openPendingPassage } from './features/links/passage-focus';

// The analysis views bring recharts (~400 kB): a separate chunk, loaded when first shown.
const AnalysisView = lazy(() => import('./features/analysis/AnalysisView').then((m) => ({ default: m.AnalysisView })));

function focusSearch() {
  const el = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
  el?.focus();
  el?.select();
}

/** Menu commands the shell handles; view.* and edit.find inside the reader are the reader's own. */
function onMenuCommand(command: MenuCommand) {
  switch (command) {
    case 'project.new': return void newProjectCommand();
    case 'project.open': return void openProjectCommand();
    case 'project.saveAs': return void saveAsCommand();
    case 'project.backups': return void openBackups();
    case 'import.pdfs': return void importCommand();
    case 'import.zotero': return void openZoteroImport();
    case 'app.settings': return setSettingsOpen(true);
    case 'edit.find': if (!viewStore.getSnapshot().reader) focusSearch(); return;
    case 'edit.undo': return undoCommand('undo');
    case 'edit.redo': return undoCommand('redo');
    default: return;
  }
}

// Imports report every page; refresh the list at most every 500 ms while files keep finishing.
let refreshTimer: ReturnType<typeof setTimeout> | null = null;
function scheduleLibraryRefresh() {
  if (refreshTimer) return;
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    void refreshDocuments();
    void refreshProject();
  }, 500);
}

export function App() {
  const { t } = useT();
  const { loaded, project } = useStore(projectStore);
  const { view, reader, settingsOpen } = useStore(viewStore);
  const projectKey = project ? `${project.id}:${project.path}` : null;

  useEffect(() => {
    void initApp();
    const offs = [
      subscribeProjectEvents(() => undefined),
      subscribeImportEvents(scheduleLibraryRefresh),
      onEvent('menu.command', ({ command }) => onMenuCommand(command)),
      subscribeEvidenceEvents(() => ['evidence', 'analysis'].includes(viewStore.getSnapshot().view)),
      subscribeExportEvents(),
      // A removal, its undo or redo, a restored backup: the list and the counts change.
      onEvent('documents.changed', () => {
        void refreshDocuments();
        void refreshProject();
      }),
      installUndoShortcuts(),
      ...linkRoutes(),
    ];
    return () => offs.forEach((off) => off());
  }, []);

  // A different project (or none): reload the documents, drop search results and the reader.
  useEffect(() => {
    closeReader();
    resetSearch();
    resetEvidence();
    resetAnalysis();
    resetNetwork();
    resetAgreement();
    if (projectKey) {
      void refreshDocuments();
      preloadReaderWhenIdle();
      openPendingPassage(projectKey);
    } else clearDocuments();
  }, [projectKey]);

  let content;
  if (!loaded) content = <main className="loading-screen">{t('common.loading')}</main>;
  else if (!project) content = <Welcome />;
  else
    content = (
      <>
        {/* The library stays mounted under the reader so its scroll and selection survive. */}
        <div className="view-slot" hidden={!!reader || view !== 'library'}><LibraryView /></div>
        <div className="view-slot" hidden={!!reader || view !== 'search'}><SearchView /></div>
        {view === 'codebook' && !reader && <div className="view-slot"><CodebookView /></div>}
        {/* The evidence browser stays mounted under the reader: back from a passage, the list is where it was. */}
        <div className="view-slot" hidden={!!reader || view !== 'evidence'}><EvidenceView visible={!reader && view === 'evidence'} /></div>
        {view === 'analysis' && !reader && (
          <div className="view-slot">
            <Suspense fallback={<main className="loading-screen">{t('common.loading')}</main>}><AnalysisView visible /></Suspense>
          </div>
        )}
        {view === 'memos' && !reader && <div className="view-slot"><MemoManager /></div>}
        {view === 'team' && !reader && <div className="view-slot"><TeamView /></div>}
        {reader && <div className="view-slot"><ReaderHost target={reader} onClose={closeReader} /></div>}
      </>
    );

  return (
    <div className="app" data-testid="app" data-project={project ? 'open' : 'none'}>
      <TopBar />
      <CoderFileNotice />
      <div className="app-body">{content}</div>
      <ImportPanel />
      <DropOverlay />
      <FilePicker />
      {project && <BackupsDialog projectPath={project.path} />}
      <DialogHost />
      <ExportDialog />
      <AnnotationSourcesDialog />
      <ZoteroImportDialog />
      <ShareDialogs />
      {settingsOpen && <SettingsDialog />}
    </div>
  );
}
