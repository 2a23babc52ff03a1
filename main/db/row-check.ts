// Holds every row of a project file to the same rules the handlers apply to input
// (shared/rules/*), before the file is opened for writing: a colleague's file with `targets`
// as an object, CSS in a code colour, unknown attribute values or year -5 would otherwise be
// merged or opened and crash the annotations panel, REFI export, re-anchoring and agreement.
// Runs inside checkProjectFile's read-only connection, so every open path gets it. Tables are
// checked only where the file's format version has them (their columns have not changed
// since; a migration that changes one must adapt its scan here). The first bad rows are named
// (table, id, field, what is wrong); the scan stops after MAX_REPORTED of them.
import { checkAnchorStatus, checkComment, checkHighlightColor, checkKind, checkSourceKey, checkTargetList } from '../../shared/rules/annotation-rules';
import { checkCodeColor, checkCodeName, checkCodeNames, checkLocalizedNamesJson, checkNote } from '../../shared/rules/code-rules';
import { checkCountriesJson, checkSha256, validatePatch } from '../../shared/rules/document-rules';
import { checkExtractorJson } from '../../shared/rules/extractor-rules';
import { checkCoderColor, checkCoderName, checkMemoBody, checkMemoTitle } from '../../shared/rules/memo-rules';
import { checkConflictStatus, checkJsonObject, checkRecordLine, checkRecordTime } from '../../shared/rules/record-rules';
import { checkOcrConfidence, checkOcrPageText, checkOcrSource, checkOcrWordsJson } from '../../shared/rules/ocr-rules';
import { checkPreviewRow } from '../../shared/rules/preview-rules';
import { checkBibliographyRow } from '../../shared/rules/bibliography-rules';
import { checkExemplarFlag } from '../../shared/rules/exemplar-rules';
import { checkLinkEnds, checkLinkNote, checkLinkRelation } from '../../shared/rules/passage-link-rules';
import { checkCaseAttributesJson, checkCaseCountry, checkCaseName, checkSegmentRange } from '../../shared/rules/case-rules';
import { checkAttributeKind, checkAttributeNames, checkAttributeValueJson, checkChoicesJson, checkReplaces } from '../../shared/rules/attribute-rules';
import { checkCoderIdsJson, checkConsensusChoice, checkId, checkReplyBody, checkRoundDocumentsJson, checkStretch } from '../../shared/rules/round-rules';
import { GlossaError } from '../../shared/errors';
import type { Db } from './connection';
import * as scan from './repositories/row-scan';
import { expectedSchema, printable } from './schema-whitelist';

const MAX_REPORTED = 5;

export interface RowProblem {
  table: string;
  id: string;
  field: string;
  reason: string;
}

type RowRule<R> = (row: R) => void;

function fieldOf(err: unknown): { field: string; reason: string } {
  if (err instanceof GlossaError) return { field: String(err.params?.field ?? '?'), reason: err.message };
  return { field: '?', reason: err instanceof Error ? err.message : String(err) };
}

const documentRule: RowRule<scan.DocumentScanRow> = (r) => {
  checkSha256(r.sha256);
  validatePatch({
    title: r.title,
    author: r.author,
    organisation: r.organisation,
    countries: checkCountriesJson(r.countries),
    year: r.year,
    docType: r.doc_type,
    language: r.language,
  });
};

const extractorRule: RowRule<{ extractor: string | null }> = (r) => void checkExtractorJson(r.extractor);

const codeRule: RowRule<scan.CodeScanRow> = (r) => {
  checkCodeNames({ en: r.name_en, ru: r.name_ru });
  checkCodeColor(r.color);
  for (const lang of ['en', 'ru'] as const) {
    checkNote(r[`definition_${lang}`], 'definition', `definition_${lang}`);
    checkNote(r[`inclusion_${lang}`], 'inclusion note', `inclusion_${lang}`);
    checkNote(r[`exclusion_${lang}`], 'exclusion note', `exclusion_${lang}`);
  }
};

/** Code rows of a file from before the bilingual codebook (migrated after the check). */
const legacyCodeRule: RowRule<scan.LegacyCodeScanRow> = (r) => {
  checkCodeName(r.name);
  checkLocalizedNamesJson(r.localized_names);
  checkCodeColor(r.color);
  checkNote(r.definition, 'definition');
  checkNote(r.inclusion, 'inclusion note', 'inclusion');
  checkNote(r.exclusion, 'exclusion note', 'exclusion');
};

const annotationRule: RowRule<scan.AnnotationScanRow> = (r) => {
  const kind = checkKind(r.kind);
  let targets: unknown;
  try {
    targets = JSON.parse(r.targets);
  } catch {
    throw new GlossaError('annotation.badInput', 'The highlight targets are not JSON.', { field: 'targets' });
  }
  // A missing document is a broken reference, reported by the foreign-key check.
  if (r.page_count !== null) checkTargetList(targets, kind, r.page_count);
  checkHighlightColor(r.color);
  checkComment(r.comment);
  checkAnchorStatus(r.anchor_status);
  checkSourceKey(r.source_key);
};

const memoRule: RowRule<scan.MemoScanRow> = (r) => void checkMemoBody(r.body);

const coderRule: RowRule<scan.CoderScanRow> = (r) => {
  checkCoderName(r.name);
  checkCoderColor(r.color);
};

const historyRule: RowRule<scan.HistoryScanRow> = (r) => {
  checkRecordTime(r.at, 'at');
  checkRecordLine(r.coder_name, 'coder_name');
  checkRecordLine(r.action, 'action');
  checkRecordLine(r.summary, 'summary');
  checkJsonObject(r.details, 'details');
};

/** A stored version is a raw row of its table (plus what merge adds), held to that table's rule. */
const VERSION_RULES: Record<string, RowRule<never>> = {
  document: documentRule as RowRule<never>,
  // A file from before the bilingual codebook keeps its conflicts' code rows in the old shape.
  code: ((r: Record<string, unknown>) => ('name_en' in r ? codeRule : legacyCodeRule)(r as never)) as RowRule<never>,
  // The document's page count is not stored with the version: targets are checked for shape.
  annotation: ((r: scan.AnnotationScanRow & { codeIds?: unknown }) => {
    annotationRule({ ...r, page_count: Number.MAX_SAFE_INTEGER });
    if (r.codeIds !== undefined && !(Array.isArray(r.codeIds) && r.codeIds.every((id) => typeof id === 'string'))) {
      throw new GlossaError('record.badInput', 'The codes of a stored highlight must be a list of ids.', { field: 'codeIds' });
    }
  }) as RowRule<never>,
  memo: memoRule as RowRule<never>,
};

const conflictRule: RowRule<scan.ConflictScanRow> = (r) => {
  checkRecordTime(r.created_at, 'created_at');
  checkRecordLine(r.peer_name, 'peer_name');
  checkRecordLine(r.label, 'label');
  checkConflictStatus(r.status, r.resolution);
  const versionRule = VERSION_RULES[r.item_type] as RowRule<Record<string, unknown>> | undefined;
  for (const [field, json] of [['mine', r.mine], ['theirs', r.theirs]] as const) {
    if (json === null) continue;
    const version = checkJsonObject(json, field);
    try {
      versionRule?.(version);
    } catch (err) {
      const inner = fieldOf(err);
      throw new GlossaError('record.badInput', inner.reason, { field: `${field}.${inner.field}` });
    }
  }
};

const pageOcrRule: RowRule<scan.PageOcrScanRow> = (r) => {
  checkOcrSource(r.engine, r.data_version, r.languages);
  checkOcrConfidence(r.confidence);
  checkOcrPageText(checkOcrWordsJson(r.words), r.page_text);
};
const roundRule: RowRule<scan.RoundScanRow> = (r) => {
  checkCoderName(r.sender_name);
  checkRoundDocumentsJson(r.documents);
  checkCoderIdsJson(r.kept_coders);
};

const resolutionRule: RowRule<scan.ResolutionScanRow> = (r) => {
  checkConsensusChoice(r.choice);
  checkStretch(r.start, r.end);
  if (!Number.isInteger(r.page_index) || r.page_index < 0 || (r.page_count !== null && r.page_index >= r.page_count)) {
    throw new GlossaError('api.badInput', 'The resolved passage is on a page the document does not have.', { field: 'page_index' });
  }
};

const replyRule: RowRule<scan.ReplyScanRow> = (r) => void checkReplyBody(r.body);
const replyTombstoneRule: RowRule<scan.ReplyTombstoneScanRow> = (r) => {
  checkId(r.reply_id, 'reply_id');
  checkRecordTime(r.deleted_at, 'deleted_at');
};

const previewRule: RowRule<scan.PagePreviewScanRow> = (r) => checkPreviewRow(r, r.page_count);

const bibliographyRule: RowRule<scan.BibliographyScanRow> = (r) => {
  if (!r.document_exists) throw new GlossaError('bibliography.badInput', 'The bibliographic record is of a document the file does not have.', { field: 'document_id' });
  checkBibliographyRow(r);
};
const bibliographyTombstoneRule: RowRule<scan.BibliographyTombstoneScanRow> = (r) => {
  if (typeof r.document_sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(r.document_sha256)) {
    throw new GlossaError('bibliography.badInput', 'A removed record names its document by a SHA-256 checksum (64 hexadecimal digits).', { field: 'document_sha256' });
  }
  checkRecordTime(r.deleted_at, 'deleted_at');
};
const caseRule: RowRule<scan.CaseRow> = (r) => {
  checkCaseName(r.name);
  checkCaseCountry(r.country);
  checkCaseAttributesJson(r.attributes);
  if (!Number.isSafeInteger(r.position)) throw new GlossaError('case.badInput', 'A case position is a whole number.', { field: 'position' });
  checkRecordTime(r.created_at, 'created_at');
  checkRecordTime(r.updated_at, 'updated_at');
};
const caseTombstoneRule: RowRule<scan.CaseTombstoneScanRow> = (r) => {
  checkId(r.case_id, 'case_id');
  checkRecordTime(r.deleted_at, 'deleted_at');
};
const exemplarRule: RowRule<scan.ExemplarScanRow> = (r) => {
  checkId(r.annotation_id, 'annotation_id');
  checkExemplarFlag(r.flagged);
  checkId(r.coder_id, 'coder_id');
  checkRecordTime(r.updated_at, 'updated_at');
};
const passageLinkRule: RowRule<scan.PassageLinkRow> = (r) => {
  checkId(r.from_annotation_id, 'from_annotation_id');
  checkId(r.to_annotation_id, 'to_annotation_id');
  checkLinkEnds(r.from_annotation_id, r.to_annotation_id);
  checkLinkRelation(r.relation);
  checkLinkNote(r.note);
  checkId(r.coder_id, 'coder_id');
  checkRecordTime(r.created_at, 'created_at');
  checkRecordTime(r.updated_at, 'updated_at');
};
const passageLinkTombstoneRule: RowRule<scan.PassageLinkTombstoneScanRow> = (r) => {
  checkId(r.link_id, 'link_id');
  checkRecordTime(r.deleted_at, 'deleted_at');
};
const titledMemoRule: RowRule<scan.TitledMemoScanRow> = (r) => {
  if (typeof r.title !== 'string' || checkMemoTitle(r.title) !== r.title) {
    throw new GlossaError('memo.badInput', 'A memo title is one line of at most 300 characters.', { field: 'title' });
  }
  checkMemoBody(r.body);
  checkRecordTime(r.created_at, 'created_at');
  checkRecordTime(r.updated_at, 'updated_at');
};
const memoLinkRule: RowRule<scan.MemoLinkScanRow> = (r) => {
  checkId(r.memo_id, 'memo_id');
  checkRecordTime(r.created_at, 'created_at');
};
const memoTombstoneRule: RowRule<scan.MemoTombstoneScanRow> = (r) => {
  checkId(r.memo_id, 'memo_id');
  checkRecordTime(r.deleted_at, 'deleted_at');
};
const segmentRule: RowRule<scan.SegmentScanRow> = (r) => {
  checkId(r.case_id, 'case_id');
  checkSegmentRange(r.first_page, r.last_page, r.page_count, r.start_offset, r.end_offset);
};

const attributeDefinitionRule: RowRule<scan.AttributeDefinitionRow> = (r) => {
  checkId(r.id, 'id');
  checkAttributeNames(r.name_en, r.name_ru);
  checkChoicesJson(r.choices, checkAttributeKind(r.kind));
  checkReplaces(r.replaces);
  checkRecordTime(r.created_at, 'created_at');
  checkRecordTime(r.updated_at, 'updated_at');
};
const attributeValueRule: RowRule<scan.AttributeValueScanRow> = (r) => {
  checkRecordTime(r.updated_at, 'updated_at');
  // A value without its definition is the foreign-key check's to report.
  if (r.kind === null || r.choices === null) return;
  const kind = checkAttributeKind(r.kind);
  checkAttributeValueJson(r.value, kind, checkChoicesJson(r.choices, kind));
};
const attributeTombstoneRule: RowRule<scan.AttributeTombstoneScanRow> = (r) => {
  checkId(r.definition_id, 'definition_id');
  checkRecordTime(r.deleted_at, 'deleted_at');
};

interface TableCheck {
  table: string;
  rows: (db: Db, columns: ReadonlySet<string>) => IterableIterator<{ id: string }>;
  rule: RowRule<never>;
  /** Checks only files whose schema has this column (a table whose columns changed has one check per shape). */
  column?: string;
  /** …or only files whose schema does not have it. */
  withoutColumn?: string;
}

/** Whether the schema our migrations build at `version` gives `table` the column `column`. */
function hasColumn(version: number, table: string, column: string): boolean {
  const sql = expectedSchema(version).find((o) => o.type === 'table' && o.name === table)?.sql ?? '';
  return new RegExp(`[(,]\\s*${column}\\s`).test(sql);
}

const TABLES: TableCheck[] = [
  { table: 'documents', rows: scan.scanDocuments, rule: documentRule as RowRule<never> },
  { table: 'documents', rows: scan.scanDocumentExtractors, rule: extractorRule as RowRule<never>, column: 'extractor' },
  { table: 'coders', rows: scan.scanCoders, rule: coderRule as RowRule<never> },
  { table: 'codes', rows: scan.scanCodes, rule: codeRule as RowRule<never>, column: 'name_en' },
  { table: 'codes', rows: scan.scanLegacyCodes, rule: legacyCodeRule as RowRule<never>, withoutColumn: 'name_en' },
  { table: 'annotations', rows: (db, columns) => scan.scanAnnotations(db, columns.has('annotations.source_key')), rule: annotationRule as RowRule<never> },
  { table: 'memos', rows: scan.scanMemos, rule: memoRule as RowRule<never> },
  { table: 'history', rows: scan.scanHistory as TableCheck['rows'], rule: historyRule as RowRule<never> },
  { table: 'merge_conflicts', rows: scan.scanConflicts, rule: conflictRule as RowRule<never> },
  { table: 'page_ocr', rows: scan.scanPageOcr, rule: pageOcrRule as RowRule<never> },
  { table: 'coding_rounds', rows: scan.scanRounds, rule: roundRule as RowRule<never> },
  { table: 'consensus_resolutions', rows: scan.scanResolutions, rule: resolutionRule as RowRule<never> },
  { table: 'annotation_replies', rows: scan.scanReplies, rule: replyRule as RowRule<never> },
  { table: 'page_previews', rows: scan.scanPagePreviews, rule: previewRule as RowRule<never> },
  { table: 'reply_tombstones', rows: scan.scanReplyTombstones, rule: replyTombstoneRule as RowRule<never> },
  { table: 'document_bibliography', rows: scan.scanBibliography, rule: bibliographyRule as RowRule<never> },
  { table: 'bibliography_tombstones', rows: scan.scanBibliographyTombstones, rule: bibliographyTombstoneRule as RowRule<never> },
  { table: 'cases', rows: scan.scanCaseRows, rule: caseRule as RowRule<never> },
  { table: 'case_segments', rows: scan.scanSegmentRows, rule: segmentRule as RowRule<never> },
  { table: 'case_tombstones', rows: scan.scanCaseTombstones, rule: caseTombstoneRule as RowRule<never> },
  { table: 'exemplars', rows: scan.scanExemplars, rule: exemplarRule as RowRule<never> },
  { table: 'passage_links', rows: scan.scanPassageLinks, rule: passageLinkRule as RowRule<never> },
  { table: 'passage_link_tombstones', rows: scan.scanPassageLinkTombstones, rule: passageLinkTombstoneRule as RowRule<never> },
  { table: 'memos', rows: scan.scanTitledMemos, rule: titledMemoRule as RowRule<never>, column: 'title' },
  { table: 'memo_links', rows: scan.scanMemoLinks, rule: memoLinkRule as RowRule<never> },
  { table: 'memo_tombstones', rows: scan.scanMemoTombstones, rule: memoTombstoneRule as RowRule<never> },
  { table: 'attribute_definitions', rows: scan.scanAttributeDefinitions, rule: attributeDefinitionRule as RowRule<never> },
  { table: 'attribute_values', rows: scan.scanAttributeValues, rule: attributeValueRule as RowRule<never> },
  { table: 'attribute_tombstones', rows: scan.scanAttributeTombstones, rule: attributeTombstoneRule as RowRule<never> },
];

/** The first bad rows of the file (at most MAX_REPORTED); [] when every row passes. */
export function findRowProblems(db: Db, version: number): RowProblem[] {
  const schema = expectedSchema(version);
  const present = new Set(schema.filter((o) => o.type === 'table').map((o) => o.name));
  // Columns added by later migrations: ALTER TABLE ADD COLUMN rewrites the table's stored sql.
  const annotationsSql = schema.find((o) => o.type === 'table' && o.name === 'annotations')?.sql ?? '';
  const columns = new Set(/\bsource_key\b/.test(annotationsSql) ? ['annotations.source_key'] : []);
  const problems: RowProblem[] = [];
  for (const t of TABLES) {
    if (!present.has(t.table)) continue;
    if (t.column && !hasColumn(version, t.table, t.column)) continue;
    if (t.withoutColumn && hasColumn(version, t.table, t.withoutColumn)) continue;
    const rule = t.rule as RowRule<{ id: string }>;
    const it = t.rows(db, columns);
    try {
      for (const row of it) {
        try {
          rule(row);
        } catch (err) {
          problems.push({ table: t.table, id: printable(String(row.id).slice(0, 64)), ...fieldOf(err) });
          if (problems.length >= MAX_REPORTED) return problems;
        }
      }
    } finally {
      it.return?.();
    }
  }
  return problems;
}

/** Throws project.badRows naming the first bad rows. */
export function assertRowsValid(db: Db, version: number): void {
  const problems = findRowProblems(db, version);
  if (problems.length === 0) return;
  const rows = problems.map((p) => `${p.table} ${p.id} (${p.field})`).join(', ');
  const detail = problems.map((p) => `${p.table} ${p.id}: ${p.field}: ${p.reason}`).join('; ');
  throw new GlossaError(
    'project.badRows',
    `This project file has rows Glossa cannot use (${detail}). The file was not opened and was not changed.`,
    { rows, count: problems.length },
  );
}
