// The project's codebook as the renderer sees it: every code with its coding counts (codes.list,
// tree order), reloaded after every coding action ('coding.changed') and when another project
// opens. Shared by the codebook view, the code picker and the highlight colours.
import { api, onEvent } from '../../api';
import type { CodeWithCounts } from '../../../shared/domain/code';
import { errorMessage } from '../../i18n/i18n';
import { Store } from '../../state/store';

interface CodebookState {
  codes: CodeWithCounts[];
  loaded: boolean;
  error: string | null;
}

export const codebookStore = new Store<CodebookState>({ codes: [], loaded: false, error: null });

let inflight: Promise<void> | null = null;
let again = false;

/** Reloads the codes; calls made while a load runs collapse into one more load after it. */
export function refreshCodes(): Promise<void> {
  if (inflight) {
    again = true;
    return inflight;
  }
  inflight = (async () => {
    try {
      do {
        again = false;
        const codes = await api['codes.list']();
        codebookStore.set({ codes, loaded: true, error: null });
      } while (again);
    } catch (err) {
      codebookStore.set({ error: errorMessage(err), loaded: true });
    } finally {
      inflight = null;
    }
  })();
  return inflight;
}

let subscribers = 0;
let offs: Array<() => void> = [];

/** Keeps the store live while at least one view uses it; returns the release function. */
export function useCodebookEvents(): () => void {
  if (subscribers++ === 0) {
    offs = [
      onEvent('coding.changed', () => void refreshCodes()),
      onEvent('project.changed', (p) => (p ? void refreshCodes() : codebookStore.set({ codes: [], loaded: false }))),
    ];
    void refreshCodes();
  }
  return () => {
    if (--subscribers === 0) {
      offs.forEach((off) => off());
      offs = [];
    }
  };
}

/** Code id -> colour, for painting highlights. */
export function codeColors(codes: readonly CodeWithCounts[]): Map<string, string> {
  return new Map(codes.map((c) => [c.id, c.color]));
}
