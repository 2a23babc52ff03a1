// Issue 11's acceptance walk-through in Chromium against the web host. Alice codes a passage and,
// in the UI, sends her project for independent coding; Boris (his own identity, in a child
// process) opens the copy, finds none of her highlights, and codes the same page differently;
// Alice merges his file back in the UI. The agreement view picks the round, says what it computed
// on, and shows kappa and alpha of the independent codings only, checked against values worked
// out by hand below (her later coding, made after seeing his, is left out); she resolves the two disputed stretches into the consensus (History lists
// both); the annotations panel filters by coder (me / everyone / Boris), a reply is added, and the
// evidence browser follows the same coder view.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { Annotation } from '../../shared/domain/annotation';
import type { CodeWithCounts } from '../../shared/domain/code';
import type { AgreementReport } from '../../shared/domain/share';
import type { CodingRound } from '../../shared/domain/rounds';
import { EN_TITLE } from '../fixtures/pdf-fixtures';
import { callApi } from './api-call';
import { expect, test, type GlossaEnv } from './fixtures';
import { CodingPage } from './pages/coding-page';
import { EvidencePage } from './pages/evidence-page';
import { repoRoot } from './web-host-process';

test.use({ seed: ['english'] });

const execFileP = promisify(execFile);
const TSX = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const ALICE = { id: '6f1c1f0e-1111-4aaa-8bbb-000000000001', name: 'Alice', color: '#4e79a7' };

// The English fixture's stored text: pages of 118, 138 and 122 characters, 378 in all (asserted
// below). On page 2, Alice codes [10, 70) and Boris [40, 100) with "Victims".
const UNITS = 378;
const ALICE_RANGE = [10, 70] as const;
const BORIS_RANGE = [40, 100] as const;
// After the merge back Alice also codes [100, 120): made after seeing Boris's work.
const ALICE_LATER = [100, 120] as const;

async function menu(page: Page, item: string): Promise<void> {
  await page.getByTestId('topbar-share').click();
  await page.getByTestId(`share-menu-${item}`).click();
}

async function typePath(page: Page, p: string): Promise<void> {
  const dialog = page.getByTestId('share-path-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('share-path-input').fill(p);
  await dialog.getByTestId('share-path-ok').click();
}

async function aliceCodes(glossa: GlossaEnv, [start, end]: readonly [number, number]): Promise<void> {
  const codes = await callApi<CodeWithCounts[]>(glossa, 'codes.list');
  const victims = codes.find((c) => c.text.en.name === 'Victims') ?? (await callApi<CodeWithCounts>(glossa, 'codes.create', { name: 'Victims', color: '#59a14f' }));
  const [doc] = await callApi<Array<{ id: string }>>(glossa, 'documents.list', {});
  const pages = await callApi<string[]>(glossa, 'documents.pageTexts', { id: doc.id, from: 0, count: 3 });
  expect(pages.map((p) => [...p].length)).toEqual([118, 138, 122]);
  expect(pages.reduce((n, p) => n + [...p].length, 0)).toBe(UNITS);
  await callApi<Annotation>(glossa, 'annotations.create', {
    documentId: doc.id,
    kind: 'text',
    targets: [{ pageIndex: 1, rects: [{ x1: 56, y1: 700, x2: 356, y2: 712 }], quote: { type: 'TextQuoteSelector', exact: pages[1].slice(start, end), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end } }],
    color: null,
    comment: '',
    codeIds: [victims.id],
  });
}

test('send for independent coding, merge back, agreement on independent codings, consensus, coder filter', async ({ glossa, page, library, reader }) => {
  const boris = path.join(glossa.tmpDir, 'boris.glossa');
  const coding = new CodingPage(page);

  await test.step('Alice codes before sending, then sends for independent coding from the Share menu', async () => {
    fs.writeFileSync(path.join(glossa.dataDir, 'coder.json'), JSON.stringify(ALICE, null, 2));
    await glossa.restartHost();
    await aliceCodes(glossa, ALICE_RANGE);
    await glossa.openApp();
    await menu(page, 'send-independent');
    await typePath(page, boris);
    await expect(page.getByTestId('toast-info')).toContainText('Sent for independent coding');
    const rounds = await callApi<CodingRound[]>(glossa, 'rounds.list');
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ senderName: 'Alice', independentCoderIds: [] });
  });

  await test.step('Boris opens the copy: the documents and the codebook, none of her highlights; he codes page 2', async () => {
    const { stdout } = await execFileP(TSX, [path.join(__dirname, 'independent-seed.ts'), JSON.stringify({
      borisPath: boris, borisData: path.join(glossa.tmpDir, 'boris-data'), start: BORIS_RANGE[0], end: BORIS_RANGE[1],
    })], { cwd: repoRoot });
    const seeded = JSON.parse(stdout) as { highlightsInCopy: number; codesInCopy: number };
    expect(seeded.highlightsInCopy).toBe(0);
    expect(seeded.codesInCopy).toBeGreaterThan(0);
  });

  await test.step('Alice merges his file back', async () => {
    await menu(page, 'merge');
    await typePath(page, boris);
    const summary = page.getByTestId('merge-summary');
    await expect(summary.getByTestId('merge-added-annotations')).toHaveText('1');
    await expect(summary).toContainText('Merged from "Boris".');
    await summary.getByTestId('merge-summary-close').click();
    // Having seen Boris's work, Alice codes more: not independent, so not compared below.
    await aliceCodes(glossa, ALICE_LATER);
  });

  await test.step('the agreement view computes on the independent codings, and says so', async () => {
    await menu(page, 'agreement');
    const view = page.getByTestId('agreement-view');
    const round = (await callApi<CodingRound[]>(glossa, 'rounds.list'))[0];
    await expect(view.getByTestId('agreement-round')).toHaveValue(round.id);
    await expect(view.getByTestId('agreement-coder-Alice')).toBeChecked();
    await expect(view.getByTestId('agreement-coder-Boris')).toBeChecked();
    await view.getByTestId('agreement-compute').click();
    await expect(view.getByTestId('agreement-independent')).toHaveText('Computed on 1 document coded independently by Alice and Boris.');

    // By hand, over the 378 characters (units) of the report, code "Victims":
    //   Alice [10, 70) on page 2, Boris [40, 100): both 30 ([40, 70)), only Alice 30, only Boris 30,
    //   neither 378 - 90 = 288.
    //   Cohen's kappa: po = (30 + 288) / 378 = 318/378; pA = pB = 60/378;
    //     pe = (60/378)^2 + (318/378)^2 = (3600 + 101124) / 142884 = 104724/142884;
    //     kappa = (po - pe) / (1 - pe) = (318 * 378 - 104724) / (142884 - 104724) = 15480/38160 = 43/106 = 0.40566.
    //   Krippendorff's alpha (nominal, binary, 2 coders): n = 756 values, n1 = 120 coded, n0 = 636;
    //     60 disagreeing units each add 1 to o01 and to o10: sum_{c!=k} o = 120;
    //     alpha = 1 - (n - 1) * 120 / (2 * n0 * n1) = 1 - 755 * 120 / (2 * 636 * 120) = 1 - 755/1272 = 517/1272 = 0.40645.
    //   Percent agreement 318/378 = 84.1 %.
    const overall = view.getByTestId('agreement-overall');
    await expect(overall.getByTestId('agreement-kappa')).toHaveText('0.406');
    await expect(overall.getByTestId('agreement-alpha')).toHaveText('0.406');
    await expect(overall.getByTestId('agreement-percent')).toHaveText('84.1%');
    const coders = await callApi<Array<{ id: string; name: string }>>(glossa, 'coders.list');
    const id = (name: string) => coders.find((c) => c.name === name)!.id;
    const report = await callApi<AgreementReport>(glossa, 'agreement.compute', { coderIds: [id('Alice'), id('Boris')], roundId: round.id });
    expect(report.overall.pairs[0]).toMatchObject({ units: UNITS, both: 30, onlyA: 30, onlyB: 30, neither: 288 });
    expect(report.overall.pairs[0].kappa).toBeCloseTo(43 / 106, 12);
    expect(report.overall.alpha).toBeCloseTo(517 / 1272, 12);
    // Over every coding, Alice's later [100, 120) counts too.
    const all = await callApi<AgreementReport>(glossa, 'agreement.compute', { coderIds: [id('Alice'), id('Boris')] });
    expect(all.overall.pairs[0]).toMatchObject({ onlyA: 50 });
  });

  await test.step('two disputed stretches resolved into the consensus; History lists both', async () => {
    const view = page.getByTestId('agreement-view');
    const stretches = view.getByTestId('disagreement-stretch');
    await expect(stretches).toHaveCount(2);
    await stretches.nth(0).getByTestId('consensus-adoptA').click();
    await expect(stretches.nth(0).getByTestId('consensus-resolved')).toHaveText("Consensus: Adopt Alice's");
    await stretches.nth(1).getByTestId('consensus-neither').click();
    await expect(stretches.nth(1).getByTestId('consensus-resolved')).toHaveText('Consensus: Neither');
    const consensus = await callApi<Annotation[]>(glossa, 'annotations.list', { coderIds: ['00000000-0000-5000-8000-00000000c0de'] });
    expect(consensus.map((a) => [a.targets[0].position?.start, a.targets[0].position?.end])).toEqual([[...ALICE_RANGE]]);
    await page.getByTestId('team-tab-history').click();
    const history = page.getByTestId('history-view').locator('[data-action="consensus.resolve"]');
    await expect(history).toHaveCount(2);
    await expect(history.first()).toContainText('coded by neither');
  });

  await test.step('the annotations panel filters by coder: me, everyone, Boris; a reply on his highlight', async () => {
    await page.getByTestId('tab-library').click();
    await library.open(EN_TITLE);
    await reader.expectOpen(3);
    const view = coding.panel.getByTestId('annotation-coder-view');
    // In a project with an independent-coding round each coder sees their own highlights first.
    await expect(view).toHaveValue('me');
    await expect(coding.rows).toHaveCount(2);
    for (const by of await coding.rows.getByTestId('annotation-by').allTextContents()) expect(by).toMatch(/^Alice · /);
    await view.selectOption('everyone');
    // Alice's two, Boris's and the consensus highlight.
    await expect(coding.rows).toHaveCount(4);
    await view.selectOption({ label: 'Boris' });
    await expect(coding.rows).toHaveCount(1);
    await expect(coding.rows.first().getByTestId('annotation-by')).toHaveText(/^Boris · /);
    // The reader's switch is the same view.
    await expect(page.getByTestId('reader-coder-view')).toHaveValue(id(await callApi(glossa, 'coders.list'), 'Boris'));

    await coding.rows.first().locator('.annotation-main').click();
    // In the reader too, the stretches where Alice differs from his highlight: the two resolved in
    // the agreement view, and [100, 120) that she coded later; that one is resolved here.
    const passages = coding.rows.first().getByTestId('passage-stretch');
    await expect(passages).toHaveCount(3);
    await expect(passages.nth(0).getByTestId('consensus-resolved')).toHaveText("Consensus: Adopt Alice's");
    await expect(passages.nth(1).getByTestId('consensus-resolved')).toHaveText('Consensus: Neither');
    await passages.nth(2).getByTestId('consensus-both').click();
    await expect(passages.nth(2).getByTestId('consensus-resolved')).toHaveText('Consensus: Both');
    const thread = coding.rows.first().getByTestId('reply-thread');
    await thread.getByTestId('reply-input').fill('Why start at "identified"?');
    await thread.getByTestId('reply-done').click();
    await expect(thread.getByTestId('reply')).toHaveCount(1);
    await expect(thread.getByTestId('reply-author')).toContainText('Alice');
  });

  await test.step('the evidence browser follows the same switch, and has its own', async () => {
    const evidence = new EvidencePage(page);
    await evidence.open();
    const view = page.getByTestId('evidence-coder-view');
    // Boris's view, chosen in the panel: his one coding.
    await expect(view).toHaveValue(id(await callApi(glossa, 'coders.list'), 'Boris'));
    await evidence.expectTotal(1);
    await view.selectOption('everyone');
    // Alice's two, Boris's and the two consensus codings (the second resolved in the reader).
    await evidence.expectTotal(5);
    await view.selectOption('me');
    await evidence.expectTotal(2);
  });

  await test.step('a second round may keep a chosen coder\'s highlights (never the consensus layer)', async () => {
    await menu(page, 'send-independent');
    const dialog = page.getByTestId('keep-coders-dialog');
    await expect(dialog.locator('input[type="checkbox"]')).toHaveCount(1);
    await dialog.getByTestId('keep-coder-Boris').check();
    await dialog.getByTestId('keep-coders-ok').click();
    await typePath(page, path.join(glossa.tmpDir, 'carol.glossa'));
    await expect(page.getByTestId('toast-info').last()).toContainText('Sent for independent coding');
    const [newest] = await callApi<CodingRound[]>(glossa, 'rounds.list');
    expect(newest.keptCoderIds).toEqual([id(await callApi(glossa, 'coders.list'), 'Boris')]);
  });
});

function id(coders: unknown, name: string): string {
  return (coders as Array<{ id: string; name: string }>).find((c) => c.name === name)!.id;
}
