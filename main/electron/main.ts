// Electron's main process: a thin host around the Electron-free backend. One instance, one
// secure window (sandbox, contextIsolation, no nodeIntegration, app:// with a strict CSP,
// navigation / new windows denied, permissions denied but the clipboard write of our own page),
// .glossa files opened from the OS (argv, second instance, macOS open-file), glossa://open passage
// links (the registered protocol: argv, second instance, macOS open-url), native menus and dialogs, IPC, and the
// Electron build of better-sqlite3 (.electron-native/, made by build-native.ts) when present.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import type { Channel, MenuCommand } from '../../shared/contract';
import { IPC_EVENT } from '../../shared/ipc-bridge';
import type { Settings } from '../../shared/domain/project';
import { startBackendThread, type BackendClient } from '../core/threads/backend-client';
import { setNativeBinding } from '../db/connection';
import { setExtractWorkerPath } from '../pdf/worker-entry';
import { APP_ORIGIN, handleAppProtocol, registerAppScheme } from './app-protocol';
import { confirmAndOpenExternal, electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu-template';
import { nativeStrings } from './native-strings';
import { loadWindowState, restoreBounds, saveWindowState } from './window-state';
import { electronBindingPath } from './native-binding-path';
import { packagedExtractWorker } from './packaged-paths';
import { launchRequest, PassageLinkRouter, protocolClientArgs } from './passage-link-args';
import { parsePassageLink } from '../../shared/links/passage-link';
import { isPermissionAllowed } from './permissions';
import { toErrorData } from '../../shared/errors';

// Bundled to dist/main/electron-main.js: the renderer is in dist/renderer, the repo root two up.
const DIST_MAIN = __dirname;
const RENDERER_DIR = path.join(DIST_MAIN, '..', 'renderer');
const APP_ROOT = path.join(DIST_MAIN, '..', '..');

let win: BrowserWindow | null = null;
let backend: BackendClient | null = null;
/** The UI language as last read from the backend (menus and native dialogs follow it). */
let language: Settings['language'] = 'system';

const strings = () => nativeStrings(language, app.getLocale());

function sendMenuCommand(command: MenuCommand): void {
  win?.webContents.send(IPC_EVENT, 'menu.command', { command });
}

function rebuildMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ strings: strings(), platform: process.platform, devTools: !app.isPackaged, send: sendMenuCommand }),
    ),
  );
}

function useElectronSqlite(): void {
  if (app.isPackaged) {
    // better-sqlite3 was rebuilt for Electron by electron-builder; the PDF worker (ESM) is a
    // real file in app.asar.unpacked. The backend and job threads (CommonJS) load from the asar:
    // Electron initialises asar support in worker threads (electron/electron#33216, Electron 18+).
    setExtractWorkerPath(packagedExtractWorker(DIST_MAIN));
    return;
  }
  const binding = electronBindingPath(APP_ROOT);
  if (fs.existsSync(binding)) {
    setNativeBinding(binding);
  } else {
    console.error(`[glossa] ${binding} is missing: run \`npx tsx main/electron/build-native.ts\` (npm start does).`);
  }
}

function lockDownContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    // The app is one page; links inside PDFs or the UI never navigate it or open windows.
    contents.on('will-navigate', (e) => e.preventDefault());
    contents.on('will-redirect', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function createWindow(): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const userDataDir = app.getPath('userData');
  const saved = loadWindowState(userDataDir);
  const w = new BrowserWindow({
    ...restoreBounds(saved, displays),
    title: 'Glossa',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: path.join(DIST_MAIN, 'preload.js'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  if (saved?.maximized) w.maximize();
  w.once('ready-to-show', () => w.show());

  const saveBounds = () => {
    if (w.isDestroyed() || w.isMinimized()) return;
    const bounds = w.getNormalBounds();
    saveWindowState(userDataDir, { ...bounds, maximized: w.isMaximized() });
  };
  // Writing settings.json on every pixel of a drag is wasteful: save 500 ms after the last move.
  let timer: NodeJS.Timeout | undefined;
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(saveBounds, 500);
  };
  w.on('resize', debounced);
  w.on('move', debounced);
  w.on('close', () => {
    clearTimeout(timer);
    saveBounds();
  });
  w.on('closed', () => {
    if (win === w) win = null;
  });
  w.webContents.on('did-start-loading', () => links.rendererGone());
  void w.loadURL(`${APP_ORIGIN}/index.html`);
  return w;
}

// A .glossa the OS asked us to open before the backend existed (argv, or macOS' 'open-file',
// which can fire before 'ready'); opened once the backend is up, before the window loads.
let pendingOpen: string | null = null;

// glossa://open links: held until the renderer has subscribed, then followed there.
const links = new PassageLinkRouter((link) => {
  if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, 'links.follow', link);
});

async function openProjectFile(file: string): Promise<void> {
  if (!backend) {
    pendingOpen = file;
    return;
  }
  try {
    await backend.invoke('project.open', { path: file });
  } catch (err) {
    dialog.showErrorBox(strings().openFileFailed, `${file}\n\n${toErrorData(err).message}`);
  }
}

function main(): void {
  // Same override as the CLI's: settings, recent projects and the researcher identity elsewhere
  // (the Electron e2e smoke test gives each run its own folder). Before the single-instance
  // lock, which lives in that folder.
  if (process.env.GLOSSA_DATA_DIR) app.setPath('userData', path.resolve(process.env.GLOSSA_DATA_DIR));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  lockDownContents();
  // The installers register glossa: too; this covers the AppImage and a moved install. A
  // development build registers only when asked: the e2e runs must not take over the machine's links.
  if (app.isPackaged || process.env.GLOSSA_REGISTER_PROTOCOL === '1') {
    const [scheme, execPath, args] = protocolClientArgs(process.defaultApp === true, process.execPath, process.argv);
    if (execPath) app.setAsDefaultProtocolClient(scheme, execPath, args);
    else app.setAsDefaultProtocolClient(scheme);
  }
  const launch = launchRequest(process.argv, process.cwd());
  if (launch?.kind === 'file') pendingOpen = launch.path;
  if (launch?.kind === 'link') links.receive(launch.link);
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openProjectFile(file);
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    links.receive(parsePassageLink(url));
    win?.focus();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const request = launchRequest(argv, workingDirectory);
    if (request?.kind === 'file') void openProjectFile(request.path);
    if (request?.kind === 'link') links.receive(request.link);
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  app.whenReady().then(async () => {
    useElectronSqlite();
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) =>
      callback(isPermissionAllowed(permission, details.requestingUrl)),
    );
    session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
    handleAppProtocol(RENDERER_DIR);

    // The backend runs in its own thread: this thread drives the window and must never wait
    // for SQLite, pdf.js or a merge. Native dialogs stay here and are called back.
    const b = await startBackendThread({
      userDataDir: app.getPath('userData'),
      host: 'electron',
      dialogs: electronDialogs(() => win, strings),
      openExternal: confirmAndOpenExternal(() => win, strings),
      systemLocale: app.getLocale(),
      extractWorkerPath: app.isPackaged ? packagedExtractWorker(DIST_MAIN) : undefined,
    });
    backend = b;
    const refreshLanguage = async () => {
      language = (await b.invoke('settings.get', undefined)).language;
      rebuildMenu();
    };
    b.on((event, payload) => {
      if (win && !win.isDestroyed()) win.webContents.send(IPC_EVENT, event, payload);
    });
    registerIpc(ipcMain, (channel, input) => b.invoke(channel, input as never), (channel: Channel) => {
      if (channel === 'settings.set') void refreshLanguage();
      links.rendererReady();
    });
    await refreshLanguage();
    if (pendingOpen) {
      const file = pendingOpen;
      pendingOpen = null;
      await openProjectFile(file);
    }
    win = createWindow();
    app.on('activate', () => {
      if (!win) win = createWindow();
    });
  }).catch((err) => {
    // Nothing to show a window with: say why on stderr and leave (the project files are untouched).
    console.error('[glossa] failed to start:', err);
    app.exit(1);
  });

  app.on('window-all-closed', () => app.quit());

  // Close the project (WAL checkpoint, jobs stopped) before the process goes away.
  let disposed = false;
  app.on('before-quit', (event) => {
    if (disposed || !backend) return;
    event.preventDefault();
    const b = backend;
    void b.dispose().finally(() => {
      disposed = true;
      app.quit();
    });
  });
}

main();
