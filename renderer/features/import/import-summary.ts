// Figures shown by the import panel, computed from the jobs' progress without React.
import type { ImportFileStatus, ImportProgress } from '../../../shared/domain/import';

export function countDone(p: ImportProgress): number {
  return p.files.filter((f) => f.state === 'done').length;
}

export interface ImportSummary {
  total: number;
  done: number;
  duplicates: number;
  failed: number;
  cancelled: number;
  active: number;
  /** 0..1 across all listed jobs, each file weighted equally. */
  overall: number;
  running: boolean;
}

const FINAL = new Set(['done', 'duplicate', 'failed', 'cancelled']);

export function isFinal(f: ImportFileStatus): boolean {
  return FINAL.has(f.state);
}

/** Fraction of one file: pages parsed; a finished file counts as 1 whatever its outcome. */
export function fileFraction(f: ImportFileStatus): number {
  if (isFinal(f)) return 1;
  // Reading OCR pages (~1 s each) is most of a scan's import: 30% for the text, 70% for OCR.
  if (f.state === 'recognising') return 0.3 + (f.ocrPageCount ? (0.7 * (f.ocrPagesDone ?? 0)) / f.ocrPageCount : 0);
  if (f.pageCount <= 0) return 0;
  return Math.min(1, f.pagesDone / f.pageCount);
}

export function summarise(jobs: ImportProgress[]): ImportSummary {
  const files = jobs.flatMap((j) => j.files);
  const count = (s: string) => files.filter((f) => f.state === s).length;
  const total = files.length;
  return {
    total,
    done: count('done'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    cancelled: count('cancelled'),
    active: files.filter((f) => !isFinal(f)).length,
    overall: total ? files.reduce((a, f) => a + fileFraction(f), 0) / total : 0,
    running: jobs.some((j) => !j.finished),
  };
}
