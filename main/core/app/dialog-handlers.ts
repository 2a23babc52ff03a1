// dialog.*: native file dialogs through the host's DialogProvider. The web host has none and
// answers { supported: false }: the browser UI uses a path field and <input type=file> instead.
// Opening the import dialog also starts the PDF extraction workers (see 'dialog.importPdfs').
import type { DialogResult, Handlers } from '../../../shared/contract';
import type { ExportFormat } from '../../../shared/domain/evidence';
import { SHARE_FILE_PURPOSES, type ShareFilePurpose } from '../../../shared/domain/share';
import type { BackendContext } from '../backend-context';
import { exportFileName } from '../evidence/export-jobs';
import { sharedExtractPool } from '../../pdf/extract-pool';
import { EXPORT_FILE_TYPES } from '../export/export-evidence';
import type { DialogProvider, HostServices } from './host-services';
import { asObject, asVoid, badInput } from './input-checks';

export function dialogHandlers(_ctx: BackendContext, host: HostServices) {
  const ask = (pick: Exclude<keyof DialogProvider, 'saveExport' | 'shareFile' | 'zoteroDataDir'>) => async (input: void): Promise<DialogResult> => {
    asVoid(input);
    if (!host.dialogs) return { supported: false, paths: [] };
    return { supported: true, paths: await host.dialogs[pick]() };
  };
  return {
    'dialog.newProject': ask('newProject'),
    'dialog.openProject': ask('openProject'),
    'dialog.saveProjectAs': ask('saveProjectAs'),
    'dialog.importPdfs': (input: void) => {
      // The extraction workers load pdf.js (~0.3-2 s) while the user picks files, so the
      // import that follows starts on ready workers.
      if (host.dialogs) void sharedExtractPool().warmUp();
      return ask('importPdfs')(input);
    },
    'dialog.saveExport': async (input: { format: ExportFormat }): Promise<DialogResult> => {
      const format = asObject(input).format as ExportFormat;
      if (!Object.hasOwn(EXPORT_FILE_TYPES, format)) throw badInput('"format" must be an export format');
      if (!host.dialogs?.saveExport) return { supported: false, paths: [] };
      const paths = await host.dialogs.saveExport({ extension: EXPORT_FILE_TYPES[format].extension, defaultName: exportFileName(format) });
      return { supported: true, paths };
    },
    'dialog.zoteroDataDir': async (input: void): Promise<DialogResult> => {
      asVoid(input);
      if (!host.dialogs?.zoteroDataDir) return { supported: false, paths: [] };
      return { supported: true, paths: await host.dialogs.zoteroDataDir() };
    },
    'dialog.shareFile': async (input: { purpose: ShareFilePurpose }): Promise<DialogResult> => {
      const purpose = asObject(input).purpose as ShareFilePurpose;
      if (!SHARE_FILE_PURPOSES.includes(purpose)) throw badInput('"purpose" must be a sharing dialog');
      if (!host.dialogs?.shareFile) return { supported: false, paths: [] };
      return { supported: true, paths: await host.dialogs.shareFile(purpose) };
    },
  } satisfies Partial<Handlers>;
}
