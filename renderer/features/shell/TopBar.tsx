// The top bar: project name, project commands, view tabs, the project search box and settings.
import { useT, formatNumber } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { importCommand } from '../import/import-commands';
import { newProjectCommand, openProjectCommand, projectStore, saveAsCommand } from '../project/project-store';
import { runSearch, searchStore, setSearchText } from '../search/search-store';
import { openBackups } from '../project/backups-store';
import { ShareMenu } from '../share/ShareMenu';
import { MenuButton } from './MenuButton';
import { setSettingsOpen, showView, viewStore } from './view-store';

export const SEARCH_INPUT_ID = 'project-search-input';

export function TopBar() {
  const { t } = useT();
  const { project, busy } = useStore(projectStore);
  const { view, reader } = useStore(viewStore);
  const { text, total, searched } = useStore(searchStore);

  return (
    <header className="topbar" data-testid="topbar">
      <div className="brand" aria-hidden="true">Glossa</div>
      <div className="project-name" data-testid="project-name" title={project?.path ?? ''}>
        {project ? project.name : t('shell.noProject')}
      </div>
      <nav className="toolbar" aria-label={t('shell.projectCommands')}>
        <MenuButton label={t('shell.projectMenu')} testId="topbar-project-menu" disabled={busy}>
          <button type="button" role="menuitem" data-testid="topbar-new" onClick={() => void newProjectCommand()}>
            {t('shell.new')}
          </button>
          <button type="button" role="menuitem" data-testid="topbar-open" onClick={() => void openProjectCommand()}>
            {t('shell.open')}
          </button>
          <button type="button" role="menuitem" data-testid="topbar-save-as" disabled={!project} onClick={() => void saveAsCommand()}>
            {t('shell.saveAs')}
          </button>
          <button type="button" role="menuitem" data-testid="topbar-backups" disabled={!project} onClick={() => void openBackups()}>
            {t('shell.backups')}
          </button>
        </MenuButton>
        <button
          type="button"
          className="primary"
          data-testid="topbar-import"
          disabled={busy || !project}
          onClick={() => void importCommand()}
        >
          {t('shell.import')}
        </button>
        <ShareMenu />
      </nav>
      {project && (
        <nav className="tabs" aria-label={t('shell.views')}>
          <button
            type="button"
            className={view === 'library' && !reader ? 'tab active' : 'tab'}
            data-testid="tab-library"
            onClick={() => showView('library')}
          >
            {t('shell.library')} <span className="count">{formatNumber(project.documentCount)}</span>
          </button>
          <button
            type="button"
            className={view === 'search' && !reader ? 'tab active' : 'tab'}
            data-testid="tab-search"
            onClick={() => showView('search')}
          >
            {t('shell.searchResults')}
            {searched !== null && <span className="count">{formatNumber(total)}</span>}
          </button>
          <button
            type="button"
            className={view === 'codebook' && !reader ? 'tab active' : 'tab'}
            data-testid="tab-codebook"
            onClick={() => showView('codebook')}
          >
            {t('codebook.tab')}
          </button>
          <button
            type="button"
            className={view === 'evidence' && !reader ? 'tab active' : 'tab'}
            data-testid="tab-evidence"
            onClick={() => showView('evidence')}
          >
            {t('evidence.tab')}
          </button>
          <button
            type="button"
            className={view === 'analysis' && !reader ? 'tab active' : 'tab'}
            data-testid="tab-analysis"
            onClick={() => showView('analysis')}
          >
            {t('analysis.tab')}
          </button>
          <button
            type="button"
            className={view === 'memos' && !reader ? 'tab active' : 'tab'}
            data-testid="tab-memos"
            onClick={() => showView('memos')}
          >
            {t('memos.manager.tab')}
          </button>
          <button
            type="button"
            className={view === 'team' && !reader ? 'tab active' : 'tab'}
            data-testid="tab-team"
            onClick={() => showView('team')}
          >
            {t('share.teamTab')}
          </button>
        </nav>
      )}
      <div className="spacer" />
      {project && (
        <form
          className="search-form"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            showView('search');
            void runSearch(text);
          }}
        >
          <input
            id={SEARCH_INPUT_ID}
            type="search"
            data-testid="search-input"
            placeholder={t('search.placeholder')}
            aria-label={t('search.label')}
            value={text}
            onChange={(e) => setSearchText(e.target.value)}
          />
        </form>
      )}
      <button
        type="button"
        className="icon-button"
        data-testid="topbar-settings"
        aria-label={t('settings.title')}
        title={t('settings.title')}
        onClick={() => setSettingsOpen(true)}
      >
        ⚙
      </button>
    </header>
  );
}
