// Launches the real desktop app when Electron's binary is installed. On machines installed
// with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (CI here) the binary is absent: the suite is skipped
// and says why, rather than pretending to pass.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

function electronBinary(): { path: string | null; reason: string } {
  try {
    const bin = createRequire(path.join(repoRoot, 'package.json'))('electron') as unknown;
    if (typeof bin !== 'string') return { path: null, reason: 'require("electron") did not return a binary path' };
    if (!fs.existsSync(bin)) return { path: null, reason: `the Electron binary is missing at ${bin}` };
    return { path: bin, reason: '' };
  } catch (err) {
    return { path: null, reason: `require("electron") failed: ${(err as Error).message.split('\n')[0]}` };
  }
}

const electron = electronBinary();
const built = fs.existsSync(path.join(repoRoot, 'dist', 'main', 'electron-main.js'));
const skipReason = !electron.path ? electron.reason : !built ? 'dist/main is not built (npm run build)' : '';
if (skipReason) console.log(`[electron.test] skipped: ${skipReason}`);

describe.skipIf(Boolean(skipReason))('Electron app', () => {
  it('opens a sandboxed window on app:// with the preload bridge and no Node', async () => {
    const { _electron } = await import('@playwright/test');
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-electron-'));
    const app = await _electron.launch({
      executablePath: electron.path!,
      args: [repoRoot, `--user-data-dir=${userData}`, '--no-sandbox'],
      env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: '1' },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(page.url()).toMatch(/^app:\/\/glossa\//);
      const probe = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: typeof (window as unknown as { glossa?: { 'app.info'?: unknown } }).glossa?.['app.info'],
      }));
      expect(probe).toEqual({ require: 'undefined', process: 'undefined', bridge: 'function' });
      const info = await page.evaluate(() => (window as unknown as { glossa: { 'app.info': () => Promise<unknown> } }).glossa['app.info']());
      expect(info).toMatchObject({ ok: { host: 'electron' } });
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
