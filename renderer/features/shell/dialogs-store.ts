// Promise-based in-app dialogs (path prompt, confirmation) and toasts, driven from plain code:
// `await askPath(...)` from a command handler, rendered by <DialogHost/> in the shell.
import { Store } from '../../state/store';
import type { PathKind } from './path-suggest';

export interface PathPrompt { kind: PathKind; suggestion: string; resolve: (path: string | null) => void }
export interface ConfirmPrompt {
  title: string;
  message: string;
  /** Bullet list under the message (what goes with a removal). */
  details?: string[];
  /** A muted line under the list (how to get it back). */
  note?: string;
  confirmLabel: string;
  danger: boolean;
  resolve: (ok: boolean) => void;
}
/** A button in a toast, e.g. Undo after a removal. */
export interface ToastAction { label: string; testId: string; run: () => void }
export interface Toast { id: number; kind: 'error' | 'info'; text: string; action?: ToastAction }

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

export function askConfirm(opts: { title: string; message: string; details?: string[]; note?: string; confirmLabel: string; danger?: boolean }): Promise<boolean> {
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
// Errors stay 8 s: long enough to read a two-line message, short enough not to pile up. A toast
// with a button (Undo) stays 10 s: the user has to notice it, read it and reach for it.
const TOAST_MS = { error: 8000, info: 4000, action: 10_000 };

export function notify(kind: Toast['kind'], text: string, action?: ToastAction): void {
  const id = nextToastId++;
  dialogsStore.set((s) => ({ toasts: [...s.toasts.slice(-3), { id, kind, text, action }] }));
  setTimeout(() => dismissToast(id), action ? TOAST_MS.action : TOAST_MS[kind]);
}

export function dismissToast(id: number): void {
  dialogsStore.set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}
