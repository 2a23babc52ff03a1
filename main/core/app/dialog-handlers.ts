// dialog.*: native file dialogs through the host's DialogProvider. The web host has none and
// answers { supported: false }: the browser UI uses a path field and <input type=file> instead.
import type { DialogResult, Handlers } from '../../../shared/contract';
import type { BackendContext } from '../backend-context';
import type { DialogProvider, HostServices } from './host-services';
import { asVoid } from './input-checks';

export function dialogHandlers(_ctx: BackendContext, host: HostServices) {
  const ask = (pick: keyof DialogProvider) => async (input: void): Promise<DialogResult> => {
    asVoid(input);
    if (!host.dialogs) return { supported: false, paths: [] };
    return { supported: true, paths: await host.dialogs[pick]() };
  };
  return {
    'dialog.newProject': ask('newProject'),
    'dialog.openProject': ask('openProject'),
    'dialog.saveProjectAs': ask('saveProjectAs'),
    'dialog.importPdfs': ask('importPdfs'),
  } satisfies Partial<Handlers>;
}
