// What an import could not take over, item by item, for the report shown after it (UI and
// CLI): each line is one English sentence naming the item, and each carries a reason, so the
// report can also say in the user's language how many of each kind there were.
import type { QdpxSkipped, QdpxSkipReason } from '../../../shared/domain/share';

export interface ImportReport {
  lines: string[];
  counts: Map<QdpxSkipReason, number>;
}

export function newReport(): ImportReport {
  return { lines: [], counts: new Map() };
}

/** Records `count` items skipped (or changed) for `reason`, described by `text`. */
export function note(report: ImportReport, reason: QdpxSkipReason, text: string, count = 1): void {
  report.lines.push(text);
  report.counts.set(reason, (report.counts.get(reason) ?? 0) + count);
}

export function skippedSummary(report: ImportReport): QdpxSkipped[] {
  return [...report.counts].map(([reason, count]) => ({ reason, count }));
}
