// The desktop app itself, where Electron's binary exists (a developer's machine after a plain
// `npm ci` and `npm start` once, for the Electron build of better-sqlite3): Playwright starts
// Electron with a .glossa file in argv (as a double-click does), imports a PDF through the
// import input, codes a passage with the keyboard, and exports the evidence as PDF through the
// preload bridge (the native save dialog cannot be driven). Without the binary it skips and
// says why (CI and this project's machines install with ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { PAGE_BREAK_PARTS, PAGE_BREAK_TITLE, makePageBreakReport, writeFixture } from '../fixtures/pdf-fixtures';
import { CodingPage } from './pages/coding-page';
import { ImportPanel } from './pages/import-panel';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const repoRoot = path.resolve(__dirname, '..', '..');

function electronSkipReason(): string | null {
  let binary: string;
  try {
    // node_modules/electron/index.js throws "Electron failed to install correctly" without it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    binary = require(path.join(repoRoot, 'node_modules', 'electron')) as string;
  } catch (err) {
    return `Electron's binary is not installed (${(err as Error).message.split('\n')[0]})`;
  }
  if (!fs.existsSync(binary)) return `Electron's binary is not at ${binary}`;
  const binding = path.join(repoRoot, '.electron-native', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(binding)) return `better-sqlite3 is not built for Electron (${binding}); run \`npx tsx main/electron/build-native.ts\``;
  return null;
}

const skip = electronSkipReason();
if (skip) console.warn(`electron-smoke skipped: ${skip}`);

test('the desktop app opens a project from argv, imports, codes and exports a PDF', async () => {
  test.skip(skip !== null, skip ?? '');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-electron-'));
  const project = path.join(dir, 'smoke.glossa');
  // The CLI creates the project file the app is then asked to open.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runCli } = require('../../main/cli/run-cli') as typeof import('../../main/cli/run-cli');
  expect(await runCli(['new', project], { out: () => undefined, err: () => undefined, stdoutTty: false, stderrTty: false })).toBe(0);
  const pdf = writeFixture(dir, 'mission.pdf', await makePageBreakReport());

  const app = await electron.launch({
    args: [repoRoot, project],
    cwd: repoRoot,
    env: { ...process.env, GLOSSA_DATA_DIR: path.join(dir, 'data') },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('project-name')).toHaveText('smoke');

    const imports = new ImportPanel(page);
    await imports.chooseFiles([pdf]);
    await imports.waitFinished();
    await imports.close();

    const library = new LibraryPage(page);
    const reader = new ReaderPage(page);
    const coding = new CodingPage(page);
    await library.open(PAGE_BREAK_TITLE);
    await reader.expectOpen(2);
    const first = coding.span(0, PAGE_BREAK_PARTS[0]);
    await coding.centerInReader(first);
    await coding.dragSelect(first, first);
    await expect(coding.pickerInput).toBeFocused();
    await page.keyboard.type('knowledge prod');
    await page.keyboard.press('Enter');
    await expect(coding.rows).toHaveCount(1);

    const out = path.join(dir, 'evidence.pdf');
    const started = await page.evaluate(async (file) => {
      const glossa = (window as unknown as { glossa: Record<string, (i: unknown) => Promise<{ ok?: { jobId: string }; error?: unknown }>> }).glossa;
      return glossa['export.start']({ format: 'pdf', path: file });
    }, out);
    expect(started.error).toBeUndefined();
    await expect.poll(() => fs.existsSync(out) && fs.readFileSync(out).subarray(0, 5).toString(), { timeout: 60_000 }).toBe('%PDF-');
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
