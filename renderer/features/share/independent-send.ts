// "Send for independent coding" (issue 11): when the project has other coders, first ask whose
// highlights may travel in the copy (none by default: the recipient then codes unaided; a
// chosen coder's highlights are seen, so theirs do not count as independent); then the path;
// then the send. The keep-coders question lives in its own small store for its dialog.
import { api } from '../../api';
import type { Coder } from '../../../shared/domain/code';
import { CONSENSUS_CODER } from '../../../shared/domain/rounds';
import { Store } from '../../state/store';

export interface KeepPrompt { coders: Coder[]; resolve: (keep: string[] | null) => void }

export const keepPromptStore = new Store<{ prompt: KeepPrompt | null }>({ prompt: null });

/** The coders whose highlights the user may keep in the copy: everyone but me and the consensus layer. */
export async function otherCoders(): Promise<Coder[]> {
  const [me, coders] = await Promise.all([api['coder.get'](), api['coders.list']()]);
  return coders.filter((c) => c.id !== me.id && c.id !== CONSENSUS_CODER.id);
}

/** Asks whose highlights to keep; [] without asking when there is no one else; null = cancelled. */
export function askKeepCoders(coders: Coder[]): Promise<string[] | null> {
  if (coders.length === 0) return Promise.resolve([]);
  keepPromptStore.getSnapshot().prompt?.resolve(null);
  return new Promise((resolve) => {
    keepPromptStore.set({ prompt: { coders, resolve: (keep) => { keepPromptStore.set({ prompt: null }); resolve(keep); } } });
  });
}
