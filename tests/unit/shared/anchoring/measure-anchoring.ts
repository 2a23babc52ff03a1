// One-off measurement of anchoring speed (not a test: figures vary with the machine). Run:
//   npx tsx tests/unit/shared/anchoring/measure-anchoring.ts
// A 600-page report (~3,000 characters a page, 1.8 M in all) and 100 quotes of 60-250
// characters with two words replaced ("second edition"), anchored in four situations.
import { anchorTarget, type AnchorOptions } from '../../../../shared/anchoring/anchor';
import { createAnchorDocument } from '../../../../shared/anchoring/anchor-document';
import { createSelectors } from '../../../../shared/anchoring/create-selectors';
import type { AnnotationTarget } from '../../../../shared/domain/annotation';
import { mulberry32 } from '../../../helpers/seeded-random';
import { makeReport } from './report-text';

const PAGES = 600;
const original = makeReport(PAGES, 3000, 11);
const random = mulberry32(5);
const quotes: { target: AnnotationTarget; start: number; end: number }[] = [];
const edition = [...original];
for (let i = 0; i < 100; i++) {
  const page = 1 + Math.floor(random() * (PAGES - 2));
  const start = Math.floor(random() * 2000);
  const end = start + 60 + Math.floor(random() * 190);
  const { quote, position } = createSelectors(original[page], start, end);
  quotes.push({ target: { pageIndex: page, rects: [], quote, position }, start, end });
  // Second edition: the quote's 3rd and 6th words replaced, a line added at the top of the page.
  const words = quote.exact.split(' ');
  if (words.length > 6) [words[2], words[5]] = ['amended', 'wording'];
  edition[page] = edition[page].replace(quote.exact, words.join(' '));
}
const secondEdition = edition.map((t) => 'Second edition, revised\n' + t);
const unrelated = makeReport(100, 400, 99).map((t, i) => {
  const { quote, position } = createSelectors(t, 0, 120);
  return { pageIndex: i * 5, rects: [], quote, position } as AnnotationTarget;
});

function measure(label: string, texts: string[], targets: AnnotationTarget[], options: AnchorOptions = {}) {
  const doc = createAnchorDocument(texts);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const statuses: Record<string, number> = {};
  for (const target of targets) {
    const r = anchorTarget(target, doc, options);
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  const cpu = process.cpuUsage(c0);
  console.log(
    `${label}: ${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU for ${targets.length} quotes`,
    JSON.stringify(statuses),
  );
}

const targets = quotes.map((q) => q.target);
measure('warm-up (same text, by position)', original, targets);
measure('same text, by position (cold document)', original, targets);
measure('second edition, edited quotes, same page (fuzzy on the page)', secondEdition, targets);
measure('same, neighbourhood only (searchWholeDocument: false)', secondEdition, targets, { searchWholeDocument: false });
measure('second edition, edited quotes, page index off by 40 (whole-document fuzzy)', secondEdition, targets.map((t) => ({ ...t, pageIndex: (t.pageIndex + 40) % PAGES })));
measure('unrelated quotes (orphans after a whole-document fuzzy search)', secondEdition, unrelated);
