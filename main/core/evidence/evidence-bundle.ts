// Assembles what every export needs, once, from the project: the matching codings in codebook
// order, the codebook entries they use (with ancestors, so the report's codebook reads as a
// tree; every code on request), the memos about what the selection covers, and a one-line
// summary of the filter. Code names, organisations and the summary are in the report language.
// Synchronous on purpose: an export job builds its bundle before its first await, so closing
// the project afterwards cannot pull the connection from under a running writer.
import { attributeName, valueText } from '../../../shared/rules/attribute-rules';
import { listDefinitions } from '../../db/repositories/attributes';
import { codeFieldFor } from '../../../shared/codebook/code-text';
import type { Code } from '../../../shared/domain/code';
import type { EvidenceBundle, EvidenceCode, EvidenceFilter, EvidenceMemo, EvidencePassage, EvidenceRow, ExportFormat } from '../../../shared/domain/evidence';
import { countryLabel, organisationLabel, vocabularyLabel } from '../../../shared/organisation-labels';
import type { Db } from '../../db/connection';
import { listCoders } from '../../db/repositories/coders';
import { listCodes } from '../../db/repositories/codes';
import { getPdfBytes } from '../../db/repositories/documents';
import { getMeta } from '../../db/repositories/meta';
import { documentTitlesById, listMemosForEvidence, selectEvidence, selectUncodedEvidence } from '../../db/repositories/evidence';
import { listCases } from '../../db/repositories/cases';
import { treeOrder } from '../coding/code-tree';
import { placedPassages } from '../query/passage-positions';
import { reportLabels, type ReportLanguage } from '../export/report-labels';
import { passagesOf } from './evidence-passages';
import { codeIndex, mapByDocument, toEvidenceRow, type CodeIndex } from './evidence-rows';
import { journalMemos } from '../memos/memo-read';

/** Every matching coding as an EvidenceRow, in codebook then reading order. */
export function evidenceRows(db: Db, filter: EvidenceFilter, lang?: ReportLanguage): EvidenceRow[] {
  const codes = codeIndex(listCodes(db), lang);
  return mapByDocument(selectEvidence(db, filter, { groupBy: 'code' }), (r) => toEvidenceRow(db, r, codes));
}

export function isEmptyFilter(filter: EvidenceFilter | undefined): boolean {
  if (!filter) return true;
  return (
    !filter.codeIds?.length && !filter.organisations?.length && !filter.countries?.length &&
    filter.yearFrom === undefined && filter.yearTo === undefined && !filter.docTypes?.length &&
    !filter.languages?.length && !filter.coderIds?.length && !filter.documentIds?.length && !filter.text?.trim() &&
    !filter.exemplarsOnly &&
    !filter.caseIds?.length && !filter.caseCountries?.length &&
    !filter.attributes?.some((t) => t.values.length > 0)
  );
}

/** "Codes: A > B, C (all, with sub-codes); Organisation: OSCE; Years: 2015–2020; …" ('' = none),
 *  in the report language. */
export function filterSummary(db: Db, filter: EvidenceFilter | undefined, lang: ReportLanguage = 'en'): string {
  if (!filter || isEmptyFilter(filter)) return '';
  const w = reportLabels(lang).filterWords;
  const parts: string[] = [];
  const codes = codeIndex(listCodes(db), lang);
  if (filter.codeIds?.length) {
    const names = filter.codeIds.map((id) => codes.path(id).join(' > ') || id).join(', ');
    const how = [filter.codeIds.length > 1 ? (filter.codeMatch === 'all' ? w.all : w.any) : '', filter.includeSubcodes ? w.subcodes : '']
      .filter(Boolean)
      .join(', ');
    parts.push(`${w.codes}: ${names}${how ? ` (${how})` : ''}`);
  }
  if (filter.organisations?.length) parts.push(`${w.organisation}: ${filter.organisations.map((o) => organisationLabel(o, lang)).join(', ')}`);
  if (filter.countries?.length) parts.push(`${w.country}: ${filter.countries.map((c) => countryLabel(c, lang)).join(', ')}`);
  if (filter.yearFrom !== undefined || filter.yearTo !== undefined) {
    parts.push(`${w.years}: ${filter.yearFrom ?? '…'}\u2013${filter.yearTo ?? '…'}`);
  }
  if (filter.docTypes?.length) parts.push(`${w.type}: ${filter.docTypes.map(vocabularyLabel).join(', ')}`);
  if (filter.languages?.length) parts.push(`${w.language}: ${filter.languages.join(', ')}`);
  if (filter.coderIds?.length) {
    const names = new Map(listCoders(db).map((c) => [c.id, c.name]));
    parts.push(`${w.coder}: ${filter.coderIds.map((id) => names.get(id) ?? id).join(', ')}`);
  }
  if (filter.documentIds?.length) {
    const titles = documentTitlesById(db);
    parts.push(`${w.documents}: ${filter.documentIds.map((id) => titles.get(id) ?? id).join('; ')}`);
  }
  if (filter.caseIds?.length) {
    const names = new Map(listCases(db).map((c) => [c.id, c.name]));
    parts.push(`${w.cases}: ${filter.caseIds.map((id) => names.get(id) ?? id).join('; ')}`);
  }
  if (filter.caseCountries?.length) parts.push(`${w.caseCountries}: ${filter.caseCountries.map((c) => countryLabel(c, lang)).join(', ')}`);
  if (filter.attributes?.some((t) => t.values.length > 0)) {
    const defs = new Map(listDefinitions(db).map((d) => [d.id, d]));
    for (const term of filter.attributes) {
      const def = defs.get(term.definitionId);
      if (!def || term.values.length === 0) continue;
      parts.push(`${attributeName(def, lang)}: ${term.values.map((v) => valueText(v, def.choices, lang)).join(', ')}`);
    }
  }
  if (filter.text?.trim()) parts.push(`${w.text}: ${lang === 'ru' ? `\u00ab${filter.text.trim()}\u00bb` : `\u201c${filter.text.trim()}\u201d`}`);
  if (filter.exemplarsOnly) parts.push(w.exemplars);
  return parts.join('; ');
}

/** The codes and documents an export's rows use. */
export interface UsedIds {
  codeIds: ReadonlySet<string>;
  documentIds: ReadonlySet<string>;
}

export function usedIdsOf(rows: Iterable<{ codeId: string; documentId: string }>): UsedIds {
  const codeIds = new Set<string>();
  const documentIds = new Set<string>();
  for (const r of rows) {
    codeIds.add(r.codeId);
    documentIds.add(r.documentId);
  }
  return { codeIds, documentIds };
}

export function codebookFor(all: Code[], index: CodeIndex, used: UsedIds, full: boolean, lang: string): EvidenceCode[] {
  const keep = new Set<string>();
  if (full) for (const c of all) keep.add(c.id);
  for (const codeId of used.codeIds) {
    // The code and its ancestors: a sub-code's definition reads best under its parent's.
    let cur = index.byId.get(codeId);
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

/**
 * Memos about the project, about the codes the report's codebook lists, and about its documents;
 * then the research journal's titled memos linked to any of those codes or documents (or to a
 * passage or case in one of its documents), oldest first. `all`: every memo of the project.
 */
export function memosFor(
  db: Db, projectName: string, used: UsedIds, codebook: EvidenceCode[], index: CodeIndex, wholeProject: boolean, all = false, lang: ReportLanguage = 'en',
): EvidenceMemo[] {
  const docIds = used.documentIds;
  const codeIds = new Set(codebook.map((c) => c.id));
  const titles = documentTitlesById(db);
  const inReport = { code: (id: string) => all || codeIds.has(id), document: (id: string) => all || wholeProject || docIds.has(id) };
  const out: EvidenceMemo[] = [];
  for (const m of listMemosForEvidence(db)) {
    if (m.target_type === 'project') out.push({ targetType: 'project', targetLabel: projectName, body: m.body });
    else if (m.target_type === 'code' && inReport.code(m.target_id)) {
      out.push({ targetType: 'code', targetLabel: index.path(m.target_id).join(' > '), body: m.body });
    } else if (m.target_type === 'document' && inReport.document(m.target_id)) {
      out.push({ targetType: 'document', targetLabel: titles.get(m.target_id) ?? m.target_id, body: m.body });
    }
  }
  for (const m of journalMemos(db, lang)) {
    if (m.body.trim() === '') continue;
    const linked = m.links.some((l) => (l.kind === 'code' ? inReport.code(l.targetId) : l.documentIds.some(inReport.document)));
    if (all || linked) out.push({ targetType: 'memo', targetLabel: m.title, body: m.body, links: m.links.map((l) => l.label) });
  }
  return out;
}

/** The PDF bytes of the documents with area highlights (copies: the bundle may cross threads). */
function areaPdfsOf(db: Db, passages: readonly EvidencePassage[]): Record<string, Uint8Array> {
  const ids = new Set(passages.filter((p) => p.kind === 'area').map((p) => p.document.id));
  const out: Record<string, Uint8Array> = {};
  for (const id of ids) {
    try {
      out[id] = getPdfBytes(db, id).slice();
    } catch {
      // No stored PDF: the export still runs; its areas get no box, no image.
    }
  }
  return out;
}

/** The formats that read the PDFs of area highlights. */
const AREA_PDF_FORMATS: ReadonlySet<ExportFormat> = new Set(['jsonld', 'docx', 'html', 'md', 'pdf']);

export interface BundleOptions {
  /** Report language: code names, organisations and the filter summary in it (default English). */
  language?: ReportLanguage;
  /** Every code in the codebook section, not only the report's codes and their ancestors. */
  fullCodebook?: boolean;
  /** 'jsonld' and the reports: also carry the PDFs of documents with area highlights (their
   *  page sizes give the xywh boxes; the reports print the areas' images); CSV and XLSX never
   *  read them, so they are not copied. */
  format?: ExportFormat;
  /** The Memos section: memos linked to the report's codes and documents (default), or all. */
  memoScope?: 'linked' | 'all';
}

export function buildEvidenceBundle(
  db: Db,
  projectName: string,
  filter: EvidenceFilter | undefined,
  now: Date = new Date(),
  opts: BundleOptions = {},
): EvidenceBundle {
  const wholeProject = isEmptyFilter(filter);
  const all = listCodes(db);
  const index = codeIndex(all, opts.language);
  const coded = selectEvidence(db, filter ?? {}, { groupBy: 'code' });
  const rows = mapByDocument(coded, (r) => toEvidenceRow(db, r, index));
  const used = usedIdsOf(coded.map((r) => ({ codeId: r.code_id, documentId: r.document_id })));
  const codes = codebookFor(all, index, used, !!opts.fullCodebook, opts.language ?? 'en');
  const passages = passagesOf(db, coded, selectUncodedEvidence(db, filter ?? {}), index);
  return {
    projectName,
    projectId: getMeta(db, 'id') ?? '',
    generatedAt: now.toISOString(),
    filterSummary: filterSummary(db, filter, opts.language),
    codes,
    rows,
    passages,
    ...(opts.format && AREA_PDF_FORMATS.has(opts.format) ? { areaPdfs: areaPdfsOf(db, passages) } : {}),
    memos: memosFor(db, projectName, used, codes, index, wholeProject, opts.memoScope === 'all', opts.language ?? 'en'),
    ...tableInputs(db, used),
  };
}

/** What the reports' tables read besides the rows: the cases (for codes by case country) and
 *  where the passages lie (the co-occurrence matrix counts overlapping passages). */
export function tableInputs(db: Db, used: UsedIds): Pick<EvidenceBundle, 'cases' | 'placed'> {
  const documentIds = [...used.documentIds];
  return { cases: listCases(db), placed: documentIds.length ? placedPassages(db, { documentIds }, false) : [] };
}
