// The DOCX package zipped with Node's own zlib (through yazl, which the REFI-QDA export also
// zips with) instead of docx's Packer, which deflates in JavaScript (fflate): for the report
// of 10,000 codings (~30 MB of XML) that was ~0.9 s of a 5-6 s export. docx still makes every
// part — its compiler's files, our document.xml given as an override, as Packer.toBuffer
// would — and the package holds the same parts in the same order with the same bytes
// (tests/unit/main/core/export/docx-zip.test.ts unzips both). The compiler is not part of
// docx's typed API: where it is missing (a docx release that moved it), Packer zips as before.
import { type File, Packer } from 'docx';
import yazl from 'yazl';

type PartData = string | Uint8Array | ArrayBuffer;

interface DocxCompiler {
  compile(file: File, prettify: unknown, overrides: Array<{ path: string; data: PartData }>): Map<string, PartData>;
}

/** zlib level 6: the level fflate and Word use; ~4x faster here than fflate at the same level. */
const LEVEL = 6;
/** A fixed modification time for every part (docx's own package stamps the time of zipping). */
const MTIME = new Date(Date.UTC(2000, 0, 1));

function compilerOf(): DocxCompiler | null {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return compiler && typeof compiler.compile === 'function' ? (compiler as DocxCompiler) : null;
}

function bytesOf(data: PartData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

/** The .docx bytes of `document`, with `overrides` replacing (or adding) parts by path. */
export async function packDocx(document: File, overrides: Array<{ path: string; data: PartData }>): Promise<Uint8Array> {
  const compiler = compilerOf();
  if (!compiler) return new Uint8Array(await Packer.toBuffer(document, undefined, overrides as Array<{ path: string; data: string }>));
  const parts = compiler.compile(document, undefined, overrides);
  const zip = new yazl.ZipFile();
  for (const [path, data] of parts) zip.addBuffer(bytesOf(data), path, { compress: true, compressionLevel: LEVEL, mtime: MTIME });
  zip.end();
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', resolve);
    zip.outputStream.on('error', reject);
  });
  return new Uint8Array(Buffer.concat(chunks));
}
