// What the user is told about files that reach the import (dropped on the window in the browser
// host or in Electron, or picked in the web file picker) but cannot be imported: a file that is
// not a PDF is named, several are counted (plural rules), and a drop with no project open says
// so instead of doing nothing. Pure, so both entry points share it and it is unit-tested.
import { isPdfFile } from './import-sources';

export interface ImportFileMessage {
  kind: 'error' | 'info';
  key: 'import.notPdf' | 'import.skippedNonPdf' | 'import.dropNeedsProject';
  params: Record<string, string | number>;
}

export function splitImportFiles<F extends { name: string; type: string }>(
  files: F[],
  hasProject: boolean,
): { pdfs: F[]; message: ImportFileMessage | null } {
  if (files.length === 0) return { pdfs: [], message: null };
  if (!hasProject) return { pdfs: [], message: { kind: 'error', key: 'import.dropNeedsProject', params: {} } };
  const pdfs = files.filter(isPdfFile);
  const skipped = files.filter((f) => !isPdfFile(f));
  if (skipped.length === 0) return { pdfs, message: null };
  // Nothing at all will be imported: an error, so it is not mistaken for a started import.
  const kind = pdfs.length === 0 ? 'error' : 'info';
  if (skipped.length === 1) return { pdfs, message: { kind, key: 'import.notPdf', params: { name: skipped[0].name || '?' } } };
  return { pdfs, message: { kind, key: 'import.skippedNonPdf', params: { count: skipped.length } } };
}
