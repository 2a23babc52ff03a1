// The code co-occurrence matrix over passages' positions, as ATLAS.ti's Code Co-occurrence
// table counts it: two codes co-occur where a passage of one and a passage of the other
// overlap (or, by choice, lie within N characters, in the same paragraph or on the same
// page) — whoever coded them, so two coders' overlapping highlights count. A highlight
// carrying both codes is one co-occurrence with itself.
//   n(i,j)  the number of such passage pairs (each pair once; the diagonal n(i,i) is the
//           number of passages coded i);
//   c(i,j)  = n(i,j) / (n(i) + n(j) − n(i,j)), ATLAS.ti's c-coefficient: 0 when the codes
//           never meet, 1 when every passage of each meets the other's. When passages
//           meet several of the other code's, pairs outnumber passages and the formula
//           breaks (above 1, or a zero or negative denominator): ATLAS.ti marks such cells,
//           and so does `distorted` (c is then null where the denominator is not positive).
// Every cell keeps its pairs, so the view can list the passages behind it.
import type { Distance } from './query-syntax';
import { gap, overlaps, type QueryPassage } from './query-passage';

export type CooccurrenceMode = { kind: 'overlap' } | { kind: 'near'; distance: Distance };

export interface CooccurrenceCell {
  count: number;
  /** The c-coefficient; null on the diagonal and when neither code has passages. */
  c: number | null;
  /** The pairs outnumber what the c-coefficient can describe (see the module comment). */
  distorted: boolean;
  /** Pairs of annotation ids behind the cell ([a, a] for a highlight coded with both). */
  pairs: Array<[string, string]>;
}

export interface CooccurrenceMatrix {
  codeIds: string[];
  /** Passages coded with each code (the diagonal). */
  totals: number[];
  cells: CooccurrenceCell[][];
}

function meets(mode: CooccurrenceMode, a: QueryPassage, b: QueryPassage): boolean {
  if (a === b) return true;
  if (mode.kind === 'overlap') return overlaps(a, b);
  const d = mode.distance;
  if (d.unit === 'paragraph') return a.paragraphFirst <= b.paragraphLast && b.paragraphFirst <= a.paragraphLast;
  if (d.unit === 'page') return a.pageFirst <= b.pageLast && b.pageFirst <= a.pageLast;
  return gap(a, b) <= d.n;
}

/** How far beyond a passage's end a partner may start (in that mode's units). */
function reach(mode: CooccurrenceMode, p: QueryPassage): { key: 'start' | 'paragraph' | 'page'; limit: number } {
  if (mode.kind === 'overlap') return { key: 'start', limit: p.end };
  const d = mode.distance;
  if (d.unit === 'paragraph') return { key: 'paragraph', limit: p.paragraphLast };
  if (d.unit === 'page') return { key: 'page', limit: p.pageLast };
  return { key: 'start', limit: p.end + d.n };
}

const first = (p: QueryPassage, key: 'start' | 'paragraph' | 'page') => (key === 'start' ? p.start : key === 'paragraph' ? p.paragraphFirst : p.pageFirst);

/** The matrix of `codeIds` over `passages` (codings of other codes are ignored). */
export function cooccurrenceMatrix(passages: readonly QueryPassage[], codeIds: readonly string[], mode: CooccurrenceMode): CooccurrenceMatrix {
  const slot = new Map(codeIds.map((id, i) => [id, i]));
  const n = codeIds.length;
  const cells: CooccurrenceCell[][] = Array.from({ length: n }, () => Array.from({ length: n }, () => ({ count: 0, c: null, distorted: false, pairs: [] as Array<[string, string]> })));
  const totals = new Array<number>(n).fill(0);
  const byDoc = new Map<string, QueryPassage[]>();
  for (const p of passages) {
    if (!p.codeIds.some((c) => slot.has(c))) continue;
    const list = byDoc.get(p.documentId);
    if (list) list.push(p);
    else byDoc.set(p.documentId, [p]);
    for (const c of new Set(p.codeIds)) if (slot.has(c)) totals[slot.get(c)!]++;
  }
  const note = (a: QueryPassage, b: QueryPassage) => {
    // Each ordered (code of a, code of b) once per pair; a pair counts once per cell.
    const seen = new Set<string>();
    for (const ca of a.codeIds) {
      for (const cb of b.codeIds) {
        const i = slot.get(ca);
        const j = slot.get(cb);
        if (i === undefined || j === undefined || i === j) continue;
        const [lo, hi] = i < j ? [i, j] : [j, i];
        const key = `${lo},${hi}`;
        if (seen.has(key)) continue;
        seen.add(key);
        cells[lo][hi].count++;
        cells[lo][hi].pairs.push([a.annotationId, b.annotationId]);
      }
    }
  };
  for (const list of byDoc.values()) {
    const { key } = reach(mode, list[0]);
    list.sort((x, y) => first(x, key) - first(y, key) || x.start - y.start);
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      note(a, a);
      const { limit } = reach(mode, a);
      for (let k = i + 1; k < list.length && first(list[k], key) <= limit; k++) {
        if (meets(mode, a, list[k])) note(a, list[k]);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    cells[i][i] = { count: totals[i], c: null, distorted: false, pairs: [] };
    for (let j = i + 1; j < n; j++) {
      const cell = cells[i][j];
      const union = totals[i] + totals[j] - cell.count;
      cell.c = union > 0 ? cell.count / union : null;
      cell.distorted = union <= 0 ? cell.count > 0 : cell.count > union;
      cells[j][i] = cell;
    }
  }
  return { codeIds: [...codeIds], totals, cells };
}
