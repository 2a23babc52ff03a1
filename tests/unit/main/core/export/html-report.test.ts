import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { FIXTURE_BUNDLE, FIXTURE_PASSAGES } from './evidence-fixture';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  dir = mkdtempSync(path.join(tmpdir(), 'glossa-html-export-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(options = {}) {
  const bytes = await exportEvidence(FIXTURE_BUNDLE, { format: 'html', ...options });
  const file = path.join(dir, `report-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, bytes);
  const page = await browser.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto(pathToFileURL(file).href);
  return { page, html: new TextDecoder().decode(bytes), requests, consoleErrors, url: pathToFileURL(file).href };
}

describe('HTML evidence report', () => {
  it('shows every quote exactly, with its citation, in Chromium', async () => {
    const { page } = await open();
    const quotes = await page.$$eval('blockquote.quote', (els) => els.map((e) => e.textContent));
    const citations = await page.$$eval('blockquote.quote + p.citation', (els) => els.map((e) => e.textContent));
    for (const { quote, pages } of FIXTURE_PASSAGES) {
      const i = quotes.indexOf(quote);
      expect(i, quote).toBeGreaterThan(-1);
      expect(citations[i]).toContain(`, ${pages} \u00b7`);
    }
    // Rendered text (what a reader sees) keeps the line break and Cyrillic.
    const text = await page.innerText('body');
    expect(text).toContain('Article 4.\n2. The Parties shall co-operate  closely.');
    expect(text).toContain('«Ёмкость» национальных механизмов — ещё один вопрос; Ё и ё должны сохраниться.');
    await page.close();
  });

  it('is self-contained: utf-8, lang, no scripts, no requests beyond the file itself', async () => {
    const { page, html, requests, url } = await open({ includeTables: true, includeMemos: true, language: 'ru' });
    expect(html).toContain('<meta charset="utf-8">');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.$$eval('script', (s) => s.length)).toBe(0);
    expect(requests).toEqual([url]);
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    // The fixture's <script> quote is text, and the Russian passage is tagged as Russian.
    expect(await page.innerText('body')).toContain('<script>alert("x")</script>');
    const russian = await page.$$eval('blockquote.quote[lang="ru"]', (els) => els.map((e) => e.textContent));
    expect(russian).toHaveLength(3); // ann-2, and ann-4 under two codes
    expect(russian.join('\n')).toContain('Ёмкость');
    await page.close();
  });

  it('contains the title page, codebook, memos and tables', async () => {
    const { page } = await open({ includeTables: true, includeMemos: true });
    expect(await page.textContent('h1')).toBe('Anti-trafficking «Евразия» 2024');
    const text = await page.innerText('body');
    expect(text).toContain('Selection: Codes: Knowledge production, Партнёрство; organisation: OSCE/ODIHR');
    expect(text).toContain('Include: Surveys; <indicators>.');
    expect(text).toContain('Project memo: compare OSCE and СНГ framing.');
    expect(await page.$$eval('table', (t) => t.length)).toBe(4);
    const headers = await page.$$eval('table:first-of-type th', (t) => t.map((e) => e.textContent));
    expect(headers).toContain('OSCE/ODIHR');
    await page.close();
  });
});
