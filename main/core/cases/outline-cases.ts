// Turns a PDF outline into cases: pure planning, no I/O (tests/unit/main/core/cases/outline-cases.test.ts).
// The user picks a level of the outline (default: the level with the most entries, which in a
// TIP report is the ~188 country narratives); each entry at that level becomes a case that
// spans from its page to the page before the next entry at that level or above (a chapter
// after the narratives ends the last one), the last to the end of the document. A case whose
// title names a country of the vocabulary (English or Russian label, as a whole word) gets that
// country. Entries whose destination cannot be resolved are left out.
import type { OutlineEntry, OutlinePlan, PlannedCase } from '../../../shared/domain/case';
import { COUNTRIES } from '../../../shared/domain/vocabulary';
import { countryLabel } from '../../../shared/organisation-labels';

/** Entries per level, index = level (what the level picker offers). */
export function outlineLevels(entries: readonly OutlineEntry[]): number[] {
  const counts: number[] = [];
  for (const e of entries) if (e.pageIndex !== null) counts[e.level] = (counts[e.level] ?? 0) + 1;
  return Array.from(counts, (n) => n ?? 0);
}

/** The level with the most resolvable entries; the shallower one on a tie; 0 for an empty outline. */
export function defaultLevel(levels: readonly number[]): number {
  let best = 0;
  levels.forEach((n, level) => {
    if (n > (levels[best] ?? 0)) best = level;
  });
  return best;
}

// Country names the vocabulary knows, longest first so "North Macedonia" would win over "Macedonia".
const COUNTRY_NAMES: Array<{ id: string; pattern: RegExp }> = COUNTRIES.filter((c) => c !== 'region-wide' && c !== 'other')
  .flatMap((id) => (['en', 'ru'] as const).map((lang) => ({ id, name: countryLabel(id, lang) })))
  .sort((a, b) => b.name.length - a.name.length)
  .map(({ id, name }) => ({ id, pattern: new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu') }));

/** The COUNTRIES id a title names as a whole word ('MOLDOVA: Tier 2' -> 'moldova'), '' when none. */
export function countryOfTitle(title: string): string {
  let best = { id: '', at: Infinity };
  for (const { id, pattern } of COUNTRY_NAMES) {
    const m = pattern.exec(title);
    if (m && m.index < best.at) best = { id, at: m.index };
  }
  return best.id;
}

/** The cases the outline's `level` makes in a document of `pageCount` pages. */
export function planCases(entries: readonly OutlineEntry[], pageCount: number, level: number): PlannedCase[] {
  const usable = entries.filter((e) => e.pageIndex !== null && e.pageIndex >= 0 && e.pageIndex < pageCount);
  const cases: PlannedCase[] = [];
  usable.forEach((e, i) => {
    if (e.level !== level) return;
    const next = usable.slice(i + 1).find((n) => n.level <= level);
    const firstPage = e.pageIndex!;
    // Two chapters starting on one page: the first keeps that page only.
    const lastPage = next ? Math.max(firstPage, next.pageIndex! - 1) : pageCount - 1;
    const name = e.title || `Page ${firstPage + 1}`;
    cases.push({ name, firstPage, lastPage, country: countryOfTitle(name) });
  });
  return cases;
}

/** The plan shown before anything is made: levels, the chosen level and its cases. */
export function outlinePlan(documentId: string, entries: readonly OutlineEntry[], pageCount: number, level?: number): OutlinePlan {
  const levels = outlineLevels(entries);
  const chosen = level ?? defaultLevel(levels);
  return { documentId, pageCount, levels, level: chosen, cases: planCases(entries, pageCount, chosen) };
}
