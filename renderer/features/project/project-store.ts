// The open project, recent projects, host info and settings; the commands that change them.
// Native dialogs are used when the host has them; the web host answers { supported: false }
// and the user types a path in an in-app dialog instead.
import { api, onEvent } from '../../api';
import type { AppInfo, ProjectInfo, RecentProject, Settings } from '../../../shared/domain/project';
import { Store } from '../../state/store';
import { errorMessage, resolveLocale, setLocale } from '../../i18n/i18n';
import { askPath, notify } from '../shell/dialogs-store';
import { suggestProjectPath, withGlossaExt, type PathKind } from '../shell/path-suggest';

interface ProjectState {
  loaded: boolean;
  project: ProjectInfo | null;
  recent: RecentProject[];
  appInfo: AppInfo | null;
  settings: Settings;
  busy: boolean;
}

export const projectStore = new Store<ProjectState>({
  loaded: false, project: null, recent: [], appInfo: null, settings: { language: 'system' }, busy: false,
});

/** 'system' follows the browser / Chromium UI language (the OS locale in Electron); the host's
 * locale is the fallback: in the web host it is the server's, not the reader's. */
function systemLocale(): string {
  if (typeof navigator !== 'undefined' && navigator.language) return navigator.language;
  return projectStore.getSnapshot().appInfo?.systemLocale || 'en';
}

export function applyLanguage(settings: Settings): void {
  setLocale(resolveLocale(settings.language, systemLocale()));
}

export async function initApp(): Promise<void> {
  const [appInfo, settings] = await Promise.all([
    api['app.info']().catch(() => null),
    api['settings.get']().catch((): Settings => ({ language: 'system' })),
  ]);
  projectStore.set({ appInfo, settings });
  applyLanguage(settings);
  const [project, recent] = await Promise.all([
    api['project.current']().catch(() => null),
    api['project.recent']().catch(() => []),
  ]);
  projectStore.set({ project, recent, loaded: true });
}

export function subscribeProjectEvents(onChanged: (p: ProjectInfo | null) => void): () => void {
  return onEvent('project.changed', (project) => {
    projectStore.set({ project });
    void refreshRecent();
    onChanged(project);
  });
}

export async function refreshRecent(): Promise<void> {
  try {
    projectStore.set({ recent: await api['project.recent']() });
  } catch {
    // The recent list is a convenience; a failure here must not block the app.
  }
}

export async function refreshProject(): Promise<void> {
  try {
    projectStore.set({ project: await api['project.current']() });
  } catch (err) {
    notify('error', errorMessage(err));
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  try {
    const settings = await api['settings.set'](patch);
    projectStore.set({ settings });
    applyLanguage(settings);
  } catch (err) {
    notify('error', errorMessage(err));
  }
}

const DIALOGS = {
  new: 'dialog.newProject',
  open: 'dialog.openProject',
  saveAs: 'dialog.saveProjectAs',
} as const;

/** Asks for a path with the native dialog, or the in-app one when the host has none. */
async function choosePath(kind: PathKind): Promise<string | null> {
  const result = await api[DIALOGS[kind]]();
  if (result.supported) return result.paths[0] ?? null;
  const { project, recent } = projectStore.getSnapshot();
  const typed = await askPath(kind, suggestProjectPath(kind, project, recent));
  if (!typed) return null;
  return kind === 'open' ? typed.trim() : withGlossaExt(typed);
}

async function run(action: () => Promise<ProjectInfo | null | void>): Promise<void> {
  projectStore.set({ busy: true });
  try {
    const project = await action();
    if (project !== undefined) projectStore.set({ project });
    await refreshRecent();
  } catch (err) {
    notify('error', errorMessage(err));
  } finally {
    projectStore.set({ busy: false });
  }
}

export function openProjectPath(path: string): Promise<void> {
  return run(() => api['project.open']({ path }));
}

export async function newProjectCommand(): Promise<void> {
  await run(async () => {
    const path = await choosePath('new');
    return path ? api['project.create']({ path }) : undefined;
  });
}

export async function openProjectCommand(): Promise<void> {
  await run(async () => {
    const path = await choosePath('open');
    return path ? api['project.open']({ path }) : undefined;
  });
}

export async function saveAsCommand(): Promise<void> {
  if (!projectStore.getSnapshot().project) return;
  await run(async () => {
    const path = await choosePath('saveAs');
    return path ? api['project.saveAs']({ path }) : undefined;
  });
}

export async function closeProjectCommand(): Promise<void> {
  await run(async () => {
    await api['project.close']();
    return null;
  });
}
