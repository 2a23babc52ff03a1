// Turns dropped or picked files into import sources. A path is preferred when the host gives
// one (Electron), so a 100 MB report is not copied through the renderer; otherwise (browser)
// the bytes are read and sent.
import type { ImportSource } from '../../../shared/domain/import';

export function isPdfFile(file: { name: string; type: string }): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

export async function filesToSources(files: File[], host: 'electron' | 'web' | undefined): Promise<ImportSource[]> {
  const sources: ImportSource[] = [];
  for (const file of files.filter(isPdfFile)) {
    const path = (file as File & { path?: string }).path;
    if (host === 'electron' && path) sources.push({ kind: 'path', path });
    else sources.push({ kind: 'bytes', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return sources;
}
