// Hidden file input used by the Import command when the host has no native dialog (web host).
// Also the e2e tests' entry point: Playwright sets files on [data-testid=import-input].
import { pathForFile } from '../../api';
import { t } from '../../i18n/i18n';
import { projectStore } from '../project/project-store';
import { notify } from '../shell/dialogs-store';
import { filesToSources } from './import-sources';
import { registerFilePicker } from './import-commands';
import { startImport } from './import-store';
import { splitImportFiles } from './non-pdf-message';

export function FilePicker() {
  return (
    <input
      ref={registerFilePicker}
      type="file"
      multiple
      accept="application/pdf,.pdf"
      hidden
      data-testid="import-input"
      onChange={async (e) => {
        const { pdfs, message } = splitImportFiles(Array.from(e.target.files ?? []), !!projectStore.getSnapshot().project);
        e.target.value = '';
        if (message) notify(message.kind, t(message.key, message.params));
        if (pdfs.length > 0) await startImport(await filesToSources(pdfs, pathForFile));
      }}
    />
  );
}
