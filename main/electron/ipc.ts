// Registers one ipcMain.handle per contract channel ('glossa:<channel>'). Results travel as
// { ok } | { error: ErrorData }: an Error thrown through IPC arrives as a bare message, and the
// renderer needs the code to translate it. Only our own app:// page may call.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../shared/contract';
import { GlossaError, toErrorData } from '../../shared/errors';
import { IPC_INVOKE_PREFIX, type IpcResult } from '../../shared/ipc-bridge';
import type { BackendClient } from '../core/threads/backend-client';
import { APP_ORIGIN } from './app-protocol';

function fromOurPage(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(`${APP_ORIGIN}/`);
}

export function registerIpc(backend: BackendClient, afterCall?: (channel: Channel) => void): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_INVOKE_PREFIX + channel, async (event, input): Promise<IpcResult<unknown>> => {
      if (!fromOurPage(event)) {
        return { error: new GlossaError('api.unauthorized', 'Calls are accepted from the Glossa window only').toData() };
      }
      try {
        const ok = await backend.invoke(channel, input as never);
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
    for (const channel of CHANNELS) ipcMain.removeHandler(IPC_INVOKE_PREFIX + channel);
  };
}
