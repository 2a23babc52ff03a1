// Project files through the UI's path prompt (the web host's stand-in for native dialogs):
// a project from a newer Glossa and a damaged file are refused with a clear message and left
// byte-identical while the open project stays open, and so is a colleague's project carrying a
// trigger (the schema whitelist runs on every open); Project ▸ New creates and opens a project.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from '@playwright/test';
import { fileState, withCodingWipeTrigger } from '../fixtures/hostile/hostile-projects';
import { test } from './fixtures';

const GLOSSA_APPLICATION_ID = 0x476c6f73;
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test.use({ seed: ['english'] });

async function openThroughPrompt(page: import('@playwright/test').Page, file: string) {
  await page.getByTestId('topbar-project-menu').click();
  await page.getByTestId('topbar-open').click();
  await page.getByTestId('path-input').fill(file);
  await page.getByTestId('path-ok').click();
}

test('newer-version and damaged project files are refused with a message and left unchanged', async ({ page, glossa, shell }) => {
  await glossa.openApp();
  await shell.expectProjectOpen('e2e-project');

  const newer = path.join(glossa.tmpDir, 'from-the-future.glossa');
  const db = new Database(newer);
  db.pragma(`application_id = ${GLOSSA_APPLICATION_ID}`);
  db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  db.pragma('user_version = 99');
  db.close();
  const newerHash = sha(newer);

  await openThroughPrompt(page, newer);
  await expect(shell.errorToasts.last()).toContainText(/newer version of Glossa/i);
  expect(sha(newer)).toBe(newerHash);
  expect(fs.existsSync(`${newer}-wal`)).toBe(false);
  await shell.expectProjectOpen('e2e-project');

  const damaged = path.join(glossa.tmpDir, 'damaged.glossa');
  fs.copyFileSync(glossa.projectPath, damaged);
  const bytes = fs.readFileSync(damaged);
  // Overwrite two pages in the middle of the file (page size 4096): b-tree pages become garbage.
  const at = Math.floor(bytes.length / 4096 / 2) * 4096;
  for (let i = at; i < Math.min(bytes.length, at + 8192); i++) bytes[i] = (i * 37) & 0xff;
  fs.writeFileSync(damaged, bytes);
  const damagedHash = sha(damaged);

  await openThroughPrompt(page, damaged);
  await expect(shell.errorToasts.last()).toContainText(/damaged/i);
  expect(sha(damaged)).toBe(damagedHash);
  await shell.expectProjectOpen('e2e-project');
  await expect(page.getByTestId('library-row')).toHaveCount(1);
});

test("a colleague's project with a trigger is refused through Project ▸ Open, naming the trigger", async ({ page, glossa, shell }) => {
  await glossa.openApp();
  await shell.expectProjectOpen('e2e-project');
  const colleague = path.join(glossa.tmpDir, 'colleague.glossa');
  withCodingWipeTrigger(colleague);
  const before = fileState(colleague);

  await openThroughPrompt(page, colleague);
  await expect(shell.errorToasts.last()).toContainText(/not that of a Glossa project \(triggers: keep_tidy\)/);
  expect(fileState(colleague)).toEqual(before);
  await shell.expectProjectOpen('e2e-project');
  await expect(page.getByTestId('library-row')).toHaveCount(1);
});

test('Project ▸ New creates a project and opens it', async ({ page, glossa, shell }) => {
  await glossa.openApp();
  const file = path.join(glossa.tmpDir, 'moldova-study.glossa');
  await page.getByTestId('topbar-project-menu').click();
  await page.getByTestId('topbar-new').click();
  await page.getByTestId('path-input').fill(file);
  await page.getByTestId('path-ok').click();
  await shell.expectProjectOpen('moldova-study');
  await expect(page.getByTestId('library-empty')).toBeVisible();
  expect(fs.existsSync(file)).toBe(true);
});
