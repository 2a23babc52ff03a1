// Turns a DocumentFilter into SQL conditions on the `documents` table (alias d), shared by
// the library list, project search and the evidence / analysis filters (attribute terms too). Lists travel as one JSON parameter read through
// json_each, so the SQL text depends only on which filters are set (good for the statement
// cache) and never on user values. An empty list means "no restriction", as in the UI.
// The title/file-name text filter runs in JS through normalizeSearch (SQLite's lower() and
// LIKE fold ASCII only, and Russian titles need ё/е and case folding); documents number in
// the hundreds, so that costs well under a millisecond.
import type { DocumentFilter } from '../../../shared/domain/document';
import { normalizeSearch } from '../../../shared/text/normalize-search';
import type { Db } from '../connection';
import { prepared } from './statement-cache';

export interface SqlFragment {
  /** Conditions joined by AND, each prefixed with ' AND ' (empty string for no filter). */
  sql: string;
  params: Array<string | number>;
}

function hasItems(list: string[] | undefined): list is string[] {
  return Array.isArray(list) && list.length > 0;
}

function idsMatchingText(db: Db, text: string): string[] {
  const needle = normalizeSearch(text.trim());
  const rows = prepared(db, 'SELECT id, title, file_name FROM documents').all() as Array<{ id: string; title: string; file_name: string }>;
  return rows.filter((r) => normalizeSearch(r.title).includes(needle) || normalizeSearch(r.file_name).includes(needle)).map((r) => r.id);
}

export function documentFilterSql(db: Db, filter: DocumentFilter | undefined): SqlFragment {
  const parts: string[] = [];
  const params: Array<string | number> = [];
  if (!filter) return { sql: '', params };
  if (hasItems(filter.organisations)) {
    parts.push('d.organisation IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.organisations));
  }
  if (hasItems(filter.countries)) {
    parts.push('EXISTS (SELECT 1 FROM json_each(d.countries) c WHERE c.value IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(filter.countries));
  }
  if (typeof filter.yearFrom === 'number' && Number.isFinite(filter.yearFrom)) {
    parts.push('d.year >= ?');
    params.push(filter.yearFrom);
  }
  if (typeof filter.yearTo === 'number' && Number.isFinite(filter.yearTo)) {
    parts.push('d.year <= ?');
    params.push(filter.yearTo);
  }
  if (hasItems(filter.docTypes)) {
    parts.push('d.doc_type IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.docTypes));
  }
  if (hasItems(filter.languages)) {
    parts.push('d.language IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.languages));
  }
  // Each attribute term: the document's value (one value, or one of several choices) is one of
  // the term's values, compared as text (a number 12 matches "12"); a cleared value (JSON
  // null) matches nothing.
  for (const term of filter.attributes ?? []) {
    if (!hasItems(term.values)) continue;
    parts.push(
      `EXISTS (SELECT 1 FROM attribute_values av, json_each(av.value) e WHERE av.document_id = d.id AND av.definition_id = ? AND e.type <> 'null'
        AND CAST(e.value AS TEXT) IN (SELECT value FROM json_each(?)))`,
    );
    params.push(term.definitionId, JSON.stringify(term.values));
  }
  if (typeof filter.text === 'string' && filter.text.trim() !== '') {
    parts.push('d.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(idsMatchingText(db, filter.text)));
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}
