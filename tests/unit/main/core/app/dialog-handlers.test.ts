// dialog.importPdfs starts the PDF extraction workers while the user picks files, so the
// import that follows does not wait for pdf.js to load (issue 12: cold import); the web host,
// which has no native dialogs, starts nothing.
import { afterAll, describe, expect, it } from 'vitest';
import type { BackendContext } from '../../../../../main/core/backend-context';
import { dialogHandlers } from '../../../../../main/core/app/dialog-handlers';
import type { DialogProvider, HostServices } from '../../../../../main/core/app/host-services';
import type { SettingsStore } from '../../../../../main/core/settings/settings-store';
import { defaultPoolSize, sharedExtractPool } from '../../../../../main/pdf/extract-pool';

afterAll(() => sharedExtractPool().close());

const picked: string[] = [];
const dialogs: DialogProvider = {
  newProject: async () => [],
  openProject: async () => [],
  saveProjectAs: async () => [],
  importPdfs: async () => (picked.push('asked'), ['/reports/tip-2024.pdf']),
};
const host = (withDialogs: boolean): HostServices => ({ settings: {} as SettingsStore, dialogs: withDialogs ? dialogs : undefined });
// The dialog handlers never read the context (the host's dialogs are all they need).
const ctx = {} as BackendContext;

describe('dialog.importPdfs', () => {
  it('has no dialog in the web host and starts no workers there', async () => {
    expect(await dialogHandlers(ctx, host(false))['dialog.importPdfs']()).toEqual({ supported: false, paths: [] });
    expect(sharedExtractPool().workerCount()).toBe(0);
  });

  it('starts the extraction workers as the dialog opens, and they become ready', async () => {
    const result = await dialogHandlers(ctx, host(true))['dialog.importPdfs']();
    expect(result).toEqual({ supported: true, paths: ['/reports/tip-2024.pdf'] });
    expect(picked).toEqual(['asked']);
    expect(sharedExtractPool().workerCount()).toBe(defaultPoolSize());
    await sharedExtractPool().warmUp(); // settles once every worker has loaded pdf.js
    expect(sharedExtractPool().workerCount()).toBe(defaultPoolSize());
  });
});
