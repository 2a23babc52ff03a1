// Assembles what every export needs, once, from the project: the matching codings in codebook
// order, the codebook entries they use (with ancestors, so the report's codebook reads as a
// tree), the memos about what the selection covers, and a one-line summary of the filter.
// Synchronous on purpose: an export job builds its bundle before its first await, so closing
// the project afterwards cannot pull the connection from under a running writer.
import { codeFieldFor } from '../../../shared/codebook/code-text';
import type { Code } from '../../../shared/domain/code';
import type { EvidenceBundle, EvidenceCode, EvidenceFilter, EvidenceMemo, EvidenceRow } from '../../../shared/domain/evidence';
import { organisationLabel, vocabularyLabel } from '../../../shared/organisation-labels';
import type { Db } from '../../db/connection';
import { listCoders } from '../../db/repositories/coders';
import { listCodes } from '../../db/repositories/codes';
import { documentTitlesById, listMemosForEvidence, selectEvidence } from '../../db/repositories/evidence';
import { treeOrder } from '../coding/code-tree';
import { codeIndex, toEvidenceRow } from './evidence-rows';

/** Every matching coding as an EvidenceRow, in codebook then reading order. */
export function evidenceRows(db: Db, filter: EvidenceFilter, lang = 'en'): EvidenceRow[] {
  const codes = codeIndex(listCodes(db), lang);
  return selectEvidence(db, filter, { groupBy: 'code' }).map((r) => toEvidenceRow(db, r, codes));
}

export function isEmptyFilter(filter: EvidenceFilter | undefined): boolean {
  if (!filter) return true;
  return (
    !filter.codeIds?.length && !filter.organisations?.length && !filter.countries?.length &&
    filter.yearFrom === undefined && filter.yearTo === undefined && !filter.docTypes?.length &&
    !filter.languages?.length && !filter.coderIds?.length && !filter.documentIds?.length && !filter.text?.trim()
  );
}

/** "Codes: A > B, C (all, with sub-codes); Organisation: OSCE; Years: 2015–2020; …" ('' = none). */
export function filterSummary(db: Db, filter: EvidenceFilter | undefined, lang = 'en'): string {
  if (!filter || isEmptyFilter(filter)) return '';
  const parts: string[] = [];
  const codes = codeIndex(listCodes(db), lang);
  if (filter.codeIds?.length) {
    const names = filter.codeIds.map((id) => codes.path(id).join(' > ') || id).join(', ');
    const how = [filter.codeIds.length > 1 ? (filter.codeMatch === 'all' ? 'all' : 'any') : '', filter.includeSubcodes ? 'with sub-codes' : '']
      .filter(Boolean)
      .join(', ');
    parts.push(`Codes: ${names}${how ? ` (${how})` : ''}`);
  }
  if (filter.organisations?.length) parts.push(`Organisation: ${filter.organisations.map(organisationLabel).join(', ')}`);
  if (filter.countries?.length) parts.push(`Country: ${filter.countries.map(vocabularyLabel).join(', ')}`);
  if (filter.yearFrom !== undefined || filter.yearTo !== undefined) {
    parts.push(`Years: ${filter.yearFrom ?? '…'}\u2013${filter.yearTo ?? '…'}`);
  }
  if (filter.docTypes?.length) parts.push(`Type: ${filter.docTypes.map(vocabularyLabel).join(', ')}`);
  if (filter.languages?.length) parts.push(`Language: ${filter.languages.join(', ')}`);
  if (filter.coderIds?.length) {
    const names = new Map(listCoders(db).map((c) => [c.id, c.name]));
    parts.push(`Coder: ${filter.coderIds.map((id) => names.get(id) ?? id).join(', ')}`);
  }
  if (filter.documentIds?.length) {
    const titles = documentTitlesById(db);
    parts.push(`Documents: ${filter.documentIds.map((id) => titles.get(id) ?? id).join('; ')}`);
  }
  if (filter.text?.trim()) parts.push(`Text: \u201c${filter.text.trim()}\u201d`);
  return parts.join('; ');
}

function codebookFor(all: Code[], rows: EvidenceRow[], wholeProject: boolean, lang: string): EvidenceCode[] {
  const index = codeIndex(all, lang);
  const keep = new Set<string>();
  if (wholeProject) for (const c of all) keep.add(c.id);
  for (const row of rows) {
    // The code and its ancestors: a sub-code's definition reads best under its parent's.
    let cur = index.byId.get(row.codeId);
    for (let guard = 0; cur && guard < 100 && !keep.has(cur.id); guard++) {
      keep.add(cur.id);
      cur = cur.parentId ? index.byId.get(cur.parentId) : undefined;
    }
  }
  return treeOrder(all)
    .filter((e) => keep.has(e.code.id))
    .map(({ code }) => ({
      id: code.id,
      parentId: code.parentId,
      path: index.path(code.id),
      color: code.color,
      definition: codeFieldFor(code, 'definition', lang),
      inclusion: codeFieldFor(code, 'inclusion', lang),
      exclusion: codeFieldFor(code, 'exclusion', lang),
    }));
}

function memosFor(db: Db, projectName: string, rows: EvidenceRow[], codes: EvidenceCode[], wholeProject: boolean): EvidenceMemo[] {
  const docIds = new Set(rows.map((r) => r.document.id));
  const codePaths = new Map(codes.map((c) => [c.id, c.path.join(' > ')]));
  const titles = documentTitlesById(db);
  const out: EvidenceMemo[] = [];
  for (const m of listMemosForEvidence(db)) {
    if (m.target_type === 'project') out.push({ targetType: 'project', targetLabel: projectName, body: m.body });
    else if (m.target_type === 'code' && (wholeProject || codePaths.has(m.target_id))) {
      const label = codePaths.get(m.target_id);
      if (label) out.push({ targetType: 'code', targetLabel: label, body: m.body });
    } else if (m.target_type === 'document' && (wholeProject || docIds.has(m.target_id))) {
      out.push({ targetType: 'document', targetLabel: titles.get(m.target_id) ?? m.target_id, body: m.body });
    }
  }
  return out;
}

export function buildEvidenceBundle(
  db: Db,
  projectName: string,
  filter: EvidenceFilter | undefined,
  now: Date = new Date(),
  /** The report language: code names, definitions and notes in it, the other language as fallback. */
  lang = 'en',
): EvidenceBundle {
  const wholeProject = isEmptyFilter(filter);
  const rows = evidenceRows(db, filter ?? {}, lang);
  const codes = codebookFor(listCodes(db), rows, wholeProject, lang);
  return {
    projectName,
    generatedAt: now.toISOString(),
    filterSummary: filterSummary(db, filter, lang),
    codes,
    rows,
    memos: memosFor(db, projectName, rows, codes, wholeProject),
  };
}
