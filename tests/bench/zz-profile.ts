import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { longReportPath } from '../fixtures/pdf-fixtures';
import { seedProject, startWebHost } from '../e2e/web-host-process';
(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-prof-'));
  const projectPath = path.join(dir, 'p.glossa');
  await seedProject(projectPath, [await longReportPath()]);
  const host = await startWebHost({ projectPath, dataDir: path.join(dir, 'data') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(host.url);
  await page.getByTestId('library-row').first().waitFor();
  await page.waitForTimeout(2500);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const row = page.getByTestId('library-row').first();
  await row.click();
  await cdp.send('Profiler.start');
  await row.getByTestId('library-open').click();
  await page.locator('.reader-page-text-ready').first().waitFor();
  const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }>; samples: number[]; timeDeltas: number[] } };
  const interval = profile.timeDeltas.reduce((a, b) => a + b, 0) / profile.samples.length / 1000;
  const self = new Map<string, number>();
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + n.hitCount * interval);
  }
  const byUrl = new Map<string, number>();
  for (const n of profile.nodes) { const k = path.basename(n.callFrame.url) || n.callFrame.functionName; byUrl.set(k, (byUrl.get(k) ?? 0) + n.hitCount * interval); }
  console.log([...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
  console.log('---');
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
  await browser.close(); await host.stop();
})();
