// Promise-based in-app dialogs (path prompt, confirmation) and toasts, driven from plain code:
// `await askPath(...)` from a command handler, rendered by <DialogHost/> in the shell.
import { Store } from '../../state/store';
import type { PathKind } from './path-suggest';

export interface PathPrompt { kind: PathKind; suggestion: string; resolve: (path: string | null) => void }
export interface ConfirmPrompt {
  title: string;
  message: string;
  confirmLabel: string;
  danger: boolean;
  resolve: (ok: boolean) => void;
}
export interface Toast { id: number; kind: 'error' | 'info'; text: string }

interface DialogsState { path: PathPrompt | null; confirm: ConfirmPrompt | null; toasts: Toast[] }

export const dialogsStore = new Store<DialogsState>({ path: null, confirm: null, toasts: [] });

export function askPath(kind: PathKind, suggestion: string): Promise<string | null> {
  dialogsStore.getSnapshot().path?.resolve(null);
  return new Promise((resolve) => {
    dialogsStore.set({
      path: { kind, suggestion, resolve: (p) => { dialogsStore.set({ path: null }); resolve(p); } },
    });
  });
}

export function askConfirm(opts: { title: string; message: string; confirmLabel: string; danger?: boolean }): Promise<boolean> {
  dialogsStore.getSnapshot().confirm?.resolve(false);
  return new Promise((resolve) => {
    dialogsStore.set({
      confirm: {
        ...opts,
        danger: opts.danger ?? false,
        resolve: (ok) => { dialogsStore.set({ confirm: null }); resolve(ok); },
      },
    });
  });
}

let nextToastId = 1;
// Errors stay 8 s: long enough to read a two-line message, short enough not to pile up.
const TOAST_MS = { error: 8000, info: 4000 };

export function notify(kind: Toast['kind'], text: string): void {
  const id = nextToastId++;
  dialogsStore.set((s) => ({ toasts: [...s.toasts.slice(-3), { id, kind, text }] }));
  setTimeout(() => dismissToast(id), TOAST_MS[kind]);
}

export function dismissToast(id: number): void {
  dialogsStore.set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}
