// Character-level inter-coder agreement, pure. The unit is one character (Unicode code point)
// of the stored page text of the selected documents; for each code, each coder either coded
// that character with the code (it lies inside one of the coder's highlights carrying the
// code) or did not. Per code we sweep the interval boundaries of every coder's merged ranges
// page by page, so the cost grows with the number of highlights, not with the 1-2 million
// characters of a 600-page report.
//
// Figures (see agreement-stats.ts):
//  - per pair of coders and code: 2x2 table, percent agreement, Cohen's kappa, and the
//    agreement on coded characters only (both / (both + onlyA + onlyB));
//  - per code: Krippendorff's alpha, NOMINAL metric, binary values (coded / not coded), each
//    character one unit, all chosen coders judging every unit (no missing values);
//  - per code, UNITIZED alphas (unitized-alpha.ts), where a highlight is one unit on the
//    continuum of the selected pages placed end to end: |uα of Krippendorff et al. (2016), the
//    one ATLAS.ti reports, and αU of Krippendorff (1995). They differ from the nominal alpha
//    when highlights are long relative to the gaps: 300 coded characters are one decision;
//  - overall: the 2x2 tables and alpha histograms pooled over codes, i.e. each (character,
//    code) pair is one unit (as MAXQDA pools codes for its overall kappa); the unitized
//    figures pool the codes' continua (|uα) or average their disagreements (αU, as in 1995).
// Disagreements are maximal stretches on one page where some but not all coders applied a code.
import { codePointIndex } from '../../../shared/anchoring/code-points';
import type { AgreementReport, CodeAgreement, DisagreementPassage, PairAgreement } from '../../../shared/domain/share';
import { type BinaryTable, binaryAlphaFromHistogram, codedOverlap, cohenKappa, percentAgreement } from './agreement-stats';
import { addTallies, alphaFromTally, alphaU1995, EMPTY_TALLY, normaliseSections, type Section, unitizedTally } from './unitized-alpha';

export interface AgreementPage {
  documentId: string;
  pageIndex: number;
  text: string;
}

export interface CodedRange {
  coderId: string;
  codeId: string;
  documentId: string;
  pageIndex: number;
  /** Code-point offsets, end exclusive. */
  start: number;
  end: number;
}

export interface AgreementInput {
  coders: Array<{ id: string; name: string }>;
  codes: Array<{ id: string; name: string }>;
  documents: Array<{ id: string; title: string }>;
  pages: AgreementPage[];
  ranges: CodedRange[];
  skippedAnnotations: number;
  /** Cap on listed disagreements (the figures always use everything). */
  maxDisagreements?: number;
}

const QUOTE_MAX = 500;

export const METHOD =
  'Unit: one character (Unicode code point) of the stored page text of the selected documents. Per code, each coder ' +
  'coded or did not code each character. Percent agreement and Cohen\'s kappa (1960) per pair of coders; Krippendorff\'s ' +
  'alpha, nominal metric on the binary coded/not-coded values, all coders judging every character (coincidence matrix, ' +
  'Krippendorff 2011). Overall figures pool the tables over codes: each (character, code) pair is one unit. ' +
  'Unitized alphas treat each highlight as one unit on the continuum of the selected pages placed end to end: ' +
  'u-alpha (binary, Krippendorff, Mathet, Bouvry & Widlöcher 2016, as in ATLAS.ti), and alpha-U (Krippendorff 1995; ' +
  'Content Analysis 2004, section 12.4); overall, the codes\' continua are pooled.';

interface Accumulator {
  pairs: BinaryTable[];
  hist: number[];
}

function newAccumulator(m: number): Accumulator {
  return { pairs: Array.from({ length: (m * (m - 1)) / 2 }, () => ({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })), hist: new Array(m + 1).fill(0) };
}

function pairIndexes(m: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) out.push([i, j]);
  return out;
}

export function computeAgreement(input: AgreementInput): AgreementReport {
  const m = input.coders.length;
  const coderIndex = new Map(input.coders.map((c, i) => [c.id, i]));
  const pairs = pairIndexes(m);
  const titles = new Map(input.documents.map((d) => [d.id, d.title]));
  const maxDis = input.maxDisagreements ?? 2000;
  const pageKey = (doc: string, page: number) => `${doc}\u0000${page}`;
  const pageInfo = new Map(input.pages.map((p) => [pageKey(p.documentId, p.pageIndex), { page: p, index: null as ReturnType<typeof codePointIndex> | null }]));
  const cpIndex = (k: string) => {
    const info = pageInfo.get(k)!;
    info.index ??= codePointIndex(info.page.text);
    return info.index;
  };
  // Where each page starts on the continuum of the unitized alphas (pages end to end, in order).
  const pageStart = new Map<string, number>();
  let units = 0;
  for (const p of input.pages) {
    const k = pageKey(p.documentId, p.pageIndex);
    pageStart.set(k, units);
    units += cpIndex(k).codePointLength;
  }

  // code -> page -> coder -> intervals
  const byCode = new Map<string, Map<string, Array<Array<[number, number]>>>>();
  for (const r of input.ranges) {
    const ci = coderIndex.get(r.coderId);
    const k = pageKey(r.documentId, r.pageIndex);
    if (ci === undefined || !pageInfo.has(k)) continue;
    const len = cpIndex(k).codePointLength;
    const s = Math.max(0, Math.min(len, r.start));
    const e = Math.max(0, Math.min(len, r.end));
    if (e <= s) continue;
    let pages = byCode.get(r.codeId);
    if (!pages) byCode.set(r.codeId, (pages = new Map()));
    let perCoder = pages.get(k);
    if (!perCoder) pages.set(k, (perCoder = Array.from({ length: m }, () => [])));
    perCoder[ci].push([s, e]);
  }

  const overall = newAccumulator(m);
  const disagreements: DisagreementPassage[] = [];
  let truncated = false;
  const codes: CodeAgreement[] = [];
  let overallTally = EMPTY_TALLY;
  let overallU = { observed: 0, expected: 0 };
  for (const code of input.codes) {
    const acc = newAccumulator(m);
    let covered = 0;
    const sections: Section[][] = Array.from({ length: m }, () => []);
    for (const [k, perCoder] of byCode.get(code.id) ?? []) {
      const offset = pageStart.get(k) ?? 0;
      perCoder.forEach((list, ci) => {
        for (const [s, e] of list) sections[ci].push([offset + s, offset + e]);
      });
      const events: Array<[number, number, number]> = []; // position, coder, +1 / -1
      perCoder.forEach((list, ci) => {
        for (const [s, e] of normaliseSections(list, Infinity)) events.push([s, ci, 1], [e, ci, -1]);
      });
      events.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
      const on = new Array<boolean>(m).fill(false);
      let count = 0;
      let prev = 0;
      let open: DisagreementPassage | null = null;
      const { page } = pageInfo.get(k)!;
      const flush = () => {
        if (!open) return;
        if (disagreements.length < maxDis) {
          const idx = cpIndex(k);
          open.quote = page.text.slice(idx.toUtf16(open.start), idx.toUtf16(Math.min(open.end, open.start + QUOTE_MAX)));
          disagreements.push(open);
        } else truncated = true;
        open = null;
      };
      for (let i = 0; i < events.length; i++) {
        const [pos, ci, delta] = events[i];
        const len = pos - prev;
        if (len > 0 && count > 0) {
          covered += len;
          acc.hist[count] += len;
          pairs.forEach(([a, b], pi) => {
            const t = acc.pairs[pi];
            if (on[a] && on[b]) t.both += len;
            else if (on[a]) t.onlyA += len;
            else if (on[b]) t.onlyB += len;
            else t.neither += len;
          });
          if (count < m) {
            const codedBy = input.coders.filter((_, x) => on[x]).map((c) => c.id);
            if (open && open.end === prev && open.codedBy.join() === codedBy.join()) open.end = pos;
            else {
              flush();
              open = { documentId: page.documentId, documentTitle: titles.get(page.documentId) ?? '', pageIndex: page.pageIndex, start: prev, end: pos, quote: '', codeId: code.id, codedBy };
            }
          } else flush();
        }
        on[ci] = delta > 0 ? true : on[ci];
        if (delta < 0) on[ci] = false;
        count = on.filter(Boolean).length;
        prev = pos;
      }
      flush();
    }
    // Characters nobody coded with this code.
    const uncovered = units - covered;
    acc.hist[0] += uncovered;
    for (const t of acc.pairs) t.neither += uncovered;
    for (let kk = 0; kk <= m; kk++) overall.hist[kk] += acc.hist[kk];
    acc.pairs.forEach((t, pi) => {
      const o = overall.pairs[pi];
      o.both += t.both;
      o.onlyA += t.onlyA;
      o.onlyB += t.onlyB;
      o.neither += t.neither;
    });
    const continuum = { length: units, coders: sections };
    const tally = unitizedTally(continuum);
    const u1995 = alphaU1995(continuum);
    overallTally = addTallies(overallTally, tally);
    if (u1995) overallU = { observed: overallU.observed + u1995.observed, expected: overallU.expected + u1995.expected };
    codes.push({
      codeId: code.id,
      codeName: code.name,
      pairs: pairRows(acc, pairs, input.coders),
      alpha: binaryAlphaFromHistogram(acc.hist, m),
      unitizedAlpha: alphaFromTally(tally),
      alphaU1995: u1995?.alpha ?? null,
    });
  }
  return {
    coders: input.coders,
    documents: input.documents,
    units,
    codes,
    overall: {
      pairs: pairRows(overall, pairs, input.coders),
      alpha: binaryAlphaFromHistogram(overall.hist, m),
      unitizedAlpha: alphaFromTally(overallTally),
      // Krippendorff (1995) pools categories by averaging observed and expected disagreements.
      alphaU1995: overallU.expected > 0 ? 1 - overallU.observed / overallU.expected : null,
    },
    disagreements,
    disagreementsTruncated: truncated,
    skippedAnnotations: input.skippedAnnotations,
    method: METHOD,
  };
}

function pairRows(acc: Accumulator, pairs: Array<[number, number]>, coders: AgreementInput['coders']): PairAgreement[] {
  return pairs.map(([a, b], pi) => {
    const t = acc.pairs[pi];
    return {
      coderA: coders[a].id,
      coderB: coders[b].id,
      units: t.both + t.onlyA + t.onlyB + t.neither,
      ...t,
      percentAgreement: percentAgreement(t),
      kappa: cohenKappa(t),
      codedOverlap: codedOverlap(t),
    };
  });
}
