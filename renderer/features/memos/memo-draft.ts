// The memo open in the memo manager, outside React: its body as typed, the cursor, and the
// saves. The body saves as the user types (renderer/state/autosave.ts: 500 ms after the last
// keystroke, one write at a time, the newest winning), and at once when the editor loses focus,
// another memo is opened or the view closes; a write that failed keeps the text waiting, so
// reopening the memo shows what was typed, not the older copy. "Insert passage" (the evidence
// browser, the reader's highlights) puts a cited quote at the cursor of this memo.
import type { TitledMemo } from '../../../shared/domain/memo';
import { api, onEvent } from '../../api';
import { getLocale } from '../../i18n/i18n';
import { flushSave, scheduleSave, settled, unsavedValue } from '../../state/autosave';
import { Store } from '../../state/store';
import { currentCitationChoice } from '../citation/citation-choice';
import { insertBlock } from './memo-insert';

export interface DraftState {
  id: string | null;
  memo: TitledMemo | null;
  body: string;
  cursor: number;
  state: 'closed' | 'loading' | 'ready' | 'failed';
  error: unknown;
}

export const memoDraft = new Store<DraftState>({ id: null, memo: null, body: '', cursor: 0, state: 'closed', error: null });

export const draftKey = (id: string) => `memo-doc:${id}`;

function writer(id: string) {
  return async (body: string) => {
    const memo = await api['memos.write']({ id, body, lang: getLocale() });
    if (memoDraft.getSnapshot().id === id) memoDraft.set({ memo });
  };
}

async function load(id: string): Promise<void> {
  await settled(draftKey(id)); // a save still in flight lands before the memo is read back
  try {
    const memo = await api['memos.read']({ id, lang: getLocale() });
    const s = memoDraft.getSnapshot();
    if (s.id !== id) return;
    // Text typed and not yet acknowledged wins over the stored copy: it is never dropped.
    const body = unsavedValue(draftKey(id)) ?? memo.body;
    const cursor = s.state === 'ready' ? Math.min(s.cursor, body.length) : body.length;
    memoDraft.set({ memo, body, cursor, state: 'ready', error: null });
  } catch (error) {
    if (memoDraft.getSnapshot().id === id) memoDraft.set((s) => (s.state === 'ready' ? {} : { state: 'failed', error }));
  }
}

/** Opens memo `id` (the one before it is saved at once). */
export function openDraft(id: string): Promise<void> {
  const prev = memoDraft.getSnapshot().id;
  if (prev === id) return load(id);
  if (prev) void flushSave(draftKey(prev));
  memoDraft.set({ id, memo: null, body: '', cursor: 0, state: 'loading', error: null });
  return load(id);
}

export function closeDraft(): void {
  const { id } = memoDraft.getSnapshot();
  if (id) void flushSave(draftKey(id));
  memoDraft.set({ id: null, memo: null, body: '', cursor: 0, state: 'closed', error: null });
}

/** A keystroke: the new body and where the cursor is. */
export function changeDraft(body: string, cursor: number): void {
  const { id, state } = memoDraft.getSnapshot();
  if (!id || state !== 'ready') return;
  memoDraft.set({ body, cursor });
  scheduleSave(draftKey(id), body, writer(id));
}

export function moveCursor(cursor: number): void {
  if (memoDraft.getSnapshot().cursor !== cursor) memoDraft.set({ cursor });
}

/** Blur, Ctrl+Enter, a switch of views: what was typed is written now. */
export function flushDraft(): Promise<void> {
  const { id } = memoDraft.getSnapshot();
  return id ? flushSave(draftKey(id)) : Promise.resolve();
}

/** Inserts the passage's quote with its citation at the cursor of the open memo; returns the memo's title. */
export async function insertPassage(annotationId: string): Promise<string> {
  const { id, state } = memoDraft.getSnapshot();
  if (!id || state !== 'ready') throw new Error('no memo open');
  const locale = getLocale();
  const { markdown } = await api['memos.passageQuote']({ annotationId, ...currentCitationChoice(locale) });
  const s = memoDraft.getSnapshot(); // typing may have gone on while the citation was made
  if (s.id !== id || s.state !== 'ready') throw new Error('no memo open');
  const next = insertBlock(s.body, s.cursor, markdown);
  changeDraft(next.body, next.cursor);
  await flushDraft(); // a deliberate action: saved at once
  return s.memo?.title ?? '';
}

// Undo / redo (or a merge) may change the open memo: read it again unless typing is waiting.
let subscribed = false;
export function followChanges(): void {
  if (subscribed) return;
  subscribed = true;
  onEvent('coding.changed', () => {
    const { id } = memoDraft.getSnapshot();
    if (id && unsavedValue(draftKey(id)) === null) void load(id);
  });
}
