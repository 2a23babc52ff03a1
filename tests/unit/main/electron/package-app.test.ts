// `npm run dist` must leave node_modules' better-sqlite3 as the Node build it found.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE_BUILD_FILES, withFilesPreserved } from '../../../../main/electron/package-app';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-dist-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('withFilesPreserved', () => {
  it('puts a rebuilt binding back, after success and after a failure', () => {
    const file = path.join(tmp, 'better_sqlite3.node');
    fs.writeFileSync(file, 'node-abi-115');
    expect(withFilesPreserved([file], () => (fs.writeFileSync(file, 'electron-abi-140'), 0))).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe('node-abi-115');
    expect(() => withFilesPreserved([file], () => {
      fs.rmSync(file);
      throw new Error('electron-builder failed');
    })).toThrow('electron-builder failed');
    expect(fs.readFileSync(file, 'utf8')).toBe('node-abi-115');
  });

  it('guards the binding electron-builder rebuilds', () => {
    expect(NODE_BUILD_FILES.map((f) => f.split(path.sep).join('/'))).toEqual(['node_modules/better-sqlite3/build/Release/better_sqlite3.node']);
  });
});
