// Holds every row of a project file to the same rules the handlers apply to input
// (shared/rules/*), before the file is opened for writing: a colleague's file with `targets`
// as an object, CSS in a code colour, unknown attribute values or year -5 would otherwise be
// merged or opened and crash the annotations panel, REFI export, re-anchoring and agreement.
// Runs inside checkProjectFile's read-only connection, so every open path gets it. Tables are
// checked only where the file's format version has them (their columns have not changed
// since; a migration that changes one must adapt its scan here). The first bad rows are named
// (table, id, field, what is wrong); the scan stops after MAX_REPORTED of them.
import { checkAnchorStatus, checkComment, checkHighlightColor, checkKind, checkSourceKey, checkTargetList } from '../../shared/rules/annotation-rules';
import { checkCodeColor, checkCodeName, checkLocalizedNamesJson, checkNote } from '../../shared/rules/code-rules';
import { checkCountriesJson, checkSha256, validatePatch } from '../../shared/rules/document-rules';
import { checkCoderColor, checkCoderName, checkMemoBody } from '../../shared/rules/memo-rules';
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

const codeRule: RowRule<scan.CodeScanRow> = (r) => {
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

interface TableCheck {
  table: string;
  rows: (db: Db, columns: ReadonlySet<string>) => IterableIterator<{ id: string }>;
  rule: RowRule<never>;
}

const TABLES: TableCheck[] = [
  { table: 'documents', rows: scan.scanDocuments, rule: documentRule as RowRule<never> },
  { table: 'coders', rows: scan.scanCoders, rule: coderRule as RowRule<never> },
  { table: 'codes', rows: scan.scanCodes, rule: codeRule as RowRule<never> },
  { table: 'annotations', rows: (db, columns) => scan.scanAnnotations(db, columns.has('annotations.source_key')), rule: annotationRule as RowRule<never> },
  { table: 'memos', rows: scan.scanMemos, rule: memoRule as RowRule<never> },
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
