// The memo manager's list, outside React: the search words, the sort, the "linked to" filter,
// the memos they give, and the manager's actions (create, rename, delete: each one undoable
// step in the History). Reloads on 'coding.changed' (undo, redo, a merge, an edit elsewhere).
import type { MemoLinkKind, MemoListQuery, MemoSummary } from '../../../shared/domain/memo';
import { api, onEvent } from '../../api';
import { getLocale } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { closeDraft, flushDraft, memoDraft, openDraft } from './memo-draft';

export interface MemoListState {
  search: string;
  sort: NonNullable<MemoListQuery['sort']>;
  linked: { kind: MemoLinkKind; id: string } | null;
  items: MemoSummary[] | null;
  error: unknown;
}

export const memoList = new Store<MemoListState>({ search: '', sort: 'updated', linked: null, items: null, error: null });

let generation = 0;

export async function refreshMemos(): Promise<void> {
  const s = memoList.getSnapshot();
  const mine = ++generation;
  try {
    const items = await api['memos.list']({ search: s.search || undefined, sort: s.sort, linked: s.linked ?? undefined, lang: getLocale() });
    if (mine === generation) memoList.set({ items, error: null });
  } catch (error) {
    if (mine === generation) memoList.set({ error });
  }
}

export function setMemoQuery(patch: Partial<Pick<MemoListState, 'search' | 'sort' | 'linked'>>): void {
  memoList.set(patch);
  void refreshMemos();
}

export async function createJournalMemo(title: string): Promise<void> {
  const memo = await api['memos.create']({ title, lang: getLocale() });
  await refreshMemos();
  await openDraft(memo.id);
}

export async function renameMemo(id: string, title: string): Promise<void> {
  await api['memos.rename']({ id, title, lang: getLocale() });
  await Promise.all([refreshMemos(), openDraft(id)]);
}

export async function deleteMemo(id: string): Promise<void> {
  if (memoDraft.getSnapshot().id === id) {
    await flushDraft(); // the last words land before the delete, so undoing it brings them back
    closeDraft();
  }
  await api['memos.delete']({ id });
  await refreshMemos();
}

export async function linkOpenMemo(kind: MemoLinkKind, targetId: string): Promise<void> {
  const { id } = memoDraft.getSnapshot();
  if (!id) return;
  await api['memos.link']({ id, kind, targetId, lang: getLocale() });
  await Promise.all([refreshMemos(), openDraft(id)]);
}

export async function unlinkOpenMemo(linkId: string): Promise<void> {
  const { id } = memoDraft.getSnapshot();
  if (!id) return;
  await api['memos.unlink']({ id, linkId, lang: getLocale() });
  await Promise.all([refreshMemos(), openDraft(id)]);
}

let subscribed = false;
export function followListChanges(): void {
  if (subscribed) return;
  subscribed = true;
  onEvent('coding.changed', () => void refreshMemos());
}
