// Evidence retrieval: the codings (annotation x code) that match an EvidenceFilter, for the
// evidence browser (paged), the analysis tables and the exports (all rows). One SQL statement
// per request. Selected codes expand to their sub-codes through a recursive CTE; "all" mode
// counts the distinct selected roots a passage reaches. Codebook order comes from a second
// recursive CTE building a sort key of zero-padded sibling positions ("000002.000000.").
// The text filter folds case and ё/е with normalizeSearch, registered as an SQL function on
// the connection, because SQLite's lower() folds ASCII only.
import type { DocumentBibliography } from '../../../shared/domain/bibliography';
import type { EvidenceFilter, EvidenceGroupBy } from '../../../shared/domain/evidence';
import { normalizeSearch } from '../../../shared/text/normalize-search';
import type { Db } from '../connection';
import { rowToBibliography, type BibliographyRow } from './bibliography';
import { documentFilterSql } from './document-filter';
import { prepared } from './statement-cache';

export interface EvidenceSqlRow {
  annotation_id: string;
  code_id: string;
  coder_id: string;
  coder_name: string | null;
  coded_at: string;
  document_id: string;
  targets: string;
  kind: 'text' | 'area';
  color: string | null;
  comment: string;
  anchor_status: 'anchored' | 'reanchored' | 'orphan';
  annotation_created_at: string;
  annotation_updated_at: string;
  /** Name of the coder of the passage's latest edit (migration 0004), null when not edited. */
  editor_id: string | null;
  editor_name: string | null;
  title: string;
  file_name: string;
  organisation: string;
  countries: string;
  year: number | null;
  doc_type: string;
  language: string;
  sha256: string;
  page_count: number;
  page_labels: string | null;
  page_label_fix: string | null;
  /** The document's free-text author (documents.author, '' for none). */
  author: string;
  /** The value and choices of the attribute replacing the organisation (null: none; ISSUER_COLUMNS). */
  issuers_value: string | null;
  issuers_choices: string | null;
  /** The document's bibliographic record (document_bibliography, migration 0014): NULL
   *  columns when it has none. Mapped by bibliography.ts's rowToBibliography. */
  bib_csl_json: string | null;
  bib_source: BibliographyRow['source'] | null;
  bib_zotero_library: number | null;
  bib_zotero_key: string | null;
  bib_citekey: string | null;
  bib_updated_at: string | null;
  /** 1 when flagged as an exemplar quote, 0 when cleared, null when never flagged (migration 0016). */
  exemplar?: number | null;
  /** 1 when the passage has passage links (LINKED_COLUMN); absent in rows selected without it. */
  linked?: number;
  /** Paged queries only: how many rows match in all (codings, or passages by document). */
  total_rows?: number;
  /** Paged queries grouped by document only: how many of the passages are in this row's document. */
  group_rows?: number;
}

const folded = new WeakSet<Db>();

/** glossa_fold(text): normalizeSearch in SQL (deterministic, so SQLite may cache it). */
function ensureFold(db: Db): void {
  if (folded.has(db)) return;
  db.function('glossa_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? normalizeSearch(value) : ''));
  folded.add(db);
}

const hasItems = (list: readonly string[] | undefined): list is string[] => Array.isArray(list) && list.length > 0;

interface Built {
  cte: string;
  where: string;
  params: Array<string | number>;
}

/** The free-text filter: the comment or the quote contains the (folded) text. */
function pushTextCondition(db: Db, filter: EvidenceFilter, parts: string[], params: Array<string | number>): void {
  const needle = typeof filter.text === 'string' ? normalizeSearch(filter.text.trim()) : '';
  if (!needle) return;
  ensureFold(db);
  // The quote is the targets' exact texts joined with a space, as EvidenceRow.quote is.
  parts.push(
    `(instr(glossa_fold(a.comment), ?) > 0 OR instr(glossa_fold(
       (SELECT group_concat(json_extract(t.value, '$.quote.exact'), ' ') FROM json_each(a.targets) t)), ?) > 0)`,
  );
  params.push(needle, needle);
}

/** Flagged as an exemplar quote (migration 0016): a cleared flag's row has flagged = 0. */
const EXEMPLAR_CONDITION = 'EXISTS (SELECT 1 FROM exemplars x WHERE x.annotation_id = a.id AND x.flagged = 1)';
const EXEMPLAR_COLUMN = '(SELECT x.flagged FROM exemplars x WHERE x.annotation_id = a.id) AS exemplar';
/** 1 when the passage has a passage link either way (migration 0018): only then are its links read. */
const LINKED_COLUMN =
  '(EXISTS (SELECT 1 FROM passage_links l WHERE l.from_annotation_id = a.id) OR EXISTS (SELECT 1 FROM passage_links l WHERE l.to_annotation_id = a.id)) AS linked';

/** The document attributes of the filter, as SQL on the documents row `d`. */
function documentPart(db: Db, filter: EvidenceFilter): ReturnType<typeof documentFilterSql> {
  const { organisations, countries, yearFrom, yearTo, docTypes, languages, attributes } = filter;
  return documentFilterSql(db, { organisations, countries, yearFrom, yearTo, docTypes, languages, attributes });
}

/** The CTEs and WHERE clause over annotation_codes ac / annotations a / documents d / code_order o. */
function build(db: Db, filter: EvidenceFilter): Built {
  const params: Array<string | number> = [];
  const ctes = [
    `code_order(id, sort_key) AS (
       SELECT id, printf('%06d.', position) FROM codes WHERE parent_id IS NULL
       UNION ALL
       SELECT c.id, o.sort_key || printf('%06d.', c.position) FROM codes c JOIN code_order o ON c.parent_id = o.id
     )`,
  ];
  const parts: string[] = [];
  const codeIds = hasItems(filter.codeIds) ? [...new Set(filter.codeIds)] : [];
  if (codeIds.length > 0) {
    ctes.push(
      filter.includeSubcodes
        ? `sel(root, id) AS (
             SELECT value, value FROM json_each(?)
             UNION
             SELECT s.root, c.id FROM codes c JOIN sel s ON c.parent_id = s.id
           )`
        : `sel(root, id) AS (SELECT value, value FROM json_each(?))`,
    );
    params.push(JSON.stringify(codeIds));
    // Only codings of the selected codes come back: a passage found through code A is listed
    // under A, not under every other code it also carries.
    parts.push('ac.code_id IN (SELECT id FROM sel)');
    if (filter.codeMatch === 'all' && codeIds.length > 1) {
      parts.push(
        `(SELECT COUNT(DISTINCT s2.root) FROM annotation_codes ac2 JOIN sel s2 ON s2.id = ac2.code_id
          WHERE ac2.annotation_id = a.id) = ${codeIds.length}`,
      );
    }
  }
  if (hasItems(filter.coderIds)) {
    parts.push('ac.coder_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.coderIds));
  }
  if (hasItems(filter.documentIds)) {
    parts.push('a.document_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.documentIds));
  }
  if (filter.annotationIds) {
    parts.push('a.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.annotationIds));
  }
  if (filter.exemplarsOnly) parts.push(EXEMPLAR_CONDITION);
  const docs = documentPart(db, filter);
  pushTextCondition(db, filter, parts, params);
  // Placeholders in text order: the CTE's, the conditions above, then the document filter's.
  params.push(...docs.params);
  const where = `WHERE 1 = 1${parts.map((p) => ` AND ${p}`).join('')}${docs.sql}`;
  return { cte: `WITH RECURSIVE ${ctes.join(',\n')}`, where, params };
}

const FROM = `FROM annotation_codes ac
  JOIN annotations a ON a.id = ac.annotation_id
  JOIN documents d ON d.id = a.document_id
  JOIN code_order o ON o.id = ac.code_id
  LEFT JOIN coders k ON k.id = ac.coder_id
  LEFT JOIN coders e ON e.id = a.updated_by
  LEFT JOIN document_bibliography b ON b.document_id = d.id`;

/** The document's author and its bibliographic record (one row per document: the join never multiplies rows). */
const BIB_COLUMNS = `d.author, b.csl_json AS bib_csl_json, b.source AS bib_source, b.zotero_library AS bib_zotero_library,
  b.zotero_key AS bib_zotero_key, b.citekey AS bib_citekey, b.updated_at AS bib_updated_at`;

/** The stored value and the choices of the user attribute that replaces the issuing organisation
 *  (issue 14 item 3; the first such attribute by position), for shared/attributes/document-issuers.ts. */
const ISSUER_DEFINITION = `(SELECT ad.id FROM attribute_definitions ad WHERE ad.replaces = 'organisation' ORDER BY ad.position, ad.id LIMIT 1)`;
const ISSUER_COLUMNS = `(SELECT v.value FROM attribute_values v WHERE v.document_id = d.id AND v.definition_id = ${ISSUER_DEFINITION}) AS issuers_value,
  (SELECT ad.choices FROM attribute_definitions ad WHERE ad.id = ${ISSUER_DEFINITION}) AS issuers_choices`;

const COLUMNS = `ac.annotation_id, ac.code_id, ac.coder_id, k.name AS coder_name, ac.created_at AS coded_at,
  a.document_id, a.targets, a.kind, a.color, a.comment, a.anchor_status,
  a.created_at AS annotation_created_at, a.updated_at AS annotation_updated_at, a.updated_by AS editor_id, e.name AS editor_name,
  d.title, d.file_name, d.organisation, d.countries, d.year, d.doc_type, d.language, d.sha256,
  d.page_count, d.page_labels, d.page_label_fix, ${BIB_COLUMNS}, ${EXEMPLAR_COLUMN}, ${LINKED_COLUMN}, ${ISSUER_COLUMNS}`;

/** Reading order inside a document; documents by title (then id, for equal titles). */
const READING_ORDER = 'd.title COLLATE NOCASE, a.document_id, a.sort_index, a.created_at, a.id';

export interface EvidencePaging {
  groupBy: EvidenceGroupBy;
  offset?: number;
  /** Omitted: every row (exports, tables). */
  limit?: number;
}

/**
 * Matching codings. groupBy 'code': one row per coding in codebook order, then document and
 * reading order. groupBy 'document': one row per passage (its first matching code in codebook
 * order) in document and reading order.
 */
export function selectEvidence(db: Db, filter: EvidenceFilter, paging: EvidencePaging): EvidenceSqlRow[] {
  const built = build(db, filter);
  const { cte, where, params } = built;
  if (paging.limit !== undefined) return selectEvidencePage(db, built, paging.groupBy, paging.limit, paging.offset ?? 0);
  if (paging.groupBy === 'code') {
    const sql = `${cte} SELECT ${COLUMNS} ${FROM} ${where} ORDER BY ${CODE_ORDER}`;
    return db.prepare(sql).all(...params) as EvidenceSqlRow[];
  }
  // SQLite's bare columns with MIN(): the other columns come from the row holding the minimum,
  // i.e. the passage's first matching code in codebook order.
  const sql = `${cte} SELECT ${COLUMNS}, MIN(o.sort_key) AS first_key ${FROM} ${where}
    GROUP BY ac.annotation_id ORDER BY ${READING_ORDER}`;
  return db.prepare(sql).all(...params) as EvidenceSqlRow[];
}

const CODE_ORDER = `o.sort_key, ${READING_ORDER}, ac.code_id`;

/**
 * One page, sorted on its keys only: the sorter carries (passage, code) and the sort columns of
 * every match, and the wide columns (targets JSON, comment, document attributes) are read for
 * the page's rows alone, and the count of all matches comes from the same scan (total_rows, by
 * a window; countEvidence when the page is past the end). On 10,000 codings (load ~12): page 1 of 100 ~23 -> ~19 ms, the page at
 * offset 9,900 ~78 -> ~34 ms; the same rows (tests/unit/main/core/evidence, "pages").
 */
function selectEvidencePage(db: Db, built: Built, groupBy: EvidenceGroupBy, limit: number, offset: number): EvidenceSqlRow[] {
  const page = ` LIMIT ${Math.max(0, Math.floor(limit))} OFFSET ${Math.max(0, Math.floor(offset))}`;
  const keys = groupBy === 'code'
    ? `SELECT ac.annotation_id AS pid, ac.code_id AS pcode, COUNT(*) OVER () AS total_rows ${FROM} ${built.where} ORDER BY ${CODE_ORDER}${page}`
    // The bare ac.code_id comes from the row holding MIN(o.sort_key): the first matching code.
    // group_rows: the passages of the row's document (see countEvidenceGroups for codes).
    : `SELECT ac.annotation_id AS pid, ac.code_id AS pcode, MIN(o.sort_key) AS first_key, COUNT(*) OVER () AS total_rows,
         COUNT(*) OVER (PARTITION BY a.document_id) AS group_rows ${FROM} ${built.where}
       GROUP BY ac.annotation_id ORDER BY ${READING_ORDER}${page}`;
  const rows = `FROM (${keys}) p
    JOIN annotation_codes ac ON ac.annotation_id = p.pid AND ac.code_id = p.pcode
    JOIN annotations a ON a.id = ac.annotation_id
    JOIN documents d ON d.id = a.document_id
    JOIN code_order o ON o.id = ac.code_id
    LEFT JOIN coders k ON k.id = ac.coder_id
    LEFT JOIN coders e ON e.id = a.updated_by
  LEFT JOIN document_bibliography b ON b.document_id = d.id`;
  const sql = `${built.cte} SELECT ${COLUMNS}, p.total_rows${groupBy === 'document' ? ', p.first_key, p.group_rows' : ''} ${rows} ORDER BY ${groupBy === 'code' ? CODE_ORDER : READING_ORDER}`;
  return db.prepare(sql).all(...built.params) as EvidenceSqlRow[];
}

/** The rows of selectEvidence(groupBy 'code') one at a time, from a SQLite cursor: an export
 *  reads them as it writes, never holding all of them. */
export function iterateEvidence(db: Db, filter: EvidenceFilter): IterableIterator<EvidenceSqlRow> {
  const { cte, where, params } = build(db, filter);
  const sql = `${cte} SELECT ${COLUMNS} ${FROM} ${where} ORDER BY ${CODE_ORDER}`;
  return db.prepare(sql).iterate(...params) as IterableIterator<EvidenceSqlRow>;
}

/** The (code, document) pairs among the filter's codings: which codes and documents an export
 *  uses, without reading the rows' wide columns (an export then reads the rows themselves once). */
export function codeDocumentPairs(db: Db, filter: EvidenceFilter): Array<{ code_id: string; document_id: string }> {
  const { cte, where, params } = build(db, filter);
  return db.prepare(`${cte} SELECT DISTINCT ac.code_id, a.document_id ${FROM} ${where}`).all(...params) as Array<{ code_id: string; document_id: string }>;
}

/**
 * Highlights without any coding that match the filter's document, coder and text conditions,
 * in reading order, shaped like coded rows (code_id '', the highlight's own coder and time):
 * the W3C export carries every highlight. A filter on codes selects none of them.
 */
export function selectUncodedEvidence(db: Db, filter: EvidenceFilter): EvidenceSqlRow[] {
  if (hasItems(filter.codeIds)) return [];
  const params: Array<string | number> = [];
  const parts = ['NOT EXISTS (SELECT 1 FROM annotation_codes ac WHERE ac.annotation_id = a.id)'];
  if (hasItems(filter.coderIds)) {
    parts.push('a.coder_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.coderIds));
  }
  if (hasItems(filter.documentIds)) {
    parts.push('a.document_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.documentIds));
  }
  if (filter.annotationIds) {
    parts.push('a.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.annotationIds));
  }
  if (filter.exemplarsOnly) parts.push(EXEMPLAR_CONDITION);
  pushTextCondition(db, filter, parts, params);
  const docs = documentPart(db, filter);
  params.push(...docs.params);
  const sql = `SELECT a.id AS annotation_id, '' AS code_id, a.coder_id, k.name AS coder_name, a.created_at AS coded_at,
      a.document_id, a.targets, a.kind, a.color, a.comment, a.anchor_status,
      a.created_at AS annotation_created_at, a.updated_at AS annotation_updated_at, a.updated_by AS editor_id, e.name AS editor_name,
      d.title, d.file_name, d.organisation, d.countries, d.year, d.doc_type, d.language, d.sha256,
      d.page_count, d.page_labels, d.page_label_fix, ${BIB_COLUMNS}, ${EXEMPLAR_COLUMN}, ${LINKED_COLUMN}, ${ISSUER_COLUMNS}
    FROM annotations a JOIN documents d ON d.id = a.document_id
      LEFT JOIN coders k ON k.id = a.coder_id LEFT JOIN coders e ON e.id = a.updated_by
      LEFT JOIN document_bibliography b ON b.document_id = d.id
    WHERE ${parts.join(' AND ')}${docs.sql} ORDER BY ${READING_ORDER}`;
  return db.prepare(sql).all(...params) as EvidenceSqlRow[];
}

/** Codings per code among those matching the filter apart from its code selection: the
 *  evidence browser's code tree shows what ticking each code would list. */
export function codingCountsForFilter(db: Db, filter: EvidenceFilter): Map<string, number> {
  const { codeIds: _codes, codeMatch: _match, includeSubcodes: _sub, ...rest } = filter;
  const { cte, where, params } = build(db, rest);
  const rows = db.prepare(`${cte} SELECT ac.code_id AS id, COUNT(*) AS n ${FROM} ${where} GROUP BY ac.code_id`).all(...params) as Array<{ id: string; n: number }>;
  return new Map(rows.map((r) => [r.id, r.n]));
}

/**
 * The codings of each given code under the filter, so the browser's headings (grouped by code)
 * count whole groups while it loads 100 rows at a time. Asked for the codes of one page only
 * (one or two on the first screen), through the index on annotation_codes(code_id). Measured on
 * 10,000 codings (load 15, page of 25): a window COUNT(*) OVER (PARTITION BY ac.code_id) in the
 * page query cost 81 -> 104 ms, this query 99 -> 106 ms. Grouped by document it is the other way
 * round (a document may hold every passage; COUNT(DISTINCT) over them cost 64 -> 114 ms, the
 * window 46 -> 66 ms), so the page query carries those counts itself (group_rows).
 */
export function countCodeGroups(db: Db, filter: EvidenceFilter, codeIds: readonly string[]): Map<string, number> {
  if (codeIds.length === 0) return new Map();
  const { cte, where, params } = build(db, filter);
  const sql = `${cte} SELECT ac.code_id AS k, COUNT(*) AS n ${FROM} ${where} AND ac.code_id IN (SELECT value FROM json_each(?)) GROUP BY ac.code_id`;
  const rows = db.prepare(sql).all(...params, JSON.stringify([...new Set(codeIds)])) as Array<{ k: string; n: number }>;
  return new Map(rows.map((r) => [r.k, r.n]));
}

/** Codings (groupBy 'code') or passages ('document') matching the filter. */
export function countEvidence(db: Db, filter: EvidenceFilter, groupBy: EvidenceGroupBy): number {
  const { cte, where, params } = build(db, filter);
  const what = groupBy === 'code' ? 'COUNT(*)' : 'COUNT(DISTINCT ac.annotation_id)';
  return (db.prepare(`${cte} SELECT ${what} AS n ${FROM} ${where}`).get(...params) as { n: number }).n;
}

/** The replacing attribute's value and choices for one document (null when none; ISSUER_COLUMNS). */
export function documentIssuerColumns(db: Db, documentId: string): { issuers_value: string | null; issuers_choices: string | null } {
  const row = prepared(db, `SELECT ${ISSUER_COLUMNS} FROM documents d WHERE d.id = ?`).get(documentId) as
    | { issuers_value: string | null; issuers_choices: string | null }
    | undefined;
  return row ?? { issuers_value: null, issuers_choices: null };
}

/** One matching passage: its document and the document's issuing organisation. */
export interface FilterPassageRow {
  annotation_id: string;
  document_id: string;
  organisation: string;
  /** The replacing attribute's value and choices (null: none; see ISSUER_COLUMNS). */
  issuers_value: string | null;
  issuers_choices: string | null;
}

/**
 * The distinct passages with at least one coding matching the filter, with their document's
 * issuing organisation, in document and reading order: the partnership network's input
 * (main/core/network), which reads every code of these passages with codesOfPassages.
 */
export function passagesForFilter(db: Db, filter: EvidenceFilter): FilterPassageRow[] {
  const { cte, where, params } = build(db, filter);
  const sql = `${cte} SELECT ac.annotation_id, a.document_id, d.organisation, ${ISSUER_COLUMNS}
    FROM annotation_codes ac JOIN annotations a ON a.id = ac.annotation_id JOIN documents d ON d.id = a.document_id
    ${where} GROUP BY ac.annotation_id ORDER BY ${READING_ORDER}`;
  return db.prepare(sql).all(...params) as FilterPassageRow[];
}

/** Every code id on each of the given passages, for the browser's colour chips. */
export function codesOfPassages(db: Db, annotationIds: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (annotationIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT annotation_id, code_id FROM annotation_codes
       WHERE annotation_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, code_id`,
    )
    .all(JSON.stringify([...new Set(annotationIds)])) as Array<{ annotation_id: string; code_id: string }>;
  for (const r of rows) {
    const list = out.get(r.annotation_id);
    if (list) list.push(r.code_id);
    else out.set(r.annotation_id, [r.code_id]);
  }
  return out;
}

export interface MemoForEvidence {
  target_type: 'project' | 'document' | 'code';
  target_id: string;
  body: string;
}

/** Every non-empty memo (project, document, code), project first, for the report's memo section. */
export function listMemosForEvidence(db: Db): MemoForEvidence[] {
  return db
    .prepare(
      `SELECT target_type, target_id, body FROM memos WHERE body <> ''
       ORDER BY CASE target_type WHEN 'project' THEN 0 WHEN 'code' THEN 1 ELSE 2 END, updated_at`,
    )
    .all() as MemoForEvidence[];
}

/** Document titles by id (memo labels). */
export function documentTitlesById(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT id, title, file_name FROM documents').all() as Array<{ id: string; title: string; file_name: string }>;
  return new Map(rows.map((r) => [r.id, r.title || r.file_name]));
}

/** The bibliographic record carried by an evidence row (null when the document has none or it is unreadable). */
export function evidenceBibliography(r: EvidenceSqlRow): DocumentBibliography | null {
  if (r.bib_csl_json == null || r.bib_source == null) return null;
  return rowToBibliography({
    document_id: r.document_id,
    csl_json: r.bib_csl_json,
    source: r.bib_source,
    zotero_library: r.bib_zotero_library,
    zotero_key: r.bib_zotero_key,
    citekey: r.bib_citekey,
    updated_at: r.bib_updated_at ?? '',
  });
}
