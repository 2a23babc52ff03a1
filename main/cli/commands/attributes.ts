// `glossa attributes list <project> [--json] [--lang en|ru]`: the attributes users defined,
// with their kind and choices. `glossa attributes import <project> <file.csv|xlsx>
// [--match-column COL] [--match file-name|title|id] [--column "COL=attribute"]... [--dry-run]
// [--json] [--lang en|ru]`: values from a table, rows matched to documents by file name (by
// default), title or id; columns map to attributes by header (the English or Russian name)
// unless --column says otherwise. Row errors are listed with their reason; the valid values are
// written as one History entry (none with --dry-run). Exit code 1 when a row had an error.
import fs from 'node:fs';
import path from 'node:path';
import type { AttributeDefinition, AttributeImportMapping, ImportRowError } from '../../../shared/domain/attribute';
import { definitionForHeader, guessMapping } from '../../../shared/rules/attribute-mapping';
import { attributeName } from '../../../shared/rules/attribute-rules';
import { applyImport, planImport } from '../../core/attributes/attribute-import';
import { readAttributeTable } from '../../core/attributes/attribute-table';
import { listDefinitions } from '../../db/repositories/attributes';
import { cliLang, cliText, type CliLang } from '../cli-text';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { cliCoder } from './coding-common';

const USAGE =
  'attributes list <project.glossa> [--json] [--lang en|ru] | attributes import <project.glossa> <file.csv|file.xlsx> [--match-column COL] [--match file-name|title|id] [--column "COL=attribute"]... [--dry-run] [--json] [--lang en|ru]';

function definitionLine(d: AttributeDefinition, lang: CliLang): string {
  const choices = d.choices.map((c) => (lang === 'ru' ? c.ru || c.en : c.en || c.ru)).join('; ');
  return [d.id, attributeName(d, lang), cliText(lang, `attributeDefs.kind.${d.kind}`) ?? d.kind, choices || '-'].join('\t');
}

async function list(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, lang: { type: 'string' } }, { min: 1, max: 1, names: '<project>' });
  const lang = cliLang(values.lang);
  const defs = await withProject(positionals[0], (h) => listDefinitions(h.db));
  if (values.json) {
    out(JSON.stringify(defs, null, 2));
    return 0;
  }
  if (defs.length === 0) {
    out(cliText(lang, 'attributeDefs.emptyCli')!);
    return 0;
  }
  out(['ID', 'NAME', 'KIND', 'CHOICES'].join('\t'));
  for (const d of defs) out(definitionLine(d, lang));
  return 0;
}

const MATCH_BY: Record<string, AttributeImportMapping['matchBy']> = { 'file-name': 'fileName', title: 'title', id: 'id' };

function errorLine(e: ImportRowError, lang: CliLang): string {
  return cliText(lang, 'attributeImport.rowError', { row: e.row, column: e.column, value: e.value, reason: cliText(lang, `attributeImport.problem.${e.problem}`) ?? e.problem })!;
}

async function importValues(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      'match-column': { type: 'string' }, match: { type: 'string' }, column: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, lang: { type: 'string' },
    },
    { min: 2, max: 2, names: '<project> <file.csv|file.xlsx>' },
  );
  const lang = cliLang(values.lang);
  if (values.match !== undefined && !MATCH_BY[values.match]) throw new UsageError('--match must be file-name, title or id');
  const file = positionals[1];
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const table = await readAttributeTable(path.basename(file), new Uint8Array(fs.readFileSync(file)));
  const coder = cliCoder();
  const result = await withProject(positionals[0], (h) => {
    const defs = listDefinitions(h.db);
    const mapping = guessMapping(table.columns, defs);
    if (values['match-column'] !== undefined) {
      if (!table.columns.includes(values['match-column'])) throw new UsageError(`the table has no column "${values['match-column']}" (columns: ${table.columns.join(', ')})`);
      mapping.matchColumn = values['match-column'];
      delete mapping.columns[mapping.matchColumn];
    }
    if (values.match !== undefined) mapping.matchBy = MATCH_BY[values.match];
    if (values.column?.length) {
      mapping.columns = {};
      for (const spec of values.column) {
        const eq = spec.lastIndexOf('=');
        const col = eq > 0 ? spec.slice(0, eq) : '';
        const def = eq > 0 ? (defs.find((d) => d.id === spec.slice(eq + 1)) ?? definitionForHeader(spec.slice(eq + 1), defs)) : null;
        if (!col || !table.columns.includes(col)) throw new UsageError(`--column "${spec}": the table has no column "${col}"`);
        if (!def) throw new UsageError(`--column "${spec}": no attribute named "${spec.slice(eq + 1)}" (see: glossa attributes list)`);
        mapping.columns[col] = def.id;
      }
    }
    if (Object.keys(mapping.columns).length === 0) throw new UsageError(`no column of the table is named like an attribute; map one with --column "COL=attribute" (columns: ${table.columns.join(', ')})`);
    const names = Object.fromEntries(Object.entries(mapping.columns).map(([c, id]) => [c, attributeName(defs.find((d) => d.id === id)!, lang)]));
    const outcome = values['dry-run'] ? { ...planImport(h.db, table, mapping), written: 0 } : applyImport(h.db, coder, table, mapping).result;
    return { outcome, mapping, names };
  });
  if (values.json) {
    out(JSON.stringify({ mapping: result.mapping, ...result.outcome }, null, 2));
    return result.outcome.errors.length > 0 ? 1 : 0;
  }
  for (const [col, name] of Object.entries(result.names)) out(cliText(lang, 'attributeImport.mapped', { column: col, attribute: name })!);
  for (const e of result.outcome.errors) out(errorLine(e, lang));
  out(
    values['dry-run']
      ? cliText(lang, 'attributeImport.wouldWrite', { count: result.outcome.valueCount, rows: result.outcome.rows.length })!
      : cliText(lang, 'attributeImport.written', { count: result.outcome.written, rows: result.outcome.rows.length })!,
  );
  return result.outcome.errors.length > 0 ? 1 : 0;
}

export const attributesCommand: CliCommand = {
  name: 'attributes',
  summary: 'list the attributes you defined, or import their values from a CSV or XLSX table',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'list') return list(rest, (l) => io.out(l));
    if (sub === 'import') return importValues(rest, (l) => io.out(l));
    throw new UsageError(`attributes needs a subcommand: list or import (usage: glossa ${USAGE})`);
  },
};
