// Issue 5's acceptance walk-through in Chromium against the web host: two researchers code the
// same report in two projects (Alice in the project the host has open, Boris in the copy she
// sent him: both edit the same highlight's comment, and each codes passages of their own that
// overlap); then, in the UI, Alice merges Boris's file, reads the merge summary, resolves the
// conflict in the conflicts view, and the agreement view shows the figures the backend computes.
// Refreshes the README screenshots of the agreement and conflicts views.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { Coder } from '../../shared/domain/code';
import type { AgreementReport } from '../../shared/domain/share';
import { expect, readmeScreenshot, test } from './fixtures';
import { repoRoot } from './web-host-process';

test.use({ seed: ['english'] });

const execFileP = promisify(execFile);
const TSX = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

/** Runs tests/e2e/sharing-seed.ts in a child process (see there); returns the shared highlight's id. */
async function seedTwoCoders(args: { projectPath: string; borisPath: string; aliceData: string; borisData: string }): Promise<string> {
  const { stdout } = await execFileP(TSX, [path.join(__dirname, 'sharing-seed.ts'), JSON.stringify(args)], { cwd: repoRoot });
  return (JSON.parse(stdout) as { conflictAnnotation: string }).conflictAnnotation;
}

class TeamPage {
  constructor(readonly page: Page) {}
  readonly shareMenu = () => this.page.getByTestId('topbar-share');
  async menu(item: string): Promise<void> {
    await this.shareMenu().click();
    await this.page.getByTestId(`share-menu-${item}`).click();
  }
  async typePath(p: string): Promise<void> {
    const dialog = this.page.getByTestId('share-path-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('share-path-input').fill(p);
    await dialog.getByTestId('share-path-ok').click();
  }
}

test('two coders, merge, conflicts resolved in the conflicts view, agreement figures', async ({ glossa, page }) => {
  const team = new TeamPage(page);
  const boris = path.join(glossa.tmpDir, 'boris.glossa');
  let conflictAnnotation = '';

  await test.step('seed: Alice codes and sends her project; both edit the same highlight and code their own passages', async () => {
    conflictAnnotation = await seedTwoCoders({
      projectPath: glossa.projectPath, borisPath: boris, aliceData: glossa.dataDir, borisData: path.join(glossa.tmpDir, 'boris-data'),
    });
    // The host reads the project and the coder identity afresh, as after a relaunch.
    await glossa.restartHost();
  });

  await glossa.openApp();

  await test.step('merge from Boris\'s file: the summary counts his highlights and one conflict', async () => {
    await team.menu('merge');
    await team.typePath(boris);
    const summary = page.getByTestId('merge-summary');
    await expect(summary).toBeVisible();
    // Boris's three highlights, plus his version of the shared one kept beside Alice's until resolved.
    await expect(summary.getByTestId('merge-added-annotations')).toHaveText('4');
    await expect(summary).toContainText('Merged from "Boris".');
    await expect(summary.getByTestId('merge-conflict-count')).toHaveText('1 conflict to resolve.');
    await summary.getByTestId('merge-review-conflicts').click();
  });

  await test.step('the conflicts view shows both versions side by side; keep theirs', async () => {
    const view = page.getByTestId('conflicts-view');
    await expect(view).toBeVisible();
    const card = view.getByTestId('conflict-card');
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('conflict-mine-quote')).toHaveText('forty-two victims');
    await expect(card.getByTestId('conflict-theirs-quote')).toHaveText('forty-two victims');
    await expect(card.getByTestId('conflict-mine-comment')).toHaveText('Alice: the official count.');
    await expect(card.getByTestId('conflict-theirs-comment')).toHaveText('Boris: an estimate, not a count.');
    await expect(card.getByTestId('conflict-mine-codes')).toHaveText('Victims');
    // Each side names who made its version: Alice created the highlight; Boris edited theirs.
    await expect(card.getByTestId('conflict-mine-createdBy')).toHaveText('Alice');
    await expect(card.getByTestId('conflict-theirs-createdBy')).toHaveText('Alice');
    await expect(card.getByTestId('conflict-mine-editedBy')).toHaveText('Alice');
    await expect(card.getByTestId('conflict-theirs-editedBy')).toHaveText('Boris');
    // The colleague is named by his coder name, not by the name of the project he received.
    await expect(card.locator('thead')).toContainText('Boris (theirs)');
    await expect(page.getByTestId('open-conflicts-badge')).toHaveText('1');
    await readmeScreenshot(page, 'conflicts');

    await card.getByTestId('resolve-theirs').click();
    await expect(view.getByTestId('conflicts-empty')).toBeVisible();
    await expect(page.getByTestId('open-conflicts-badge')).toHaveCount(0);
    await view.getByTestId('conflicts-resolved').click();
    await expect(view.getByTestId('conflict-resolution')).toHaveText(/Keep theirs/);

    // The highlight now carries Boris's comment, once (the side-by-side copy is gone).
    const anns = await page.request.post(`${glossa.baseUrl}/api/annotations.list`, {
      headers: { Authorization: `Bearer ${glossa.token}` }, data: {},
    });
    const list = (await anns.json()) as Array<{ id: string; comment: string }>;
    expect(list.filter((a) => a.comment.startsWith('Boris'))).toEqual([expect.objectContaining({ id: conflictAnnotation })]);
    expect(list.filter((a) => a.comment.startsWith('Alice'))).toEqual([]);
  });

  await test.step('the agreement view shows the figures the backend computes, and the disagreeing passages', async () => {
    await page.getByTestId('team-tab-agreement').click();
    const view = page.getByTestId('agreement-view');
    await expect(view.getByTestId('agreement-coder-Alice')).toBeChecked();
    await expect(view.getByTestId('agreement-coder-Boris')).toBeChecked();
    await view.getByTestId('agreement-compute').click();
    await expect(view.getByTestId('agreement-table')).toBeVisible();

    const coders = (await (await page.request.post(`${glossa.baseUrl}/api/coders.list`, { headers: { Authorization: `Bearer ${glossa.token}` } })).json()) as Coder[];
    const res = await page.request.post(`${glossa.baseUrl}/api/agreement.compute`, {
      headers: { Authorization: `Bearer ${glossa.token}` },
      data: { coderIds: ['Alice', 'Boris'].map((n) => coders.find((c) => c.name === n)!.id) },
    });
    const report = (await res.json()) as AgreementReport;
    expect(report.codes.map((c) => c.codeName).sort()).toEqual(['Exploitation', 'Victims']);
    const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(3));
    const overall = view.getByTestId('agreement-overall');
    await expect(overall.getByTestId('agreement-percent')).toHaveText(`${(report.overall.pairs[0].percentAgreement * 100).toFixed(1)}%`);
    await expect(overall.getByTestId('agreement-kappa')).toHaveText(fmt(report.overall.pairs[0].kappa));
    await expect(overall.getByTestId('agreement-alpha')).toHaveText(fmt(report.overall.alpha));
    await expect(overall.getByTestId('agreement-ualpha')).toHaveText(fmt(report.overall.unitizedAlpha));
    await expect(overall.getByTestId('agreement-alpha1995')).toHaveText(fmt(report.overall.alphaU1995));
    expect(report.overall.pairs[0].kappa).not.toBeNull();
    await expect(view.getByTestId('agreement-row')).toHaveCount(2);

    // Exploitation: Alice's and Boris's overlapping highlights side by side in one passage.
    const passage = view.getByTestId('disagreement').filter({ hasText: 'Labour exploitation in agriculture' });
    await expect(passage).toHaveCount(1);
    await expect(passage.getByTestId('disagreement-coder').nth(0)).toContainText('Labour exploitation in agriculture');
    await expect(passage.getByTestId('disagreement-coder').nth(1)).toContainText('exploitation in agriculture was the most common form');
    await readmeScreenshot(page, 'agreement');

    // The table downloads as CSV.
    const [download] = await Promise.all([page.waitForEvent('download'), view.getByTestId('agreement-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/-agreement\.csv$/);
  });

  await test.step('the history names who merged and who resolved the conflict', async () => {
    await page.getByTestId('team-tab-history').click();
    const view = page.getByTestId('history-view');
    await expect(view.locator('[data-action="merge"]')).toContainText('Alice');
    await expect(view.locator('[data-action="merge.resolve"]')).toContainText('Conflict resolved');
    await expect(view.locator('[data-action="annotation.create"]').filter({ hasText: 'Boris' }).first()).toBeVisible();
  });
});

test('a damaged received file is refused with a clear message; REFI-QDA export and import show their report', async ({ glossa, page }) => {
  const team = new TeamPage(page);
  await glossa.openApp();

  await test.step('open a received file that is not a Glossa project', async () => {
    const bogus = path.join(glossa.tmpDir, 'from-colleague.glossa');
    fs.writeFileSync(bogus, 'SQLite format 3\u0000 but not really'.repeat(40));
    await team.menu('open-received');
    await team.typePath(bogus);
    const refusal = page.getByTestId('share-refusal');
    await expect(refusal).toBeVisible();
    await expect(refusal.getByTestId('share-refusal-message')).toHaveText(/not|damaged/i);
    await refusal.getByRole('button').click();
    await expect(page.getByTestId('project-name')).toHaveText('e2e-project');
  });

  await test.step('export .qdpx, then import it into a new project: the report is shown', async () => {
    const qdpx = path.join(glossa.tmpDir, 'exchange.qdpx');
    await team.menu('qdpx-export');
    await team.typePath(qdpx);
    await expect(page.getByTestId('toast-info')).toContainText('exchange.qdpx');
    expect(fs.statSync(qdpx).size).toBeGreaterThan(1000);

    await team.menu('qdpx-import');
    await team.typePath(qdpx);
    await team.typePath(path.join(glossa.tmpDir, 'imported'));
    const report = page.getByTestId('qdpx-report');
    await expect(report).toBeVisible();
    await expect(report).toContainText('documents: 1');
    await expect(report).toContainText('imported.glossa');
  });
});
