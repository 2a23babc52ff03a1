// Hidden file input used by the Import command when the host has no native dialog (web host).
// Also the e2e tests' entry point: Playwright sets files on [data-testid=import-input].
import { pathForFile } from '../../api';
import { filesToSources } from './import-sources';
import { registerFilePicker } from './import-commands';
import { startImport } from './import-store';

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
        const files = Array.from(e.target.files ?? []);
        e.target.value = '';
        await startImport(await filesToSources(files, pathForFile));
      }}
    />
  );
}
