// Pure helpers of the history view: the i18n key of an action ('merge.resolve' ->
// history.action.merge_resolve: dots would nest under 'merge'), a broad category for the
// filter, and grouping entries by local day.
import type { HistoryEntry } from '../../../shared/domain/code';

export function actionKey(action: string): string {
  return `history.action.${action.replace(/[^A-Za-z0-9]/g, '_')}`;
}

export type HistoryCategory = 'all' | 'coding' | 'codes' | 'merge' | 'other';

export const HISTORY_CATEGORIES: HistoryCategory[] = ['all', 'coding', 'codes', 'merge', 'other'];

export function categoryOf(action: string): Exclude<HistoryCategory, 'all'> {
  if (/^(annotation|annotations|autocode|reply)\./.test(action)) return 'coding';
  if (/^(code|codebook)\./.test(action)) return 'codes';
  if (action === 'merge' || action.startsWith('merge.') || action.startsWith('consensus.') || action === 'qdpx.import') return 'merge';
  return 'other';
}

/** Local calendar day of an ISO time, as YYYY-MM-DD (the grouping key). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Newest first, as the backend returns them; consecutive entries of one day share a group. */
export function groupByDay(entries: HistoryEntry[], category: HistoryCategory = 'all'): Array<{ day: string; entries: HistoryEntry[] }> {
  const groups: Array<{ day: string; entries: HistoryEntry[] }> = [];
  for (const e of entries) {
    if (category !== 'all' && categoryOf(e.action) !== category) continue;
    const day = localDay(e.at);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.entries.push(e);
    else groups.push({ day, entries: [e] });
  }
  return groups;
}
