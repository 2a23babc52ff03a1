import { describe, expect, it } from 'vitest';
import { anchorTarget, anchorTargets } from '../../../../shared/anchoring/anchor';
import { createAnchorDocument } from '../../../../shared/anchoring/anchor-document';
import { createSelectors, createTargets } from '../../../../shared/anchoring/create-selectors';
import type { AnnotationTarget } from '../../../../shared/domain/annotation';
import { makeReport } from './report-text';

/** A target for `phrase` (its first occurrence after `from`) on page `pageIndex` of `pages`. */
function targetFor(pages: readonly string[], pageIndex: number, phrase: string, from = 0): AnnotationTarget {
  const start = pages[pageIndex].indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture: "${phrase}" not on page ${pageIndex}`);
  const { quote, position } = createSelectors(pages[pageIndex], start, start + phrase.length);
  return { pageIndex, rects: [], quote, position };
}

function anchoredText(pages: readonly string[], r: { pageIndex: number; start: number; end: number }): string {
  return pages[r.pageIndex].slice(r.start, r.end);
}

const report = makeReport(8, 3000, 7);
/** A sentence from the middle of page 3 (lines joined as pdf.js gives them). */
const sentence = report[3].slice(1200, 1400);

describe('anchorTarget: exact', () => {
  it('anchors by position when the text is unchanged', () => {
    const target = targetFor(report, 3, sentence);
    expect(anchorTarget(target, report)).toEqual({ status: 'anchored', pageIndex: 3, start: 1200, end: 1400, score: 1 });
  });

  it('anchors a target without a quote by its position alone', () => {
    const target: AnnotationTarget = { pageIndex: 0, rects: [], quote: null, position: { type: 'TextPositionSelector', start: 5, end: 9 } };
    expect(anchorTarget(target, report)).toMatchObject({ status: 'anchored', start: 5, end: 9 });
  });
});

describe('anchorTarget: text shifted', () => {
  it('re-anchors when content was inserted before the quote (stale position)', () => {
    const target = targetFor(report, 3, sentence);
    const shifted = [...report];
    shifted[3] = 'EDITORIAL NOTE: this paragraph was added in the second edition.\n' + report[3];
    const r = anchorTarget(target, shifted);
    expect(r.status).toBe('reanchored');
    expect(r.pageIndex).toBe(3);
    expect(anchoredText(shifted, r)).toBe(sentence.trim());
    expect(r.score).toBeGreaterThan(0.95);
  });

  it('re-anchors a quote whose position points past the end of a now shorter page', () => {
    const target = targetFor(report, 3, sentence);
    const shorter = [...report];
    shorter[3] = sentence;
    expect(anchorTarget(target, shorter)).toMatchObject({ status: 'reanchored', pageIndex: 3, start: 0, end: sentence.length });
  });
});

describe('anchorTarget: text edited', () => {
  it('finds a quote in which a few words were changed', () => {
    const phrase = 'GRETA urges the authorities to strengthen the training of police officers, labour inspectors and judges in all regions.';
    const page = 'Introductory remarks on the evaluation round.\nIn its conclusions ' + phrase + ' The next section concerns data.';
    const target = targetFor([page], 0, phrase);
    const edited = 'Introductory remarks on the evaluation round.\nIn its conclusions GRETA urges the authorities to improve the training of police, labour inspectors and prosecutors in all regions. The next section concerns data.';
    const r = anchorTarget(target, [edited]);
    expect(r.status).toBe('reanchored');
    expect(anchoredText([edited], r)).toBe('GRETA urges the authorities to improve the training of police, labour inspectors and prosecutors in all regions.');
  });

  it('finds an edited quote in a long page (> 64 characters, several Myers blocks)', () => {
    const target = targetFor(report, 3, sentence);
    const edited = [...report];
    // Replace two words in the middle of the 200-character quote.
    const words = sentence.split(' ');
    const middle = Math.floor(words.length / 2);
    words[middle] = 'REPLACED';
    words[middle + 3] = 'ALSO';
    const changed = words.join(' ');
    edited[3] = report[3].slice(0, 1200) + changed + report[3].slice(1400);
    const r = anchorTarget(target, edited);
    expect(r.status).toBe('reanchored');
    expect(r.pageIndex).toBe(3);
    expect(anchoredText(edited, r)).toBe(changed.trim());
  });
});

describe('anchorTarget: Cyrillic and pdf.js artefacts', () => {
  it('matches a Russian quote despite ё/е variation', () => {
    const stored = 'Государства ещё не обеспечили всем жертвам доступ к компенсации, отмечает ГРЕТА.';
    const now = 'Вводная часть.\nГосударства еще не обеспечили всем жертвам доступ к компенсации, отмечает ГРЕТА.\nДалее.';
    const r = anchorTarget(targetFor([stored], 0, 'ещё не обеспечили всем жертвам доступ'), [now]);
    expect(r.status).toBe('reanchored');
    expect(anchoredText([now], r)).toBe('еще не обеспечили всем жертвам доступ');
  });

  it('matches across ligature differences (U+FB01 in one edition, "fi" in the other)', () => {
    const stored = 'The victims were identified as beneficiaries of the financial support scheme.';
    const now = 'Page header\nThe victims were identi\ufb01ed as bene\ufb01ciaries of the \ufb01nancial support scheme.';
    const r = anchorTarget(targetFor([stored], 0, 'identified as beneficiaries of the financial'), [now]);
    expect(r.status).toBe('reanchored');
    expect(anchoredText([now], r)).toBe('identi\ufb01ed as bene\ufb01ciaries of the \ufb01nancial');
  });

  it('matches across line-end hyphenation and different line breaks', () => {
    const stored = 'Forms of exploitation include trafficking for the purpose of forced criminality and begging.';
    const now = 'Forms of exploitation include traf-\nficking for the purpose of forced\ncriminality and begging.';
    const r = anchorTarget(targetFor([stored], 0, 'trafficking for the purpose of forced criminality'), [now]);
    expect(r.status).toBe('reanchored');
    expect(anchoredText([now], r)).toBe('traf-\nficking for the purpose of forced\ncriminality');
  });

  it('matches a hyphenated stored quote in a text without hyphenation', () => {
    const stored = 'Forms of exploitation include traf-\nficking for the\npurpose of forced criminality.';
    const now = 'Forms of exploitation include trafficking for the purpose of forced criminality.';
    const r = anchorTarget(targetFor([stored], 0, 'traf-\nficking for the\npurpose'), [now]);
    expect(anchoredText([now], r)).toBe('trafficking for the purpose');
  });
});

describe('anchorTarget: pages', () => {
  it('anchors both targets of a selection across a page break', () => {
    const pages = [...report];
    const targets = createTargets(pages, 2, pages[2].length - 60, 3, 50);
    expect(targets.map((t) => t.pageIndex)).toEqual([2, 3]);
    const results = anchorTargets(targets, pages);
    expect(results.map((r) => r.status)).toEqual(['anchored', 'anchored']);
    expect(anchoredText(pages, results[0])).toBe(targets[0].quote!.exact);
    expect(anchoredText(pages, results[1])).toBe(targets[1].quote!.exact);
  });

  it('re-anchors both targets when a page-break selection moved by one page', () => {
    const targets = createTargets(report, 2, report[2].length - 60, 3, 50);
    const moved = ['A new preface page.', ...report];
    const results = anchorTargets(targets, moved);
    expect(results.map((r) => [r.status, r.pageIndex])).toEqual([['reanchored', 3], ['reanchored', 4]]);
  });

  it('finds a quote that moved to the next page', () => {
    const target = targetFor(report, 3, sentence);
    const moved = [...report];
    moved[4] = report[3].slice(1000) + '\n' + report[4];
    moved[3] = report[3].slice(0, 1000);
    const r = anchorTarget(target, moved);
    expect(r).toMatchObject({ status: 'reanchored', pageIndex: 4 });
    expect(anchoredText(moved, r)).toBe(sentence.trim());
  });

  it('finds a quote moved far away by searching the whole document', () => {
    // The sentence sits on page 3; claim it was on page 7 (position now stale).
    const misplaced: AnnotationTarget = { ...targetFor(report, 3, sentence.slice(0, 80)), pageIndex: 7 };
    const r = anchorTarget(misplaced, report);
    expect(r).toMatchObject({ status: 'reanchored', pageIndex: 3, start: 1200 });
  });

  it('searches only known pages of a Map and of a function with pageCount', () => {
    const target: AnnotationTarget = { ...targetFor(report, 3, sentence), pageIndex: 0 };
    const map = new Map(report.map((t, i) => [i, t] as const));
    expect(anchorTarget(target, map).pageIndex).toBe(3);
    expect(anchorTarget(target, (i) => report[i], { pageCount: report.length }).pageIndex).toBe(3);
    expect(anchorTarget(target, (i) => report[i], { searchWholeDocument: false, neighbourPages: 1 }).status).toBe('orphan');
  });
});

describe('anchorTarget: orphans', () => {
  it('makes an orphan of a quote that appears nowhere', () => {
    const target = targetFor(['Maritime boundaries and fisheries quotas in the Baltic Sea region.'], 0, 'fisheries quotas in the Baltic Sea');
    const r = anchorTarget(target, report);
    expect(r).toMatchObject({ status: 'orphan', pageIndex: 0, start: -1, end: -1 });
  });

  it('makes an orphan, never throws, for missing pages and malformed targets', () => {
    const target = targetFor(report, 3, sentence);
    expect(anchorTarget({ ...target, pageIndex: 99 }, [], {}).status).toBe('orphan');
    expect(anchorTarget({ pageIndex: 0, rects: [], quote: null, position: null }, report).status).toBe('orphan');
    const broken = { pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: 42 }, position: null } as unknown as AnnotationTarget;
    expect(anchorTarget(broken, report).status).toBe('orphan');
  });
});

describe('anchorTarget: repeated occurrences', () => {
  it('picks the right one of many identical phrases by prefix and suffix', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Recommendation ${i + 1}: the authorities should ensure effective remedies for victims in region ${i + 1}.`);
    const page = paragraphs.join('\n');
    const target = targetFor([page], 0, 'the authorities should ensure effective remedies', page.indexOf('Recommendation 27:'));
    const edited = 'Foreword added.\n' + page; // position now stale
    const r = anchorTarget(target, [edited]);
    expect(r.status).toBe('reanchored');
    expect(r.start).toBe(edited.indexOf('Recommendation 27:') + 'Recommendation 27: '.length);
  });

  it('shares one prepared document across many targets', () => {
    const doc = createAnchorDocument(report);
    const targets = [targetFor(report, 1, report[1].slice(10, 60)), targetFor(report, 5, report[5].slice(300, 420))];
    expect(anchorTargets(targets, doc).map((r) => r.status)).toEqual(['anchored', 'anchored']);
  });
});
