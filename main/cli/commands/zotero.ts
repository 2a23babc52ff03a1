// `glossa zotero import <project> [--data-dir DIR] [--collection NAME]... [--json] [--lang ru]`:
// imports items with their PDFs, metadata and reader annotations from the local Zotero
// library (the data directory found as the app finds it, unless given). One line per item
// (imported / updated / unchanged / skipped, with the reason), then the totals; --lang ru
// prints them, and expected errors (no database, not Zotero, a newer Zotero), in Russian
// from the interface's own texts. Exit 1 when the library cannot be read.
import type { ZoteroImportResult, ZoteroItemResult } from '../../../shared/domain/zotero';
import { GlossaError, toErrorData } from '../../../shared/errors';
import { locateZotero } from '../../core/zotero/zotero-data-dir';
import { importFromZotero } from '../../core/zotero/zotero-import';
import { scanLibrary } from '../../core/zotero/zotero-library';
import { withZoteroSnapshot } from '../../db/zotero/zotero-snapshot';
import { type CliLang, cliLang, cliText } from '../cli-text';
import { type CliCommand, type CliIo, parseCommandArgs, UsageError } from '../command-registry';
import { withProject } from '../project-session';
import { cliCoder } from './coding-common';

function errorText(lang: CliLang, err: unknown): string {
  const e = toErrorData(err);
  return cliText(lang, `errors.${e.code}`, e.params ?? {}) ?? e.message;
}

function itemLine(lang: CliLang, r: ZoteroItemResult): string {
  const outcome = (cliText(lang, `zotero.outcome.${r.outcome}`) ?? r.outcome).padEnd(14);
  const added = r.annotationsAdded > 0 ? ` (${cliText(lang, 'zotero.annotationsAdded', { count: r.annotationsAdded })})` : '';
  const reason = r.reasonCode ? ` — ${cliText(lang, `errors.${r.reasonCode}`, r.reasonParams ?? {}) ?? r.reason ?? r.reasonCode}` : '';
  return `${outcome} ${r.key}  ${r.title || '—'}${added}${reason}`;
}

function printResult(io: CliIo, lang: CliLang, r: ZoteroImportResult): void {
  for (const item of r.items) io.out(itemLine(lang, item));
  io.out(cliText(lang, 'zotero.summary', { imported: r.imported, updated: r.updated, unchanged: r.unchanged, skipped: r.skipped })!);
  io.out(cliText(lang, 'zotero.cliTotal', { count: r.annotationsAdded })!);
}

/** The keys of the collections with these names (or keys), case-insensitively; a clear error for one that is not there. */
async function collectionKeys(dataDir: string, names: string[]): Promise<string[]> {
  const scan = await withZoteroSnapshot(dataDir, scanLibrary);
  return names.flatMap((name) => {
    const want = name.trim().toLocaleLowerCase();
    const found = scan.collections.filter((c) => c.name.trim().toLocaleLowerCase() === want || c.key === name);
    if (found.length === 0) throw new UsageError(`no collection "${name}" in the Zotero library (it has: ${scan.collections.map((c) => c.name).join(', ') || 'none'})`);
    return found.map((c) => c.key);
  });
}

export const zoteroCommand: CliCommand = {
  name: 'zotero',
  summary: 'import items with their PDFs, metadata and annotations from the local Zotero library',
  usage: 'zotero import <project.glossa> [--data-dir DIR] [--collection NAME]... [--json] [--lang en|ru]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { 'data-dir': { type: 'string' }, collection: { type: 'string', multiple: true }, json: { type: 'boolean' }, lang: { type: 'string' } },
      { min: 2, max: 2, names: 'import and a project' },
    );
    const [action, project] = positionals;
    if (action !== 'import') throw new UsageError(`unknown action "${action}": use import`);
    const lang = cliLang(values.lang as string | undefined);
    try {
      const dataDir = (values['data-dir'] as string | undefined) ?? locateZotero().dataDir;
      if (!dataDir) throw new GlossaError('zotero.notFound', 'No Zotero data directory was found; give it with --data-dir.', { path: '~/Zotero' });
      const names = (values.collection as string[] | undefined) ?? [];
      const collections = names.length > 0 ? await collectionKeys(dataDir, names) : undefined;
      const r = await withProject(project, (h) => importFromZotero(h, { dataDir, collections }, { coder: cliCoder() }));
      if (values.json) io.out(JSON.stringify(r, null, 2));
      else printResult(io, lang, r);
      return 0;
    } catch (err) {
      if (err instanceof UsageError) throw err;
      const e = toErrorData(err);
      if (e.code === 'internal') throw err;
      io.err(`glossa zotero: ${errorText(lang, err)}\n`);
      return 1;
    }
  },
};
