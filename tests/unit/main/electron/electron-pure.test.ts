// The Electron layer's logic that needs no Electron binary: the menu template (every app
// command reachable with a unique accelerator, in both languages), window-bounds restore and
// the preload bundle.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../../shared/contract';
import { buildMenuTemplate } from '../../../../main/electron/menu-template';
import { nativeStrings } from '../../../../main/electron/native-strings';
import { DEFAULT_SIZE, restoreBounds } from '../../../../main/electron/window-state';
import { isPermissionAllowed } from '../../../../main/electron/permissions';
import { projectFileFromArgv } from '../../../../main/electron/open-file-args';

const ALL_COMMANDS: MenuCommand[] = [
  'project.new', 'project.open', 'project.saveAs', 'project.backups', 'import.pdfs', 'import.zotero', 'view.zoomIn', 'view.zoomOut',
  'view.fitWidth', 'view.fitPage', 'edit.find', 'edit.undo', 'edit.redo', 'app.settings',
];

function leaves(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? leaves(i.submenu) : [])]);
}

describe('native menu template', () => {
  for (const platform of ['linux', 'darwin', 'win32'] as const) {
    it(`sends every menu command with a unique accelerator (${platform})`, () => {
      const sent: MenuCommand[] = [];
      const template = buildMenuTemplate({ strings: nativeStrings('en', 'en-US'), platform, devTools: false, send: (c) => sent.push(c) });
      const items = leaves(template).filter((i) => i.click);
      for (const item of items) (item.click as () => void)();
      expect([...sent].sort()).toEqual([...ALL_COMMANDS].sort());
      const accelerators = items.map((i) => i.accelerator);
      expect(accelerators.every(Boolean)).toBe(true);
      expect(new Set(accelerators).size).toBe(accelerators.length);
      expect(leaves(template).some((i) => i.role === 'toggleDevTools')).toBe(false);
      // Edit ▸ Undo / Redo are the app's own, their keys left to the page (no double undo).
      expect(leaves(template).some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
      const undoItems = items.filter((i) => ['CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z', 'Shift+CmdOrCtrl+Z'].includes(String(i.accelerator)));
      expect(undoItems.map((i) => i.registerAccelerator)).toEqual([false, false]);
    });
  }

  it('leaves Ctrl+Z / Ctrl+Shift+Z to the page and sends Undo / Redo to the renderer, never the native roles', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({ strings: nativeStrings('en', 'en-US'), platform: 'linux', devTools: false, send: (c) => sent.push(c) });
    const all = leaves(template);
    expect(all.some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false);
    const undo = all.find((i) => i.accelerator === 'CmdOrCtrl+Z');
    const redo = all.find((i) => i.accelerator === 'CmdOrCtrl+Shift+Z');
    expect(undo?.registerAccelerator).toBe(false);
    expect(redo?.registerAccelerator).toBe(false);
    (undo!.click as () => void)();
    (redo!.click as () => void)();
    expect(sent).toEqual(['edit.undo', 'edit.redo']);
  });

  it('follows the language setting and the OS locale', () => {
    const ru = buildMenuTemplate({ strings: nativeStrings('system', 'ru-RU'), platform: 'linux', devTools: true, send: () => {} });
    expect(ru.map((m) => m.label)).toContain('Файл');
    expect(nativeStrings('en', 'ru-RU').file).toBe('File');
    expect(nativeStrings('ru', 'en-US').find).toBe('Найти…');
  });
});

describe('restoreBounds', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 };

  it('uses the default size the first time', () => {
    expect(restoreBounds(null, [screen])).toEqual(DEFAULT_SIZE);
  });

  it('puts the window back where it was when that is on a screen', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1000, height: 700, maximized: false }, [screen])).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
  });

  it('drops a position on a monitor that is gone, and enforces a minimum size', () => {
    expect(restoreBounds({ x: 2500, y: 100, width: 1000, height: 700, maximized: false }, [screen])).toEqual({ width: 1000, height: 700 });
    expect(restoreBounds({ x: 10, y: 10, width: 100, height: 50, maximized: false }, [screen])).toEqual({ x: 10, y: 10, width: 640, height: 480 });
  });
});

describe('preload bundle', () => {
  it('requires nothing but electron: a sandboxed preload cannot load other modules', async () => {
    const { build } = await import('esbuild');
    const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
    const result = await build({
      entryPoints: [path.join(repoRoot, 'main', 'electron', 'preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
    });
    const code = result.outputFiles[0].text;
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\)/);
  });
});

describe('permissions', () => {
  it('allows clipboard writes ("Copy with citation") for the app\'s own page only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://glossa')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://glossa/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://glossa.evil')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.org')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
    for (const p of ['clipboard-read', 'media', 'notifications', 'geolocation', 'openExternal']) {
      expect(isPermissionAllowed(p, 'app://glossa'), p).toBe(false);
    }
  });
});

describe('.glossa files from the OS', () => {
  it('finds the project in first-launch and second-instance argv', () => {
    expect(projectFileFromArgv(['/opt/Glossa/glossa', '/home/a/study.glossa'], '/')).toBe('/home/a/study.glossa');
    expect(projectFileFromArgv(['C:\\Glossa\\Glossa.exe', '--allow-file-access-from-files', 'study.GLOSSA'], '/work')).toBe(path.resolve('/work', 'study.GLOSSA'));
    expect(projectFileFromArgv(['electron', '.'], '/repo')).toBeNull();
    expect(projectFileFromArgv(['/usr/bin/glossa.glossa'], '/')).toBeNull();
    expect(projectFileFromArgv(['glossa', '--flag=x.glossa', 'report.pdf'], '/')).toBeNull();
  });
});
