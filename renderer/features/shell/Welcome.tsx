// The screen shown when no project is open: create or open a project, or pick a recent one.
import { useT, formatDate } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { newProjectCommand, openProjectCommand, openProjectPath, projectStore } from '../project/project-store';

export function Welcome() {
  const { t } = useT();
  const { recent, busy } = useStore(projectStore);
  return (
    <main className="welcome" data-testid="welcome">
      <div className="welcome-card">
        <h1>{t('welcome.title')}</h1>
        <p className="welcome-lead">{t('welcome.lead')}</p>
        <div className="welcome-actions">
          <button type="button" className="primary large" data-testid="welcome-new" disabled={busy} onClick={() => void newProjectCommand()}>
            {t('welcome.new')}
          </button>
          <button type="button" className="large" data-testid="welcome-open" disabled={busy} onClick={() => void openProjectCommand()}>
            {t('welcome.open')}
          </button>
        </div>
        <h2>{t('welcome.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted" data-testid="recent-empty">{t('welcome.noRecent')}</p>
        ) : (
          <ul className="recent-list" data-testid="recent-list">
            {recent.map((r) => (
              <li key={r.path}>
                <button
                  type="button"
                  className="recent-item"
                  data-testid="recent-project"
                  disabled={!r.exists || busy}
                  title={r.exists ? r.path : t('welcome.missing')}
                  onClick={() => void openProjectPath(r.path)}
                >
                  <span className="recent-name">{r.name}</span>
                  <span className="recent-path mono">{r.path}</span>
                  <span className="recent-date">{r.exists ? formatDate(r.openedAt) : t('welcome.missing')}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </main>
  );
}
