// The file of a Zotero attachment, confined to the data directory. Zotero stores an imported
// file as itemAttachments.path = "storage:<file name>" in <dataDir>/storage/<attachment key>/.
// The path comes from a database file, so it is untrusted: a name with a separator or "..",
// an absolute path, a key that is not a Zotero key, or a symlink whose target leaves the
// storage folder is refused, never read. Linked files (linkMode 2) live wherever the user
// put them, outside the data directory: they are listed as skipped, not read.
import fs from 'node:fs';
import path from 'node:path';
import { GlossaError } from '../../../shared/errors';
import type { ZAttachmentRow } from '../../db/zotero/zotero-sql';

export const LINK_MODE_IMPORTED_FILE = 0;
export const LINK_MODE_IMPORTED_URL = 1;
export const LINK_MODE_LINKED_FILE = 2;

/** Zotero object keys are 8 characters of 23456789ABCDEFGHIJKLMNPQRSTUVWXYZ; older data may differ in alphabet, never in shape. */
const KEY = /^[A-Za-z0-9]{1,32}$/;

function unsafe(a: ZAttachmentRow, why: string): GlossaError {
  return new GlossaError('zotero.unsafePath', `The attachment ${a.key} points outside the Zotero storage folder (${why}); it was not read.`, { key: a.key, detail: why });
}

export interface AttachmentFile {
  /** The real path, inside <dataDir>/storage/. */
  path: string;
  name: string;
}

export function attachmentFile(dataDir: string, a: ZAttachmentRow): AttachmentFile {
  if (a.linkMode === LINK_MODE_LINKED_FILE) {
    throw new GlossaError('zotero.linkedFile', `The attachment ${a.key} is a linked file outside the Zotero data directory; Glossa reads only files Zotero stores itself.`, { key: a.key });
  }
  if (a.linkMode !== LINK_MODE_IMPORTED_FILE && a.linkMode !== LINK_MODE_IMPORTED_URL) {
    throw new GlossaError('zotero.noPdf', `The attachment ${a.key} has no stored file.`, { key: a.key });
  }
  const stored = a.path ?? '';
  if (!stored.startsWith('storage:')) throw unsafe(a, 'not a "storage:" path');
  const name = stored.slice('storage:'.length);
  if (!KEY.test(a.key)) throw unsafe(a, 'not a Zotero key');
  if (!name || name === '.' || name === '..' || /[/\\\u0000]/.test(name) || path.isAbsolute(name) || /^[A-Za-z]:/.test(name)) throw unsafe(a, 'a folder in the file name');
  const storage = path.join(path.resolve(dataDir), 'storage');
  const file = path.join(storage, a.key, name);
  let real: string;
  let realStorage: string;
  try {
    realStorage = fs.realpathSync(storage);
    real = fs.realpathSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new GlossaError('zotero.fileMissing', `The file "${name}" of attachment ${a.key} is not in the Zotero storage folder (not synced or deleted).`, { key: a.key, file: name });
    }
    throw err;
  }
  if (!real.startsWith(realStorage + path.sep)) throw unsafe(a, 'a link leading out of the storage folder');
  if (!fs.statSync(real).isFile()) throw unsafe(a, 'not a file');
  return { path: real, name };
}
