// Registers one ipcMain.handle per contract channel ('glossa:<channel>'). Results travel as
// { ok } | { error: ErrorData }: an Error thrown through IPC arrives as a bare message, and the
// renderer needs the code to translate it. Only our own app:// page may call.
// The one place where channels meet IPC: `ipc` is Electron's ipcMain and `invoke` calls the
// backend — in-process today; a backend moved to a utility process needs only another invoke.
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../shared/contract';
import { GlossaError, toErrorData } from '../../shared/errors';
import { IPC_INVOKE_PREFIX, type IpcResult } from '../../shared/ipc-bridge';
import { APP_ORIGIN } from './app-origin';

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export type BackendInvoke = (channel: Channel, input: unknown) => Promise<unknown>;

function fromOurPage(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  return (event.senderFrame?.url ?? '').startsWith(`${APP_ORIGIN}/`);
}

export function registerIpc(ipc: IpcMainLike, invoke: BackendInvoke, afterCall?: (channel: Channel) => void): () => void {
  for (const channel of CHANNELS) {
    ipc.handle(IPC_INVOKE_PREFIX + channel, async (event, input): Promise<IpcResult<unknown>> => {
      if (!fromOurPage(event)) {
        return { error: new GlossaError('api.unauthorized', 'Calls are accepted from the Glossa window only').toData() };
      }
      try {
        const ok = await invoke(channel, input);
        afterCall?.(channel);
        return { ok };
      } catch (err) {
        const error = toErrorData(err);
        if (error.code === 'internal') console.error(`[glossa] ${channel} failed:`, err);
        return { error };
      }
    });
  }
  return () => {
    for (const channel of CHANNELS) ipc.removeHandler(IPC_INVOKE_PREFIX + channel);
  };
}
