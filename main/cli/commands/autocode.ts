// `glossa autocode <project> <query> --code NAME [--mode search|regex|words|phrase] [--exact]
// [--extend sentence|paragraph] [--doc ID] [--dry-run] [--json]`: codes every hit of a search in
// the stored page texts with one code, as one action. The default mode takes the search syntax
// and codes exactly what `glossa search` finds. --dry-run lists the hits only.
import type { AutocodeExtend, AutocodeMode } from '../../../shared/domain/autocode';
import { applyAutocode, previewAutocode, refusalOf } from '../../core/coding/autocode';
import { listCodes } from '../../db/repositories/codes';
import { documentTitles } from '../../db/repositories/annotations';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { CLI_LANG, cliCoder, findCode } from './coding-common';
import { codeNameFor } from '../../../shared/codebook/code-text';

const MODES: AutocodeMode[] = ['search', 'regex', 'words', 'phrase'];
const EXTENDS: AutocodeExtend[] = ['none', 'sentence', 'paragraph'];

export const autocodeCommand: CliCommand = {
  name: 'autocode',
  summary: 'code every hit of a search (the search syntax, or a regex) with one code',
  usage: 'autocode <project.glossa> <query> --code NAME [--mode search|regex|words|phrase] [--exact] [--extend sentence|paragraph] [--doc ID] [--dry-run] [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        code: { type: 'string' },
        mode: { type: 'string' },
        extend: { type: 'string' },
        doc: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        exact: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      { min: 2, names: '<project> and <query>' },
    );
    if (!values.code) throw new UsageError('--code NAME is required');
    const mode = (values.mode ?? 'search') as AutocodeMode;
    const extend = (values.extend ?? 'none') as AutocodeExtend;
    if (!MODES.includes(mode)) throw new UsageError('--mode must be search, regex, words or phrase');
    if (!EXTENDS.includes(extend)) throw new UsageError('--extend must be sentence or paragraph');
    const query = positionals.slice(1).join(' ');
    const out = await withProject(positionals[0], async (h) => {
      const code = findCode(listCodes(h.db), values.code!);
      const req = { query, mode, exact: values.exact === true, extend, codeId: code.id, documentIds: values.doc };
      const coder = cliCoder();
      const preview = await previewAutocode(h.db, req, coder.id);
      const titles = documentTitles(h.db);
      const applied = values['dry-run'] ? null : applyAutocode(h.db, coder, req, preview).result;
      return { code, preview, titles, applied };
    });
    const hits = out.preview.hits.map((hit) => ({
      document: out.titles.get(hit.documentId) ?? hit.documentId,
      documentId: hit.documentId,
      page: hit.pageIndex + 1,
      quote: hit.quote.exact,
      alreadyCoded: hit.alreadyCoded,
    }));
    if (values.json) {
      io.out(JSON.stringify({ code: codeNameFor(out.code, CLI_LANG), hits, truncated: out.preview.truncated, stopped: out.preview.stopped, applied: out.applied }, null, 2));
      return 0;
    }
    for (const h of hits) io.out(`${h.document} — page ${h.page}${h.alreadyCoded ? ' (already coded)' : ''}\n    ${h.quote.replace(/\s+/g, ' ')}`);
    if (out.applied) io.out(`Coded ${out.applied.created} passage${out.applied.created === 1 ? '' : 's'} with "${codeNameFor(out.code, CLI_LANG)}" (${out.applied.skipped} already coded).`);
    else io.out(`${hits.length} hit${hits.length === 1 ? '' : 's'}${out.preview.truncated ? ' (more not shown)' : ''}; nothing was changed (--dry-run).`);
    const refusal = refusalOf(out.preview);
    if (refusal?.code === 'autocode.stopped') io.err(`${refusal.message}\n`);
    return 0;
  },
};
