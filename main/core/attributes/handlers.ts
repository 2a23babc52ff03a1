// The attributes part of the contract: define, edit and delete attributes, read and set
// documents' values, and import values from a CSV or XLSX table (read, preview, write).
// Inputs are untrusted JSON: their shape is checked here, names, choices and values by
// shared/rules/attribute-rules.ts. Every change emits 'coding.changed' so the library, the
// drawer and the filters refresh (undo and redo emit it too).
import type { Handlers } from '../../../shared/contract';
import type { AttributeDefinitionInput, AttributeDefinitionPatch, AttributeImportMapping, AttributeTable } from '../../../shared/domain/attribute';
import type { Coder } from '../../../shared/domain/code';
import { listDefinitions, valuesByDocument } from '../../db/repositories/attributes';
import { asObject, asVoid, badInput, str, stringArray } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { createDefinition, deleteDefinition, setDocumentValues, updateDefinition } from './attribute-actions';
import { applyImport, planImport } from './attribute-import';
import { MAX_COLUMNS, MAX_ROWS, readAttributeTable } from './attribute-table';

type AttributeChannels =
  | 'attributes.list' | 'attributes.create' | 'attributes.update' | 'attributes.delete' | 'attributes.values' | 'attributes.setValues'
  | 'attributes.readTable' | 'attributes.importPreview' | 'attributes.import';

/** A table sent back for preview or import: the shape attribute-table.ts produces, within its limits. */
export function parseTable(raw: unknown): AttributeTable {
  const o = asObject(raw, 'table');
  const columns = stringArray(o.columns, 'columns');
  if (columns.length === 0 || columns.length > MAX_COLUMNS) throw badInput(`"columns" must have 1 to ${MAX_COLUMNS} entries`);
  if (!Array.isArray(o.rows) || o.rows.length > MAX_ROWS) throw badInput(`"rows" must be a list of at most ${MAX_ROWS} rows`);
  const rows = o.rows.map((r) => stringArray(r, 'rows'));
  return { columns, rows, truncated: o.truncated === true };
}

export function parseMapping(raw: unknown): AttributeImportMapping {
  const o = asObject(raw, 'mapping');
  const columns = asObject(o.columns, 'columns');
  for (const v of Object.values(columns)) if (typeof v !== 'string') throw badInput('"columns" maps column names to attribute ids');
  const matchBy = o.matchBy;
  if (matchBy !== 'fileName' && matchBy !== 'title' && matchBy !== 'id') throw badInput('"matchBy" must be fileName, title or id');
  return { matchColumn: str(o, 'matchColumn', { max: 1000 }), matchBy, columns: columns as Record<string, string> };
}

export function attributeHandlers(ctx: BackendContext, coder: () => Coder): Pick<Handlers, AttributeChannels> {
  const db = () => ctx.requireProject().db;
  const changed = <T>(out: { result: T }): T => {
    ctx.emit('coding.changed', {});
    return out.result;
  };
  return {
    'attributes.list': (input) => {
      asVoid(input);
      return listDefinitions(db());
    },
    'attributes.create': (input) => changed(createDefinition(db(), coder(), asObject(input) as unknown as AttributeDefinitionInput)),
    'attributes.update': (input) => {
      const o = asObject(input);
      return changed(updateDefinition(db(), coder(), str(o, 'id', { max: 100 }), asObject(o.patch, 'patch') as AttributeDefinitionPatch));
    },
    'attributes.delete': (input) => {
      changed(deleteDefinition(db(), coder(), str(asObject(input), 'id', { max: 100 })));
    },
    'attributes.values': (input) => {
      asVoid(input);
      return Object.fromEntries(valuesByDocument(db()));
    },
    'attributes.setValues': (input) => {
      const o = asObject(input);
      return changed(setDocumentValues(db(), coder(), str(o, 'documentId', { max: 100 }), asObject(o.values, 'values')));
    },
    'attributes.readTable': (input) => {
      const o = asObject(input);
      if (!(o.bytes instanceof Uint8Array)) throw badInput('"bytes" must be the file\'s bytes');
      return readAttributeTable(str(o, 'fileName', { max: 1000 }), o.bytes);
    },
    'attributes.importPreview': (input) => {
      const o = asObject(input);
      return planImport(db(), parseTable(o.table), parseMapping(o.mapping));
    },
    'attributes.import': (input) => {
      const o = asObject(input);
      return changed(applyImport(db(), coder(), parseTable(o.table), parseMapping(o.mapping)));
    },
  };
}
