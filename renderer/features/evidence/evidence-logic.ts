// Pure logic of the evidence browser, kept out of the components so it runs without a DOM:
// the code tree with checkboxes (rows in tree order, ticking a parent), the filter sent to the
// backend (empty lists dropped), grouping consecutive items under code or document headings,
// the clipboard text, and the few words the reader highlights when a passage is opened.
import { codeNameFor } from '../../../shared/codebook/code-text';
import type { CitePassage } from '../../../shared/domain/cite-text';
import type { Code, CodeWithCounts } from '../../../shared/domain/code';
import type { EvidenceFilter, EvidenceGroupBy, EvidenceItem } from '../../../shared/domain/evidence';

export interface CodeTreeRow {
  code: CodeWithCounts;
  depth: number;
  hasChildren: boolean;
}

/** Codes in depth-first order (siblings by position) with their depth. */
export function codeTreeRows(codes: readonly CodeWithCounts[]): CodeTreeRow[] {
  const children = new Map<string | null, CodeWithCounts[]>();
  for (const c of codes) {
    const list = children.get(c.parentId) ?? [];
    list.push(c);
    children.set(c.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || codeNameFor(a, 'en').localeCompare(codeNameFor(b, 'en')));
  const out: CodeTreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parentId: string | null, depth: number) => {
    for (const c of children.get(parentId) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push({ code: c, depth, hasChildren: (children.get(c.id)?.length ?? 0) > 0 });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Codes with no codings anywhere below them are hidden unless asked for: the default codebook has 35. */
export function visibleCodeRows(rows: CodeTreeRow[], showEmpty: boolean, selected: readonly string[]): CodeTreeRow[] {
  return showEmpty ? rows : rows.filter((r) => r.code.totalCount > 0 || selected.includes(r.code.id));
}

export function toggleId(list: readonly string[] | undefined, id: string): string[] {
  const current = list ?? [];
  return current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
}

/** The filter as the backend wants it: no empty lists, no blank text, no match mode without codes. */
export function cleanEvidenceFilter(f: EvidenceFilter): EvidenceFilter {
  const out: EvidenceFilter = {};
  if (f.codeIds?.length) {
    out.codeIds = f.codeIds;
    out.codeMatch = f.codeMatch ?? 'any';
    out.includeSubcodes = !!f.includeSubcodes;
  }
  for (const key of ['organisations', 'countries', 'docTypes', 'languages', 'coderIds', 'documentIds', 'caseIds', 'caseCountries'] as const) {
    if (f[key]?.length) out[key] = f[key];
  }
  if (f.yearFrom != null) out.yearFrom = f.yearFrom;
  if (f.yearTo != null) out.yearTo = f.yearTo;
  if (f.text?.trim()) out.text = f.text.trim();
  if (f.query?.trim()) out.query = f.query.trim();
  if (f.exemplarsOnly) out.exemplarsOnly = true;
  return out;
}

export function isFiltered(f: EvidenceFilter): boolean {
  const c = cleanEvidenceFilter(f);
  return Object.keys(c).length > 0;
}

export interface EvidenceGroup {
  key: string;
  /** Code path or document title. */
  heading: string;
  color: string | null;
  items: EvidenceItem[];
  /** Items of the group matching the filter, loaded or not (the heading's count). */
  total: number;
}

/**
 * Consecutive items with the same code (or document) under one heading; the backend sorts them.
 * `totals` (EvidencePage.groupTotals) gives each group's size for the whole filter: the browser
 * loads 100 rows at a time, so a group of 334 passages must not be headed "100 passages".
 * Without it (a list that is complete, e.g. a co-occurrence cell) the loaded items are the group.
 */
export function groupItems(items: readonly EvidenceItem[], groupBy: EvidenceGroupBy, totals: Readonly<Record<string, number>> = {}): EvidenceGroup[] {
  const groups: EvidenceGroup[] = [];
  for (const item of items) {
    const key = groupBy === 'code' ? item.codeId : item.document.id;
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else
      groups.push({
        key,
        heading: groupBy === 'code' ? item.codePath.join(' › ') : item.document.title || item.document.fileName,
        color: groupBy === 'code' ? item.codeColor : null,
        items: [item],
        total: 0,
      });
  }
  for (const g of groups) g.total = Math.max(g.items.length, totals[g.key] ?? 0);
  return groups;
}

/** What "copy with citation" sends the backend (evidence.citeText): the readable quote and
 *  its places; the backend cites the document from the project in the user's style. */
export function citePassageOf(
  item: Pick<EvidenceItem, 'quote' | 'document' | 'page' | 'pageEnd' | 'pageLabel' | 'pageEndLabel' | 'paragraph'>,
): CitePassage {
  return {
    documentId: item.document.id,
    page: item.page,
    pageEnd: item.pageEnd,
    ...(item.pageLabel ? { pageLabel: item.pageLabel } : {}),
    ...(item.pageEndLabel ? { pageEndLabel: item.pageEndLabel } : {}),
    paragraph: item.paragraph ?? null,
    quote: item.quote,
  };
}

/** Words the reader highlights on the passage's first page: the first 8 of the quote make a
 *  phrase specific enough to land on the passage and short enough to sit on one page. */
export function highlightPhrase(quote: string): string[] {
  const words = quote.split(/\s+/).filter(Boolean).slice(0, 8);
  return words.length ? [words.join(' ')] : [];
}

/** A code's codings with all its descendants', from per-code counts. */
export function subtreeCount(codes: readonly Pick<Code, 'id' | 'parentId'>[], counts: Record<string, number>, id: string): number {
  let n = counts[id] ?? 0;
  for (const c of codes) if (c.parentId === id) n += subtreeCount(codes, counts, c.id);
  return n;
}
