// Reads zip archives back in tests (DOCX, XLSX, .qdpx are zips) with yauzl, the same
// library the app reads .qdpx files with: every entry as bytes, or one entry as UTF-8 text.
import yauzl from 'yauzl';

/** Every entry of the archive, by name. */
export function unzipAll(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** One entry as UTF-8 text (e.g. word/document.xml); rejects when the archive lacks it. */
export async function unzipText(bytes: Uint8Array, name: string): Promise<string> {
  const entry = (await unzipAll(bytes)).get(name);
  if (!entry) throw new Error(`${name} not in the archive`);
  return entry.toString('utf8');
}
