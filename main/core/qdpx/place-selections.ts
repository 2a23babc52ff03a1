// Places one source's selections on the stored document and writes them as highlights.
// PlainTextSelection offsets are in the other tool's counting (offset-convention.ts picks
// which, per source) on the source's text: for a PDF whose representation splits into its
// pages they map straight onto page and code-point offset, for a text source onto the slice
// each page shows and through its alignment with the page text (source-alignment.ts);
// otherwise the quote they cover is looked up in our page texts. A selection that cannot be placed (outside
// the text, no text) becomes an orphan highlight, shown to the user, never dropped.
// A PDFSelection joins the text highlight with the same quote on its page (Glossa's own
// exports of old wrote both), else becomes an area highlight; a zero-size one without text is
// skipped. Comments: the notes referring to the selection, then its Description (MAXQDA).
import { randomUUID } from 'node:crypto';
import { codePointIndex } from '../../../shared/anchoring/code-points';
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import type { Db } from '../../db/connection';
import * as repo from '../../db/repositories/merge';
import { computeSortIndex } from '../coding/annotations';
import { describeConvention, detectConvention, type OffsetMap } from './offset-convention';
import type { QdeCoding, QdePdfSource, QdeTextSelection } from './qdpx-model';
import { type ImportReport, note } from './import-report';
import type { DocPages } from './qdpx-sources';
import { findIgnoringSpace } from './text-to-pdf';

const CONTEXT = 32;

export interface SelectionContext {
  origin: string;
  who: (guid: string | null) => string;
  codeIds: Set<string>;
  annIds: Set<string>;
  report: ImportReport;
  counts: { codings: number };
  comments: Map<string, string>;
  now: string;
  /** Per source name, how its offsets were counted (for the report). */
  conventions: Map<string, string>;
}

interface Created {
  id: string;
  targets: AnnotationTarget[];
  /** Code guid → who made that coding and when (a vendor's Coding has its own creatingUser). */
  codes: Map<string, { user: string; at: string }>;
  kind: 'text' | 'area';
  user: string;
  at: string;
  comment: string;
  orphan: boolean;
}

/** Code-point range in the document's joined page texts for each text selection, or null. */
function textRanges(src: QdePdfSource, d: DocPages, ctx: SelectionContext): Array<[number, number] | null> {
  const sels = src.textSelections;
  if (sels.length === 0 || !d.text) return sels.map(() => null);
  const chars = Array.from(d.text.text);
  const { map } = detectConvention(d.text.rawText, d.text.hadBom, chars, sels, ctx.origin);
  ctx.conventions.set(src.name, describeConvention(map.convention));
  const joinedIndex = d.direct ? null : codePointIndex(d.joined);
  return sels.map((s) => {
    const range = canonicalRange(map, s);
    if (!range || d.direct) return range;
    // Offsets refer to the other tool's text, not our pages: find the same quote there.
    const found = findIgnoringSpace(d.joined, chars.slice(range[0], range[1]).join(''));
    return found && joinedIndex ? [joinedIndex.toCodePoint(found[0]), joinedIndex.toCodePoint(found[1])] : null;
  });
}

function canonicalRange(map: OffsetMap, s: QdeTextSelection): [number, number] | null {
  const a = map.toCodePoint(s.start);
  const b = map.toCodePoint(s.end);
  return a >= 0 && b > a ? [a, b] : null;
}

/** The targets (one per page) covering code points [start, end) of the joined text. */
function targetsFor(d: DocPages, start: number, end: number): AnnotationTarget[] {
  const targets: AnnotationTarget[] = [];
  for (let p = 0; p < d.pages.length; p++) {
    const s0 = Math.max(start, d.starts[p]) - d.starts[p];
    const e0 = Math.min(end, d.starts[p] + d.lengths[p]) - d.starts[p];
    if (e0 <= s0) continue;
    const page = d.pages[p];
    const idx = codePointIndex(page);
    const [c0, c1] = d.align ? [d.align[p].start(s0), d.align[p].end(e0)] : [s0, e0];
    if (c1 <= c0) continue;
    const [u0, u1] = [idx.toUtf16(c0), idx.toUtf16(c1)];
    targets.push({
      pageIndex: p,
      rects: [],
      quote: { type: 'TextQuoteSelector', exact: page.slice(u0, u1), prefix: page.slice(Math.max(0, u0 - CONTEXT), u0), suffix: page.slice(u1, u1 + CONTEXT) },
      position: { type: 'TextPositionSelector', start: c0, end: c1 },
    });
  }
  return targets;
}

/** Inserts one source's selections as highlights; returns how many were created. */
export function importSelections(db: Db, src: QdePdfSource, d: DocPages, ctx: SelectionContext): number {
  const created: Created[] = [];
  const idFor = (g: string) => (ctx.annIds.has(g) ? randomUUID() : g);
  const codesOf = (list: QdeCoding[], sel: { user: string | null; at: string | null }) => {
    const out: Created['codes'] = new Map();
    for (const c of list) {
      if (ctx.codeIds.has(c.codeGuid)) out.set(c.codeGuid, { user: ctx.who(c.user ?? sel.user), at: c.at ?? sel.at ?? ctx.now });
      else note(ctx.report, 'unknownCode', `A coding in "${src.name}" refers to a code that is not in the codebook; it was skipped.`);
    }
    return out;
  };
  const commentOf = (guid: string, description = '') => {
    const note = ctx.comments.get(guid) ?? '';
    // Glossa (for MAXQDA and QualCoder) writes a comment as a note and as the Description.
    return [note, description.trim() === note.trim() ? '' : description].filter((t) => t !== '').join('\n\n');
  };
  const ranges = textRanges(src, d, ctx);
  src.textSelections.forEach((s, i) => {
    const range = ranges[i];
    const targets = range ? targetsFor(d, range[0], range[1]) : [];
    const orphan = targets.length === 0;
    if (orphan) {
      note(ctx.report, 'selectionOutside', `A text selection in "${src.name}" (${s.start}–${s.end}) lies outside its text; it was kept as an orphan highlight.`);
      targets.push({ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: `(${s.start}-${s.end})`, prefix: '', suffix: '' }, position: null });
    }
    const id = idFor(s.guid);
    ctx.annIds.add(id);
    created.push({ id, targets, codes: codesOf(s.codings, s), kind: 'text', user: ctx.who(s.user), at: s.at ?? ctx.now, comment: commentOf(s.guid, s.description), orphan });
  });
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const textByPage = new Map<string, Created>();
  for (const a of created) for (const t of a.targets) if (!a.orphan) textByPage.set(`${t.pageIndex}|${norm(t.quote?.exact ?? '')}`, a);
  for (const s of src.pdfSelections) {
    if (s.page < 0 || s.page >= d.pages.length) {
      note(ctx.report, 'pageMissing', `A PDF selection in "${src.name}" points at page ${s.page + 1}, which the PDF does not have; it was skipped.`);
      continue;
    }
    const rect = { x1: Math.min(s.box[0], s.box[2]), y1: Math.min(s.box[1], s.box[3]), x2: Math.max(s.box[0], s.box[2]), y2: Math.max(s.box[1], s.box[3]) };
    const hasRect = rect.x2 > rect.x1 && rect.y2 > rect.y1;
    const codes = codesOf(s.codings, s);
    const match = s.text ? textByPage.get(`${s.page}|${norm(s.text)}`) : undefined;
    if (match) {
      const t = match.targets.find((x) => x.pageIndex === s.page)!;
      if (hasRect) t.rects.push(rect);
      for (const [c, by] of codes) if (!match.codes.has(c)) match.codes.set(c, by);
      continue;
    }
    if (!hasRect && !s.text) {
      note(ctx.report, 'emptyArea', `A PDF selection on page ${s.page + 1} of "${src.name}" has no size and no text; it was skipped.`);
      continue;
    }
    const id = idFor(s.guid);
    ctx.annIds.add(id);
    const quote = s.text ? { type: 'TextQuoteSelector' as const, exact: s.text, prefix: '', suffix: '' } : null;
    created.push({ id, targets: [{ pageIndex: s.page, rects: hasRect ? [rect] : [], quote, position: null }], codes, kind: hasRect ? 'area' : 'text', user: ctx.who(s.user), at: s.at ?? ctx.now, comment: commentOf(s.guid), orphan: false });
  }
  for (const a of created) {
    repo.upsertAnnotationRaw(db, {
      id: a.id, document_id: d.id, kind: a.kind, targets: JSON.stringify(a.targets), color: null, comment: a.comment, sort_index: computeSortIndex(a.targets),
      anchor_status: a.orphan ? 'orphan' : 'anchored', coder_id: a.user, updated_by: null, created_at: a.at, updated_at: ctx.now,
    });
    for (const [c, by] of a.codes) repo.insertCodingRaw(db, { annotation_id: a.id, code_id: c, coder_id: by.user, created_at: by.at });
    ctx.counts.codings += a.codes.size;
  }
  return created.length;
}
