// coder.json is the researcher's identity: a damaged file is reported and repaired keeping the
// id whenever any part of it is readable, a copy of the bad file is kept, and a new identity
// is made only when nothing is recoverable (and then reported, never silently). A file that
// cannot be read at all is never written over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coderIdentity } from '../../../../../main/core/coding/installation-coder';

const ID = '6f1c1f0e-1111-4aaa-8bbb-000000000001';
let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-coder-'));
  file = path.join(dir, 'coder.json');
});
afterEach(() => {
  fs.chmodSync(dir, 0o755);
  if (fs.existsSync(file)) fs.chmodSync(file, 0o644);
  fs.rmSync(dir, { recursive: true, force: true });
});

const badCopies = () => fs.readdirSync(dir).filter((f) => f.startsWith('coder.json.bad-'));

describe('installation coder identity', () => {
  it('a missing file is a first start: a new identity, no problem', () => {
    const id = coderIdentity(dir);
    expect(id.get().id).toMatch(/^[0-9a-f-]{36}$/);
    expect(id.problem()).toBeNull();
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).id).toBe(id.get().id);
  });

  it('a truncated file keeps its id, name and colour, is reported, and the bad bytes are kept', () => {
    const original = JSON.stringify({ id: ID, name: 'Анна Petrova', color: '#e15759' }, null, 2);
    const truncated = original.slice(0, original.length - 2); // a crash mid-write, a full disk: no closing brace
    fs.writeFileSync(file, truncated);
    const identity = coderIdentity(dir);
    expect(identity.get()).toEqual({ id: ID, name: 'Анна Petrova', color: '#e15759' });
    const problem = identity.problem()!;
    expect(problem).toMatchObject({ kind: 'repaired', file: path.resolve(file) });
    expect(problem.detail).toMatch(/not valid JSON/);
    expect(badCopies()).toHaveLength(1);
    expect(fs.readFileSync(problem.backupPath!, 'utf8')).toBe(truncated);
    // Repaired on disk: the next start reads it cleanly.
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ id: ID, name: 'Анна Petrova', color: '#e15759' });
    expect(coderIdentity(dir).problem()).toBeNull();
  });

  it('valid JSON with a bad field keeps the id and fills in the rest', () => {
    fs.writeFileSync(file, JSON.stringify({ id: ID, name: '', color: 'red' }));
    const identity = coderIdentity(dir);
    expect(identity.get().id).toBe(ID);
    expect(identity.get().color).toMatch(/^#[0-9a-f]{6}$/);
    expect(identity.problem()).toMatchObject({ kind: 'repaired', detail: 'missing or bad name, colour' });
    expect(badCopies()).toHaveLength(1);
  });

  it('garbage with no id left: a new identity, reported as replaced, the garbage kept', () => {
    fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x7b]));
    const identity = coderIdentity(dir);
    expect(identity.get().id).not.toBe(ID);
    expect(identity.problem()).toMatchObject({ kind: 'replaced' });
    expect(fs.readFileSync(identity.problem()!.backupPath!)).toEqual(Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x7b]));
  });

  it('a path that cannot be read as a file is reported as unreadable and left in place', () => {
    fs.mkdirSync(file); // EISDIR: not "missing", so not a first start either
    fs.writeFileSync(path.join(file, 'keep'), 'x');
    const identity = coderIdentity(dir);
    expect(identity.get().id).toMatch(/^[0-9a-f-]{36}$/);
    expect(identity.problem()).toMatchObject({ kind: 'unreadable', backupPath: null });
    identity.set({ name: 'Renamed' });
    expect(fs.readFileSync(path.join(file, 'keep'), 'utf8')).toBe('x');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is reported and never written over, not even by a rename', () => {
    fs.writeFileSync(file, JSON.stringify({ id: ID, name: 'Alice', color: '#e15759' }));
    fs.chmodSync(file, 0o000);
    const identity = coderIdentity(dir);
    expect(identity.problem()).toMatchObject({ kind: 'unreadable', backupPath: null });
    identity.set({ name: 'Someone else' });
    fs.chmodSync(file, 0o644);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ id: ID, name: 'Alice', color: '#e15759' });
  });
});
