// Assembles what every export needs, once, from the project: the matching codings in codebook
// order, the codebook entries they use (with ancestors, so the report's codebook reads as a
// tree), the memos about what the selection covers, and a one-line summary of the filter.
// Synchronous on purpose: an export job builds its bundle before its first await, so closing
// the project afterwards cannot pull the connection from under a running writer.
import type { Code } from '../../../shared/domain/code';
import type { EvidenceBundle, EvidenceCode, EvidenceFilter, EvidenceMemo, EvidencePassage, EvidenceRow, ExportFormat } from '../../../shared/domain/evidence';
import { organisationLabel, vocabularyLabel } from '../../../shared/organisation-labels';
import type { Db } from '../../db/connection';
import { listCoders } from '../../db/repositories/coders';
import { listCodes } from '../../db/repositories/codes';
import { getPdfBytes } from '../../db/repositories/documents';
import { documentTitlesById, listMemosForEvidence, selectEvidence, selectUncodedEvidence } from '../../db/repositories/evidence';
import { treeOrder } from '../coding/code-tree';
import { passagesOf } from './evidence-passages';
import { codeIndex, toEvidenceRow } from './evidence-rows';

/** Every matching coding as an EvidenceRow, in codebook then reading order. */
export function evidenceRows(db: Db, filter: EvidenceFilter): EvidenceRow[] {
  const codes = codeIndex(listCodes(db));
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
export function filterSummary(db: Db, filter: EvidenceFilter | undefined): string {
  if (!filter || isEmptyFilter(filter)) return '';
  const parts: string[] = [];
  const codes = codeIndex(listCodes(db));
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

function codebookFor(all: Code[], rows: EvidenceRow[], wholeProject: boolean): EvidenceCode[] {
  const index = codeIndex(all);
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
      definition: code.definition,
      inclusion: code.inclusion,
      exclusion: code.exclusion,
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

/** The PDF bytes of the documents with area highlights (copies: the bundle may cross threads). */
function areaPdfsOf(db: Db, passages: readonly EvidencePassage[]): Record<string, Uint8Array> {
  const ids = new Set(passages.filter((p) => p.kind === 'area').map((p) => p.document.id));
  return Object.fromEntries([...ids].map((id) => [id, getPdfBytes(db, id).slice()]));
}

export function buildEvidenceBundle(
  db: Db,
  projectName: string,
  filter: EvidenceFilter | undefined,
  now: Date = new Date(),
  /** 'jsonld': also carry the PDFs of documents with area highlights (their page sizes give
   *  the xywh boxes); the other formats never read them, so they are not copied. */
  format?: ExportFormat,
): EvidenceBundle {
  const wholeProject = isEmptyFilter(filter);
  const all = listCodes(db);
  const index = codeIndex(all);
  const coded = selectEvidence(db, filter ?? {}, { groupBy: 'code' });
  const rows = coded.map((r) => toEvidenceRow(db, r, index));
  const codes = codebookFor(all, rows, wholeProject);
  const passages = passagesOf(db, coded, selectUncodedEvidence(db, filter ?? {}), index);
  return {
    projectName,
    generatedAt: now.toISOString(),
    filterSummary: filterSummary(db, filter),
    codes,
    rows,
    passages,
    ...(format === 'jsonld' ? { areaPdfs: areaPdfsOf(db, passages) } : {}),
    memos: memosFor(db, projectName, rows, codes, wholeProject),
  };
}
