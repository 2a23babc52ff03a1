// Imports attribute values from a table (attribute-table.ts): each row names a document in its
// match column (by file name, title or document id, case- and ё-insensitive) and gives values
// in the mapped columns. The plan (planImport) is the preview: every value that would be
// written and every row's error with its reason (unknown document, value not in the choices,
// bad number or date); applyImport writes the valid values as ONE undoable action. An empty
// cell leaves the document's value as it is; a row with an error in one cell still writes its
// other cells (the preview says so).
import type {
  AttributeDefinition, AttributeImportMapping, AttributeImportPreview, AttributeImportResult, AttributeTable, ImportPreviewRow, ImportRowError,
} from '../../../shared/domain/attribute';
import type { Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import { parseCell } from '../../../shared/rules/attribute-rules';
import { normalizeSearch } from '../../../shared/text/normalize-search';
import type { Db } from '../../db/connection';
import { listDefinitions } from '../../db/repositories/attributes';
import { listDocuments } from '../../db/repositories/documents';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';
import { writeValue } from './attribute-actions';

const MATCH_BY = ['fileName', 'title', 'id'] as const;

function key(s: string): string {
  return normalizeSearch(s.trim());
}

function bad(message: string, field: string): GlossaError {
  return new GlossaError('attribute.badInput', message, { field });
}

/** The mapping held to the table and the project's attributes. */
export function checkMapping(table: AttributeTable, mapping: AttributeImportMapping, defs: readonly AttributeDefinition[]): void {
  if (!table.columns.includes(mapping.matchColumn)) throw bad(`The table has no column "${mapping.matchColumn}".`, 'matchColumn');
  if (!(MATCH_BY as readonly string[]).includes(mapping.matchBy)) throw bad('Rows match documents by file name, title or document id.', 'matchBy');
  const ids = new Set(defs.map((d) => d.id));
  const entries = Object.entries(mapping.columns);
  if (entries.length === 0) throw bad('Map at least one column to an attribute.', 'columns');
  for (const [column, defId] of entries) {
    if (!table.columns.includes(column)) throw bad(`The table has no column "${column}".`, 'columns');
    if (!ids.has(defId)) throw new GlossaError('attribute.notFound', 'This attribute no longer exists.', { id: defId });
  }
}

export function planImport(db: Db, table: AttributeTable, mapping: AttributeImportMapping): AttributeImportPreview {
  const defs = listDefinitions(db);
  checkMapping(table, mapping, defs);
  const defById = new Map(defs.map((d) => [d.id, d]));
  const docs = listDocuments(db);
  const byKey = new Map<string, string[]>();
  for (const d of docs) {
    const k = mapping.matchBy === 'id' ? d.id : key(mapping.matchBy === 'title' ? d.title : d.fileName);
    byKey.set(k, [...(byKey.get(k) ?? []), d.id]);
    // A file name matches with or without its ".pdf".
    if (mapping.matchBy === 'fileName') {
      const bare = key(d.fileName.replace(/\.pdf$/i, ''));
      if (bare !== k) byKey.set(bare, [...(byKey.get(bare) ?? []), d.id]);
    }
  }
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const matchIndex = table.columns.indexOf(mapping.matchColumn);
  const mapped = Object.entries(mapping.columns).map(([column, defId]) => ({ column, index: table.columns.indexOf(column), def: defById.get(defId)! }));
  const rows: ImportPreviewRow[] = [];
  const errors: ImportRowError[] = [];
  let valueCount = 0;
  table.rows.forEach((cells, i) => {
    const rowNo = i + 2;
    const name = cells[matchIndex] ?? '';
    const k = mapping.matchBy === 'id' ? name.trim() : key(name);
    const found = [...new Set(byKey.get(k) ?? [])];
    if (found.length !== 1) {
      errors.push({ row: rowNo, column: mapping.matchColumn, problem: found.length === 0 ? 'unknownDocument' : 'ambiguousDocument', value: name });
      return;
    }
    const values: ImportPreviewRow['values'] = {};
    for (const m of mapped) {
      const cell = cells[m.index] ?? '';
      const parsed = parseCell(cell, m.def.kind, m.def.choices);
      if ('problem' in parsed) errors.push({ row: rowNo, column: m.column, problem: parsed.problem, value: cell });
      else if (parsed.value !== null) {
        values[m.def.id] = parsed.value;
        valueCount++;
      }
    }
    rows.push({ row: rowNo, documentId: found[0], title: titles.get(found[0]) ?? '', values });
  });
  return { rows, errors, valueCount };
}

/** Writes the plan's values in one undoable action. */
export function applyImport(db: Db, coder: Coder, table: AttributeTable, mapping: AttributeImportMapping): ActionOutcome<AttributeImportResult> {
  const plan = planImport(db, table, mapping);
  const defById = new Map(listDefinitions(db).map((d) => [d.id, d]));
  return runCodingAction(db, coder, { action: 'attributes.import', label: 'Import attribute values' }, (j, now) => {
    let written = 0;
    for (const r of plan.rows) for (const [defId, value] of Object.entries(r.values)) if (writeValue(j, db, r.documentId, defById.get(defId)!, value, now)) written++;
    return { result: { ...plan, written }, summary: `Imported ${written} attribute values`, details: { written, errors: plan.errors.length } };
  });
}
