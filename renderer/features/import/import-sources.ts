// Turns dropped or picked files into import sources. A path is preferred when the host gives
// one (Electron: webUtils.getPathForFile through the preload, since File.path is gone from
// Electron 32 on), so a 100 MB report is not copied through the renderer; otherwise (browser)
// the bytes are read and sent.
import type { ImportSource } from '../../../shared/domain/import';

export function isPdfFile(file: { name: string; type: string }): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

/** `pathOf` is renderer/api.ts' pathForFile: the file's path on disk, or null (browser). */
export async function filesToSources(files: File[], pathOf: (file: File) => string | null): Promise<ImportSource[]> {
  const sources: ImportSource[] = [];
  for (const file of files.filter(isPdfFile)) {
    const path = pathOf(file);
    if (path) sources.push({ kind: 'path', path });
    else sources.push({ kind: 'bytes', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return sources;
}
