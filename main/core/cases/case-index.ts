// Which cases a coding belongs to: the cases with a segment in the passage's document whose
// pages meet the passage's pages (a passage crossing from one country chapter into the next
// belongs to both). Character offsets of a segment are not consulted: a case's first and last
// page count whole. Also the denominators the analysis tables offer: pages per case (summed
// over its segments) and cases per group, for counts per 100 pages or per case.
import type { Case } from '../../../shared/domain/case';

export interface CaseRef {
  id: string;
  name: string;
  country: string;
  /** Pages of the case's segments (a page two segments share counts twice). */
  pages: number;
}

interface Span {
  first: number;
  last: number;
  ref: CaseRef;
}

export class CaseIndex {
  private readonly byDocument = new Map<string, Span[]>();
  readonly cases: CaseRef[];

  constructor(cases: readonly Case[]) {
    this.cases = cases.map((c) => ({
      id: c.id,
      name: c.name,
      country: c.country,
      pages: c.segments.reduce((n, s) => n + (s.lastPage - s.firstPage + 1), 0),
    }));
    cases.forEach((c, i) => {
      for (const s of c.segments) {
        const list = this.byDocument.get(s.documentId) ?? [];
        list.push({ first: s.firstPage, last: s.lastPage, ref: this.cases[i] });
        this.byDocument.set(s.documentId, list);
      }
    });
  }

  /** Cases of a passage on 0-based pages firstPage..lastPage of a document, each once, in case order. */
  casesOf(documentId: string, firstPage: number, lastPage: number): CaseRef[] {
    const seen = new Set<CaseRef>();
    for (const s of this.byDocument.get(documentId) ?? []) if (s.first <= lastPage && firstPage <= s.last) seen.add(s.ref);
    return this.cases.filter((c) => seen.has(c));
  }

  /** The column order of a case table: the cases' own order (an outline's order). */
  caseOrder(): string[] {
    return this.cases.map((c) => c.id);
  }

  /** Pages and cases behind a column: one case (by id), or every case of a country. */
  denominators(key: string, by: 'case' | 'caseCountry'): { pages: number; cases: number } {
    const members = this.cases.filter((c) => (by === 'case' ? c.id === key : c.country === key));
    return { pages: members.reduce((n, c) => n + c.pages, 0), cases: members.length };
  }
}
