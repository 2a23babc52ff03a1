// The coder identity of this installation (id, name, colour), kept in <userDataDir>/coder.json;
// the settings dialog edits name and colour through coder.get / coder.set. Created on first use: a random UUID, the OS user name
// and a palette colour derived from the id, so two researchers' highlights differ in colour.
// The CLI uses the same file, so its codings are attributed to the same person.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Coder } from '../../../shared/domain/code';
import { checkCoderColor, checkCoderName, MAX_CODER_NAME } from '../../../shared/rules/memo-rules';
import { CODE_PALETTE, isHexColor } from './code-tree';

function defaultName(): string {
  try {
    return os.userInfo().username || 'Coder';
  } catch {
    return 'Coder';
  }
}

function read(file: string): Coder | null {
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (typeof raw.id === 'string' && /^[0-9a-f-]{36}$/.test(raw.id) && typeof raw.name === 'string' && raw.name.trim() && isHexColor(raw.color)) {
      return { id: raw.id, name: raw.name.trim().slice(0, 200), color: raw.color.toLowerCase() };
    }
  } catch {
    // missing or unreadable: a new identity is written below
  }
  return null;
}

function write(userDataDir: string, coder: Coder): void {
  const file = path.join(userDataDir, 'coder.json');
  try {
    fs.mkdirSync(userDataDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(coder, null, 2));
    fs.renameSync(tmp, file);
  } catch {
    // A read-only data folder: the identity still holds for this session.
  }
}

export interface CoderIdentity {
  /** The installation's coder, created and saved on first use. */
  get(): Coder;
  /** Renames or recolours the researcher (the id never changes: it ties their codings together). */
  set(patch: { name?: string; color?: string }): Coder;
}

/** One identity per data folder; the backend shares it between the coding and sharing handlers. */
export function coderIdentity(userDataDir: string): CoderIdentity {
  let cached: Coder | null = null;
  const get = (): Coder => {
    if (cached) return cached;
    cached = read(path.join(userDataDir, 'coder.json'));
    if (!cached) {
      const id = randomUUID();
      cached = { id, name: defaultName(), color: CODE_PALETTE[parseInt(id.slice(0, 2), 16) % CODE_PALETTE.length] };
      write(userDataDir, cached);
    }
    return cached;
  };
  return {
    get,
    set(patch) {
      const current = get();
      const name = checkCoderName(patch.name === undefined ? current.name : String(patch.name).trim().slice(0, MAX_CODER_NAME));
      const color = patch.color === undefined ? current.color : checkCoderColor(patch.color);
      cached = { id: current.id, name, color: color.toLowerCase() };
      write(userDataDir, cached);
      return cached;
    },
  };
}

/** Returns a getter for the installation's coder, creating and saving it on first use. */
export function installationCoder(userDataDir: string): () => Coder {
  return coderIdentity(userDataDir).get;
}
