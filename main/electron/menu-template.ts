// The native menu as plain data: every app command is a menu item with its accelerator that
// sends a 'menu.command' event to the renderer (the renderer owns the action, so keyboard,
// menu and toolbar do the same thing). Kept free of Electron's runtime so it is unit-tested.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract';
import type { NativeStrings } from './native-strings';

export interface MenuItemSpec {
  command: MenuCommand;
  label: keyof NativeStrings;
  accelerator: string;
  /** false: shown in the menu, but the key goes to the page, which routes it itself. */
  registerAccelerator?: boolean;
}

/** Order within each menu matters; accelerators follow each OS' conventions via CmdOrCtrl. */
export const FILE_ITEMS: MenuItemSpec[] = [
  { command: 'project.new', label: 'newProject', accelerator: 'CmdOrCtrl+N' },
  { command: 'project.open', label: 'openProject', accelerator: 'CmdOrCtrl+O' },
  { command: 'project.saveAs', label: 'saveProjectAs', accelerator: 'CmdOrCtrl+Shift+S' },
  { command: 'import.pdfs', label: 'importPdfs', accelerator: 'CmdOrCtrl+I' },
  { command: 'import.zotero', label: 'importZotero', accelerator: 'CmdOrCtrl+Alt+Z' },
  { command: 'project.backups', label: 'backups', accelerator: 'CmdOrCtrl+Shift+B' },
];
export const EDIT_ITEMS: MenuItemSpec[] = [{ command: 'edit.find', label: 'find', accelerator: 'CmdOrCtrl+F' }];
// Undo / Redo are not the 'undo' / 'redo' roles: those run Chromium's native undo, which outside a
// text field rewinds the last field typed in rather than the coding action the user just did.
// The renderer decides (renderer/features/shortcuts/undo-keys.ts): a focused field's text, else
// the project's undo stack. The keys are left to the page (Windows, Linux; macOS always registers).
export const UNDO_ITEMS: MenuItemSpec[] = [
  { command: 'edit.undo', label: 'undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false },
  { command: 'edit.redo', label: 'redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false },
];
export const VIEW_ITEMS: MenuItemSpec[] = [
  { command: 'view.zoomIn', label: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
  { command: 'view.zoomOut', label: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
  { command: 'view.fitWidth', label: 'fitWidth', accelerator: 'CmdOrCtrl+1' },
  { command: 'view.fitPage', label: 'fitPage', accelerator: 'CmdOrCtrl+2' },
];
export const SETTINGS_ITEM: MenuItemSpec = { command: 'app.settings', label: 'settings', accelerator: 'CmdOrCtrl+,' };

export function buildMenuTemplate(opts: {
  strings: NativeStrings;
  platform: NodeJS.Platform;
  devTools: boolean;
  send: (command: MenuCommand) => void;
}): MenuItemConstructorOptions[] {
  const { strings: t, send } = opts;
  const item = (spec: MenuItemSpec): MenuItemConstructorOptions => ({
    label: t[spec.label],
    accelerator: spec.accelerator,
    ...(spec.registerAccelerator === false ? { registerAccelerator: false } : {}),
    click: () => send(spec.command),
  });
  const isMac = opts.platform === 'darwin';
  const menus: MenuItemConstructorOptions[] = [];
  if (isMac) {
    menus.push({
      label: 'Glossa',
      submenu: [{ role: 'about' }, { type: 'separator' }, item(SETTINGS_ITEM), { type: 'separator' }, { role: 'hide' }, { role: 'quit', label: t.quit }],
    });
  }
  menus.push({
    label: t.file,
    submenu: [
      ...FILE_ITEMS.map(item),
      ...(isMac ? [] : [{ type: 'separator' } as const, item(SETTINGS_ITEM), { type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  });
  menus.push({
    label: t.edit,
    submenu: [
      ...UNDO_ITEMS.map(item),
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
      { type: 'separator' },
      ...EDIT_ITEMS.map(item),
    ],
  });
  menus.push({
    label: t.view,
    submenu: [
      ...VIEW_ITEMS.map(item),
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
      ...(opts.devTools ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  });
  menus.push({ role: 'windowMenu', label: t.window });
  return menus;
}
