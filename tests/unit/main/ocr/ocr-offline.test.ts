// OCR is fully offline: with every network call refused (fetch, sockets, DNS: preloaded into
// the process and its worker threads) and an empty working folder, a Russian scan is read from
// the vendored data, nothing is attempted over the network, and no cached copy of the language
// data is written anywhere near the working folder (tesseract.js's default cache is ./).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCAN_RU_MARKER } from '../../../fixtures/scan-fixtures';

const here = path.join(__dirname, 'offline');
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

describe('OCR offline', () => {
  it('reads a scan with the network refused, writing nothing to the working folder', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-ocr-offline-'));
    try {
      const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
      const child = spawnSync(process.execPath, [tsx, path.join(here, 'ocr-one-page.ts')], {
        cwd,
        env: { ...process.env, NODE_OPTIONS: `--require ${path.join(here, 'no-network.cjs')}`, GLOSSA_ASSETS_DIR: path.join(repoRoot, 'assets') },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(child.stderr).not.toMatch(/NETWORK ATTEMPT/);
      expect(child.status, child.stderr).toBe(0);
      expect((JSON.parse(child.stdout) as { text: string }).text).toContain(SCAN_RU_MARKER);
      expect(fs.readdirSync(cwd)).toEqual([]);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  }, 150_000);
});
