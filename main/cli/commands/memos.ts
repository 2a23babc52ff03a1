// `glossa memos list <project> [--search TEXT] [--code ID | --doc ID | --case ID] [--sort
// updated|title|created] [--json] [--lang en|ru]`: the research journal's memos, last edited
// first, with what each is linked to. `glossa memos export <project> [--format md|json]
// [--out FILE] [--lang en|ru]`: every memo with its whole body, as one Markdown file (or JSON)
// on stdout or into FILE. Headings and summary lines in English or Russian (--lang).
import fs from 'node:fs';
import type { MemoLinkKind, MemoListQuery, TitledMemo } from '../../../shared/domain/memo';
import { listMemos, readMemo } from '../../core/memos/memo-read';
import { memosMarkdown } from '../../core/memos/memos-markdown';
import { cliLang, cliText } from '../cli-text';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';

const USAGE =
  'memos list <project.glossa> [--search TEXT] [--code ID | --doc ID | --case ID] [--sort updated|title|created] [--json] [--lang en|ru] | ' +
  'memos export <project.glossa> [--format md|json] [--out FILE] [--lang en|ru]';

const SORTS = ['updated', 'title', 'created'] as const;

function linkedOf(values: { code?: string; doc?: string; case?: string }): MemoListQuery['linked'] {
  const given = (['code', 'doc', 'case'] as const).filter((k) => values[k] !== undefined);
  if (given.length > 1) throw new UsageError('give one of --code, --doc or --case');
  if (given.length === 0) return undefined;
  const kind: MemoLinkKind = given[0] === 'doc' ? 'document' : given[0];
  return { kind, id: values[given[0]]! };
}

async function list(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { search: { type: 'string' }, code: { type: 'string' }, doc: { type: 'string' }, case: { type: 'string' }, sort: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
    { min: 1, max: 1, names: '<project>' },
  );
  const lang = cliLang(values.lang);
  if (values.sort !== undefined && !SORTS.includes(values.sort as (typeof SORTS)[number])) throw new UsageError(`--sort must be one of ${SORTS.join(', ')}`);
  const query: MemoListQuery = { search: values.search, linked: linkedOf(values), sort: values.sort as MemoListQuery['sort'] };
  const memos = await withProject(positionals[0], (h) => listMemos(h.db, query, lang));
  if (values.json) {
    out(JSON.stringify(memos, null, 2));
    return 0;
  }
  if (memos.length === 0) {
    out(cliText(lang, query.search || query.linked ? 'memos.manager.noMatch' : 'memos.manager.none')!);
    return 0;
  }
  out(['ID', 'TITLE', 'UPDATED', 'LINKS'].join('\t'));
  for (const m of memos) out([m.id, m.title, m.updatedAt.slice(0, 16).replace('T', ' '), m.links.map((l) => l.label).join('; ') || '-'].join('\t'));
  out(cliText(lang, 'memos.manager.count', { count: memos.length })!);
  return 0;
}

async function exportMemos(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { format: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } },
    { min: 1, max: 1, names: '<project>' },
  );
  const lang = cliLang(values.lang);
  const format = values.json ? 'json' : (values.format ?? 'md');
  if (format !== 'md' && format !== 'json') throw new UsageError('--format must be md or json');
  const memos: TitledMemo[] = await withProject(positionals[0], (h) => listMemos(h.db, { sort: 'created' }, lang).reverse().map((m) => readMemo(h.db, m.id, lang)));
  const text =
    format === 'json'
      ? `${JSON.stringify(memos, null, 2)}\n`
      : memosMarkdown(memos, {
          heading: cliText(lang, 'memos.manager.title')!,
          linkedTo: cliText(lang, 'memos.manager.links')!,
          edited: cliText(lang, 'memos.manager.editedAt', { date: '' })!.trim(),
        });
  if (values.out) {
    fs.writeFileSync(values.out, text);
    out(cliText(lang, 'memos.manager.exported', { count: memos.length, file: values.out })!);
  } else out(text.trimEnd());
  return 0;
}

export const memosCommand: CliCommand = {
  name: 'memos',
  summary: 'list the research journal memos, or export them as Markdown or JSON',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'list') return list(rest, (l) => io.out(l));
    if (sub === 'export') return exportMemos(rest, (l) => io.out(l));
    throw new UsageError(`memos needs a subcommand: list or export (usage: glossa ${USAGE})`);
  },
};
