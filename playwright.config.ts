// Playwright: end-to-end tests in Debian's Chromium against the web host (`npm run web`'s
// dist/main/web-host.js), one fresh host, data dir and project per test (tests/e2e/fixtures.ts).
// `npm test` builds before it runs Playwright; run alone with `npm run build && npx playwright test`.
// One worker: the machine has 2 cores and import already uses one extraction worker per core.
// No retries: a test that passes only on the second try is a bug to fix, not to hide.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // 600-page import + render on 2 shared cores: ~10-20 s of work in the longest test.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  outputDir: 'test-results/e2e',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // The system Chromium; never `npx playwright install` (no downloads on this machine).
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium' }],
});
