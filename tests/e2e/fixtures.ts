// The e2e fixture (after Actual's packages/desktop-electron/e2e/fixtures.ts): EVERY test gets its
// own temp dir holding a data dir and a project path, its own web host process started on that
// project (created when missing), and page objects bound to the test's page. The host is killed
// and the temp dir removed after the test; the host's output is attached when a test fails.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { longReportPath, makeEnglishReport, makeRussianReport, writeFixture } from '../fixtures/pdf-fixtures';
import { makeTipHeadingsReport, makeTipOutlineReport } from '../fixtures/tip-outline-report';
import { ImportPanel } from './pages/import-panel';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { SearchPage } from './pages/search-page';
import { Shell } from './pages/shell';
import { seedProject, startWebHost, type WebHost } from './web-host-process';
import { makeLabelledReport, makeTwoColumnHyphenatedReport } from '../fixtures/citation-fixtures';

export type SeedPdf = 'english' | 'russian' | 'long' | 'labelled' | 'two-column-hyphenated' | 'zotero-annotated' | 'tip-outline' | 'tip-headings';

/** Seed PDFs under the names the specs expect (written next to the seed project). */
async function seedPdfPath(kind: SeedPdf, dir: string): Promise<string> {
  switch (kind) {
    case 'english': return writeFixture(dir, 'english-report.pdf', await makeEnglishReport());
    case 'russian': return writeFixture(dir, 'doklad-ru.pdf', await makeRussianReport());
    case 'tip-outline': return writeFixture(dir, 'mini-tip-report.pdf', await makeTipOutlineReport());
    case 'tip-headings': return writeFixture(dir, 'mini-tip-no-bookmarks.pdf', await makeTipHeadingsReport());
    case 'long': return longReportPath();
    case 'labelled': return writeFixture(dir, 'greta-labelled.pdf', await makeLabelledReport());
    case 'two-column-hyphenated': return writeFixture(dir, 'eu-two-column.pdf', await makeTwoColumnHyphenatedReport());
    case 'zotero-annotated': {
      // pdf.js places the quads on the real text layout: run under tsx, not Playwright's loader.
      const out = path.join(dir, 'zotero-annotated.pdf');
      const root = path.resolve(__dirname, '..', '..');
      execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'tests', 'fixtures', 'write-zotero-annotated.ts'), out]);
      return out;
    }
  }
}

export interface GlossaEnv {
  page: Page;
  /** http://127.0.0.1:PORT of the current host. */
  baseUrl: string;
  token: string;
  projectPath: string;
  dataDir: string;
  /** Scratch dir for PDFs the test writes. */
  tmpDir: string;
  /** Opens the app with the token, waits for the shell with the project loaded. */
  openApp(): Promise<void>;
  /** Stops the host and starts a new one on the same project and data dir (a relaunch). */
  restartHost(): Promise<void>;
  /** SIGKILLs the host (a crash); restartHost() then starts a new one on the same files. */
  killHost(): Promise<void>;
}

interface WorkerFixtures {
  /** Seeded project files made once per worker and copied per test (a CLI import of 600 pages takes ~10 s). */
  seededProjects: (seed: SeedPdf[]) => Promise<string>;
}

interface Fixtures {
  /** Generated PDFs imported with the CLI before the host starts: test.use({ seed: [...] }). */
  seed: SeedPdf[];
  glossa: GlossaEnv;
  shell: Shell;
  library: LibraryPage;
  importer: ImportPanel;
  search: SearchPage;
  reader: ReaderPage;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  seed: [[], { option: true }],

  seededProjects: [
    async ({}, use) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-e2e-seeds-'));
      const made = new Map<string, Promise<string>>();
      await use((seed) => {
        const key = seed.join('+');
        let file = made.get(key);
        if (!file) {
          const sub = fs.mkdtempSync(path.join(dir, 'seed-'));
          const target = path.join(sub, 'e2e-project.glossa');
          file = Promise.all(seed.map((kind) => seedPdfPath(kind, sub))).then((pdfs) => seedProject(target, pdfs)).then(() => target);
          made.set(key, file);
        }
        return file;
      });
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  glossa: async ({ page, seed, seededProjects }, use, testInfo) => {
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-e2e-'));
    const dataDir = path.join(tmpDir, 'data');
    const projectPath = path.join(tmpDir, 'e2e-project.glossa');
    let host: WebHost | null = null;
    const logs: string[] = [];
    try {
      fs.mkdirSync(dataDir);
      if (seed.length > 0) {
        const template = await seededProjects(seed);
        // The CLI closes cleanly (WAL checkpointed into the file); copy a leftover WAL all the same.
        for (const suffix of ['', '-wal']) if (fs.existsSync(template + suffix)) fs.copyFileSync(template + suffix, projectPath + suffix);
      }
      host = await startWebHost({ projectPath, dataDir });
      const current = () => host!;
      const env: GlossaEnv = {
        page,
        get baseUrl() {
          return current().baseUrl;
        },
        get token() {
          return current().token;
        },
        projectPath,
        dataDir,
        tmpDir,
        async openApp() {
          await page.goto(current().url);
          await expect(page.getByTestId('app')).toHaveAttribute('data-project', 'open');
        },
        async restartHost() {
          const old = current();
          host = null;
          await old.stop(); // a no-op after killHost()
          logs.push(old.log());
          host = await startWebHost({ projectPath, dataDir });
        },
        async killHost() {
          await current().kill();
        },
      };
      await use(env);
    } finally {
      if (host) {
        await host.stop();
        logs.push(host.log());
      }
      if (testInfo.status !== testInfo.expectedStatus && logs.length > 0) {
        await testInfo.attach('web-host.log', { body: logs.join('\n--- restart ---\n'), contentType: 'text/plain' });
      }
      // Also when the host failed to start: no temp dir is left behind.
      fs.rmSync(tmpDir, { recursive: true, force: true });
    }
  },

  shell: async ({ page }, use) => use(new Shell(page)),
  library: async ({ page }, use) => use(new LibraryPage(page)),
  importer: async ({ page }, use) => use(new ImportPanel(page)),
  search: async ({ page }, use) => use(new SearchPage(page)),
  reader: async ({ page }, use) => use(new ReaderPage(page)),
});

export { expect };

/** Where the README's screenshots live; the e2e run refreshes them. */
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

/** Saves a README screenshot (1280x800 viewport, PNG). */
export async function readmeScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Park the pointer on the brand: a hover effect left over from the last click would be captured.
  await page.mouse.move(20, 20);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled', caret: 'hide' });
}
