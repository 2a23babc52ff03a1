// Pure helpers of the agreement view: the request from the user's choices, the table rows
// (one per code and pair of coders, the code's alphas spanning its pairs), number formatting,
// and the disagreeing passages side by side: for each stretch where the coders differ, each
// coder's own highlight(s) carrying the code there (range and quote), or "not coded"; the
// independent-coding round offered first and the key that matches a stretch to its resolution.
import type { Annotation } from '../../../shared/domain/annotation';
import type { CodingRound } from '../../../shared/domain/rounds';
import type { AgreementReport, AgreementRequest, DisagreementPassage, PairAgreement } from '../../../shared/domain/share';

export interface AgreementChoice {
  coderIds: string[];
  documentIds: string[];
  codeIds: string[];
  /** An independent-coding round: only the codings made independently in it are compared. */
  roundId?: string | null;
}

export function agreementRequest(choice: AgreementChoice): AgreementRequest {
  // Empty lists mean "all documents" / "every code the coders used" (the backend's defaults).
  return {
    coderIds: [...choice.coderIds],
    documentIds: [...choice.documentIds],
    codeIds: [...choice.codeIds],
    ...(choice.roundId ? { roundId: choice.roundId } : {}),
  };
}

/** The round the view offers first: the newest one that two or more coders coded independently. */
export function defaultRound(rounds: readonly CodingRound[]): CodingRound | null {
  return rounds.find((r) => r.independentCoderIds.length >= 2) ?? null;
}

/** Key of a resolved passage: the same stretch, page, document and code. */
export const stretchKey = (s: { documentId: string; pageIndex: number; start: number; end: number; codeId: string }) =>
  `${s.documentId}|${s.pageIndex}|${s.start}|${s.end}|${s.codeId}`;

export function canCompute(choice: AgreementChoice): boolean {
  return choice.coderIds.length >= 2;
}

export interface TableRow {
  key: string;
  codeName: string;
  overall: boolean;
  pair: PairAgreement;
  /** Rows of one code share its alphas: set on the first row with the number of rows to span. */
  span: number;
  alpha: number | null;
  unitizedAlpha: number | null;
  alphaU1995: number | null;
}

/** `nameOf` gives a code's name in the interface language (the report carries the stored name). */
export function tableRows(report: AgreementReport, overallLabel: string, nameOf: (codeId: string, stored: string) => string = (_, n) => n): TableRow[] {
  const rows: TableRow[] = [];
  const push = (key: string, codeName: string, overall: boolean, pairs: PairAgreement[], a: Pick<TableRow, 'alpha' | 'unitizedAlpha' | 'alphaU1995'>) =>
    pairs.forEach((pair, i) => rows.push({ key: `${key}:${i}`, codeName, overall, pair, span: i === 0 ? pairs.length : 0, ...a }));
  for (const c of report.codes) push(c.codeId, nameOf(c.codeId, c.codeName), false, c.pairs, c);
  push('overall', overallLabel, true, report.overall.pairs, report.overall);
  return rows;
}

/** 0.7286 -> "0.729" (ru: "0,729"); null (undefined statistic) -> "—". */
export function formatStat(v: number | null, locale: 'en' | 'ru'): string {
  if (v === null || !Number.isFinite(v)) return '—';
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(v);
}

export function formatPercent(v: number, locale: 'en' | 'ru'): string {
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
}

export interface CoderRange { annotationId: string; start: number; end: number; quote: string }

export interface SideBySideRow {
  key: string;
  documentId: string;
  documentTitle: string;
  pageIndex: number;
  codeId: string;
  /** The stretches where the coders differ (a passage can have one at each end). */
  stretches: Array<{ start: number; end: number; quote: string; codedBy: string[] }>;
  /** One entry per chosen coder, in the order given: that coder's highlights here, [] = not coded. */
  coders: Array<{ coderId: string; ranges: CoderRange[] }>;
}

function rangesOf(a: Annotation, pageIndex: number): Array<{ start: number; end: number; quote: string }> {
  return a.targets
    .filter((t) => t.pageIndex === pageIndex && t.position)
    .map((t) => ({ start: t.position!.start, end: t.position!.end, quote: t.quote?.exact ?? '' }));
}

/**
 * Pairs each disagreement with the coders' highlights around it; stretches of one passage (e.g.
 * the two ends of two overlapping highlights) become one row.
 */
export function sideBySide(disagreements: DisagreementPassage[], annotations: Annotation[], coderIds: string[], max = 200): SideBySideRow[] {
  const byKey = new Map<string, SideBySideRow>();
  for (const d of disagreements) {
    const here = annotations
      .filter((a) => a.documentId === d.documentId && a.codeIds.includes(d.codeId) && coderIds.includes(a.coderId))
      .flatMap((a) => rangesOf(a, d.pageIndex).map((r) => ({ annotationId: a.id, coderId: a.coderId, ...r })));
    // The passage: the highlights touching this stretch, widened once to the highlights of the
    // other coders that overlap them (so both ends of two overlapping highlights meet).
    const seeds = here.filter((r) => r.start < d.end && d.start < r.end);
    const lo = Math.min(d.start, ...seeds.map((r) => r.start));
    const hi = Math.max(d.end, ...seeds.map((r) => r.end));
    const coders = coderIds.map((coderId) => ({
      coderId,
      ranges: here
        .filter((r) => r.coderId === coderId && r.start < hi && lo < r.end)
        .map(({ annotationId, start, end, quote }) => ({ annotationId, start, end, quote })),
    }));
    const ids = coders.flatMap((c) => c.ranges.map((r) => r.annotationId)).sort().join(',');
    const key = `${d.documentId}|${d.pageIndex}|${d.codeId}|${ids || `${d.start}`}`;
    const stretch = { start: d.start, end: d.end, quote: d.quote, codedBy: d.codedBy };
    const row = byKey.get(key);
    if (row) row.stretches.push(stretch);
    else if (byKey.size < max) {
      byKey.set(key, { key, documentId: d.documentId, documentTitle: d.documentTitle, pageIndex: d.pageIndex, codeId: d.codeId, stretches: [stretch], coders });
    }
  }
  return [...byKey.values()];
}

/** A file name for the CSV download: the project's name, letters and digits kept. */
export function csvFileName(projectName: string): string {
  const base = projectName.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'project';
  return `${base}-agreement.csv`;
}
