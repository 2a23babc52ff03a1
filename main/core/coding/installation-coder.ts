// The coder identity of this installation (id, name, colour), kept in <userDataDir>/coder.json;
// the settings dialog edits name and colour through coder.get / coder.set. Created on first use: a random UUID, the OS user name
// and a palette colour derived from the id, so two researchers' highlights differ in colour.
// The CLI uses the same file, so its codings are attributed to the same person. A damaged
// file is reported and repaired, never silently replaced (coder-file.ts).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Coder, CoderFileProblem } from '../../../shared/domain/code';
import { checkCoderColor, checkCoderName, MAX_CODER_NAME } from '../../../shared/rules/memo-rules';
import { CODE_PALETTE } from './code-tree';
import { damagedProblem, keepBadCopy, readCoderFile } from './coder-file';

function defaultName(): string {
  try {
    return os.userInfo().username || 'Coder';
  } catch {
    return 'Coder';
  }
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
  /** What was wrong with coder.json when it was read (null: nothing), for the UI to report. */
  problem(): CoderFileProblem | null;
}

const paletteColor = (id: string) => CODE_PALETTE[parseInt(id.slice(0, 2), 16) % CODE_PALETTE.length];

/** One identity per data folder; the backend shares it between the coding and sharing handlers. */
export function coderIdentity(userDataDir: string): CoderIdentity {
  const file = path.join(userDataDir, 'coder.json');
  let cached: Coder | null = null;
  let problem: CoderFileProblem | null = null;
  // An unreadable file is never written over, also not by a rename in Settings.
  let writable = true;
  const get = (): Coder => {
    if (cached) return cached;
    const read = readCoderFile(file);
    if (read.state === 'ok') return (cached = read.coder);
    if (read.state === 'unreadable') {
      const id = randomUUID();
      writable = false;
      problem = { kind: 'unreadable', file: path.resolve(file), backupPath: null, detail: read.reason };
      return (cached = { id, name: defaultName(), color: paletteColor(id) });
    }
    if (read.state === 'damaged') {
      const backupPath = keepBadCopy(file);
      const id = read.recovered.id ?? randomUUID();
      problem = damagedProblem(file, read, backupPath);
      cached = { id, name: read.recovered.name ?? defaultName(), color: read.recovered.color ?? paletteColor(id) };
    } else {
      const id = randomUUID(); // first use
      cached = { id, name: defaultName(), color: paletteColor(id) };
    }
    write(userDataDir, cached);
    return cached;
  };
  return {
    get,
    set(patch) {
      const current = get();
      const name = checkCoderName(patch.name === undefined ? current.name : String(patch.name).trim().slice(0, MAX_CODER_NAME));
      const color = patch.color === undefined ? current.color : checkCoderColor(patch.color);
      cached = { id: current.id, name, color: color.toLowerCase() };
      if (writable) write(userDataDir, cached);
      return cached;
    },
    problem() {
      get();
      return problem;
    },
  };
}
