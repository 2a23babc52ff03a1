// The coder identity of this installation (id, name, colour), kept in <userDataDir>/coder.json
// until the settings store carries it. Created on first use: a random UUID, the OS user name
// and a palette colour derived from the id, so two researchers' highlights differ in colour.
// The CLI uses the same file, so its codings are attributed to the same person.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Coder } from '../../../shared/domain/code';
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

/** Returns a getter for the installation's coder, creating and saving it on first use. */
export function installationCoder(userDataDir: string): () => Coder {
  let cached: Coder | null = null;
  return () => {
    if (cached) return cached;
    const file = path.join(userDataDir, 'coder.json');
    cached = read(file);
    if (!cached) {
      const id = randomUUID();
      cached = { id, name: defaultName(), color: CODE_PALETTE[parseInt(id.slice(0, 2), 16) % CODE_PALETTE.length] };
      try {
        fs.mkdirSync(userDataDir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify(cached, null, 2));
        fs.renameSync(tmp, file);
      } catch {
        // A read-only data folder: the identity still holds for this session.
      }
    }
    return cached;
  };
}
