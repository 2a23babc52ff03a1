// SQL for links between passages (migration 0016): reads for a highlight's links, the list
// (CLI, exports), the passage picker and the merge, and raw writes that keep ids and times for
// the merge. Writes the user makes go through the row journal (main/core/passage-links/
// link-actions.ts), so they undo.
import type { EvidenceLink, LinkOfPassage, PassageLinkInfo, PassageLinkListItem, PassageLinkRelation, PassageSummary } from '../../../shared/domain/passage-links';
import type { Db } from '../connection';
import { parseTargets } from './annotations';
import { prepared } from './statement-cache';

export interface PassageLinkRow {
  id: string;
  from_annotation_id: string;
  to_annotation_id: string;
  relation: string;
  note: string;
  coder_id: string;
  created_at: string;
  updated_at: string;
}

export interface PassageLinkTombstoneRow {
  link_id: string;
  deleted_at: string;
}

export function toLinkInfo(r: PassageLinkRow): PassageLinkInfo {
  return {
    id: r.id,
    fromAnnotationId: r.from_annotation_id,
    toAnnotationId: r.to_annotation_id,
    relation: r.relation as PassageLinkRelation,
    note: r.note,
    coderId: r.coder_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

interface SummaryRow {
  id: string;
  document_id: string;
  title: string;
  targets: string;
}

function toSummary(r: SummaryRow): PassageSummary {
  const targets = parseTargets(r.targets);
  // A line break between targets, as the annotations panel joins a passage across a page break.
  const quote = targets.map((t) => t.quote?.exact ?? '').filter(Boolean).join('\n');
  return { annotationId: r.id, documentId: r.document_id, documentTitle: r.title, pageIndex: targets[0]?.pageIndex ?? 0, quote };
}

const SUMMARY_SQL = 'SELECT a.id, a.document_id, d.title, a.targets FROM annotations a JOIN documents d ON d.id = a.document_id';

export function passageSummary(db: Db, annotationId: string): PassageSummary | null {
  const r = prepared(db, `${SUMMARY_SQL} WHERE a.id = ?`).get(annotationId) as SummaryRow | undefined;
  return r ? toSummary(r) : null;
}

export function getLinkRow(db: Db, id: string): PassageLinkRow | null {
  return (prepared(db, 'SELECT * FROM passage_links WHERE id = ?').get(id) as PassageLinkRow | undefined) ?? null;
}

export function findLinkRow(db: Db, from: string, to: string, relation: string): PassageLinkRow | null {
  return (
    (prepared(db, 'SELECT * FROM passage_links WHERE from_annotation_id = ? AND to_annotation_id = ? AND relation = ?').get(from, to, relation) as
      | PassageLinkRow
      | undefined) ?? null
  );
}

export function readLinkRows(db: Db): PassageLinkRow[] {
  return prepared(db, 'SELECT * FROM passage_links ORDER BY created_at, id').all() as PassageLinkRow[];
}

/** Rows of links that start or end at one of these highlights (a delete takes them along). */
export function linkRowsOfAnnotation(db: Db, annotationId: string): PassageLinkRow[] {
  return prepared(db, 'SELECT * FROM passage_links WHERE from_annotation_id = @id OR to_annotation_id = @id ORDER BY created_at, id').all({ id: annotationId }) as PassageLinkRow[];
}

/** A highlight's links, both ways, each with the passage at the other end. */
export function linksOfAnnotation(db: Db, annotationId: string): LinkOfPassage[] {
  const out: LinkOfPassage[] = [];
  for (const r of linkRowsOfAnnotation(db, annotationId)) {
    const direction = r.from_annotation_id === annotationId ? 'out' : 'in';
    const other = passageSummary(db, direction === 'out' ? r.to_annotation_id : r.from_annotation_id);
    if (other) out.push({ link: toLinkInfo(r), direction, other });
  }
  return out;
}

/** Every link with both passages, in the order they were made. */
export function listPassageLinks(db: Db): PassageLinkListItem[] {
  const out: PassageLinkListItem[] = [];
  for (const r of readLinkRows(db)) {
    const from = passageSummary(db, r.from_annotation_id);
    const to = passageSummary(db, r.to_annotation_id);
    if (from && to) out.push({ link: toLinkInfo(r), from, to });
  }
  return out;
}

/**
 * Passages to link to: highlights whose quote or document title contains `text` (any case),
 * by document and reading order, at most `limit`. The LIKE narrows in SQL; the quote test
 * proper runs on the parsed targets, so a match inside the JSON keys is not a hit.
 */
export function searchPassages(db: Db, text: string, limit: number, excludeId?: string): PassageSummary[] {
  const needle = text.trim().toLocaleLowerCase();
  // SQLite's lower() and LIKE fold ASCII only: a Cyrillic search is narrowed in JS alone.
  const sqlNeedle = /[^\u0000-\u007f]/.test(needle) ? '' : needle;
  const like = `%${sqlNeedle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = prepared(
    db,
    `${SUMMARY_SQL} WHERE (@needle = '' OR lower(a.targets) LIKE @like ESCAPE '\\' OR lower(d.title) LIKE @like ESCAPE '\\') ORDER BY d.title, d.id, a.sort_index, a.id`,
  ).iterate({ needle: sqlNeedle, like }) as IterableIterator<SummaryRow>;
  const out: PassageSummary[] = [];
  for (const r of rows) {
    if (r.id === excludeId) continue;
    const s = toSummary(r);
    if (needle && !s.quote.toLocaleLowerCase().includes(needle) && !s.documentTitle.toLocaleLowerCase().includes(needle)) continue;
    out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}

export function annotationExists(db: Db, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM annotations WHERE id = ?').get(id) !== undefined;
}

/** Merge: writes a link row as it stands (insert or replace). */
export function putLinkRaw(db: Db, r: PassageLinkRow): void {
  prepared(
    db,
    `INSERT INTO passage_links (id, from_annotation_id, to_annotation_id, relation, note, coder_id, created_at, updated_at)
     VALUES (@id, @from_annotation_id, @to_annotation_id, @relation, @note, @coder_id, @created_at, @updated_at)
     ON CONFLICT (id) DO UPDATE SET from_annotation_id = excluded.from_annotation_id, to_annotation_id = excluded.to_annotation_id,
       relation = excluded.relation, note = excluded.note, coder_id = excluded.coder_id, created_at = excluded.created_at, updated_at = excluded.updated_at`,
  ).run(r);
}

export function deleteLinkRaw(db: Db, id: string): void {
  prepared(db, 'DELETE FROM passage_links WHERE id = ?').run(id);
}

export function readLinkTombstones(db: Db): PassageLinkTombstoneRow[] {
  return prepared(db, 'SELECT * FROM passage_link_tombstones ORDER BY link_id').all() as PassageLinkTombstoneRow[];
}

export function getLinkTombstone(db: Db, id: string): PassageLinkTombstoneRow | null {
  return (prepared(db, 'SELECT * FROM passage_link_tombstones WHERE link_id = ?').get(id) as PassageLinkTombstoneRow | undefined) ?? null;
}

export function putLinkTombstoneRaw(db: Db, t: PassageLinkTombstoneRow): void {
  prepared(db, 'INSERT INTO passage_link_tombstones (link_id, deleted_at) VALUES (@link_id, @deleted_at) ON CONFLICT (link_id) DO UPDATE SET deleted_at = excluded.deleted_at').run(t);
}

export function deleteLinkTombstoneRaw(db: Db, id: string): void {
  prepared(db, 'DELETE FROM passage_link_tombstones WHERE link_id = ?').run(id);
}

/** A highlight's links as the evidence exports carry them (two index lookups; none: []). */
export function evidenceLinksOf(db: Db, annotationId: string): EvidenceLink[] {
  return linksOfAnnotation(db, annotationId).map(({ link, direction, other }) => ({
    relation: link.relation,
    direction,
    annotationId: other.annotationId,
    documentId: other.documentId,
    documentTitle: other.documentTitle,
    pdfPage: other.pageIndex + 1,
    quote: other.quote,
    note: link.note,
  }));
}
