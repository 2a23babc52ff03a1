// Reading <userDataDir>/coder.json, the researcher's identity, without ever losing it. The id
// ties every highlight a researcher made, across projects and merges, to them: a damaged file
// must not silently become a new person. So a file that exists but cannot be used is
//   - copied to coder.json.bad-<UTC time> first (the original bytes are kept);
//   - repaired when the id can still be read (from the JSON, or, in a truncated or garbled
//     file, from the text around "id"), keeping whatever name and colour survive;
//   - replaced by a new identity only when no id can be recovered at all;
//   - left untouched when it cannot even be read (permissions): the session gets a temporary
//     identity that is not written, so the file is never overwritten.
// Every such case returns a problem the UI shows (coder.problem).
import fs from 'node:fs';
import path from 'node:path';
import type { Coder, CoderFileProblem } from '../../../shared/domain/code';
import { isHexColor } from './code-tree';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const NAME_MAX = 200;

export type CoderFileRead =
  | { state: 'missing' }
  | { state: 'ok'; coder: Coder }
  /** Damaged: `recovered` holds what could be read back (id null = nothing usable). */
  | { state: 'damaged'; recovered: { id: string | null; name: string | null; color: string | null }; reason: string }
  | { state: 'unreadable'; reason: string };

const validId = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v) && UUID.test(v);
const validName = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Reads and checks the file; never throws. */
export function readCoderFile(file: string): CoderFileRead {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'unreadable', reason: (err as Error).message };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { state: 'damaged', recovered: scavenge(text), reason: `not valid JSON (${(err as Error).message})` };
  }
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (validId(o.id) && validName(o.name) && isHexColor(o.color)) {
    return { state: 'ok', coder: { id: o.id, name: o.name.trim().slice(0, NAME_MAX), color: o.color.toLowerCase() } };
  }
  const bad = [!validId(o.id) && 'id', !validName(o.name) && 'name', !isHexColor(o.color) && 'colour'].filter(Boolean).join(', ');
  return {
    state: 'damaged',
    recovered: {
      id: validId(o.id) ? o.id : null,
      name: validName(o.name) ? o.name.trim().slice(0, NAME_MAX) : null,
      color: isHexColor(o.color) ? o.color.toLowerCase() : null,
    },
    reason: `missing or bad ${bad}`,
  };
}

/** What a truncated or garbled file still says: the id after "id", else any UUID; name; colour. */
function scavenge(text: string): { id: string | null; name: string | null; color: string | null } {
  const id = /"id"\s*:\s*"([0-9a-f-]{36})"/i.exec(text)?.[1] ?? UUID.exec(text)?.[0] ?? null;
  const name = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
  const color = /"color"\s*:\s*"(#[0-9a-f]{6})"/i.exec(text)?.[1] ?? null;
  let decoded: string | null = null;
  if (name !== undefined) {
    try {
      decoded = (JSON.parse(`"${name}"`) as string).trim().slice(0, NAME_MAX) || null;
    } catch {
      decoded = null;
    }
  }
  return { id: id && UUID.test(id) ? id.toLowerCase() : null, name: decoded, color: color ? color.toLowerCase() : null };
}

/** coder.json.bad-20261201T101502Z next to the file (a second one the same second gets -2, -3 …). */
export function keepBadCopy(file: string, now = new Date()): string | null {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let target = `${file}.bad-${stamp}`;
  for (let i = 2; fs.existsSync(target); i++) target = `${file}.bad-${stamp}-${i}`;
  try {
    fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
    return target;
  } catch {
    return null;
  }
}

/** The problem to report for a damaged file after it was copied and repaired or replaced. */
export function damagedProblem(file: string, read: Extract<CoderFileRead, { state: 'damaged' }>, backupPath: string | null): CoderFileProblem {
  const kind = read.recovered.id ? 'repaired' : 'replaced';
  return { kind, file: path.resolve(file), backupPath, detail: read.reason };
}
