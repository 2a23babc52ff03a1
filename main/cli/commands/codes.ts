// `glossa codes <project> [--json]`: the codebook as a tree, with each code's own coding count
// and the count including its sub-codes. Names in English (--lang ru: in Russian), the other
// language where a code has no name in the chosen one; --json carries both languages.
import { codeNameFor } from '../../../shared/codebook/code-text';
import type { CodeWithCounts } from '../../../shared/domain/code';
import { listCodesWithCounts } from '../../core/coding/codes';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { CLI_LANG } from './coding-common';
import { withProject } from '../project-session';

interface CodeNode extends CodeWithCounts {
  children: CodeNode[];
}

function nest(codes: CodeWithCounts[]): CodeNode[] {
  const nodes = new Map(codes.map((c) => [c.id, { ...c, children: [] as CodeNode[] }]));
  const roots: CodeNode[] = [];
  for (const c of codes) {
    const node = nodes.get(c.id)!;
    const parent = c.parentId ? nodes.get(c.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export const codesCommand: CliCommand = {
  name: 'codes',
  summary: 'show the codebook as a tree with coding counts',
  usage: 'codes <project.glossa> [--json] [--lang en|ru]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, lang: { type: 'string' } }, { min: 1, max: 1, names: '<project>' });
    const lang = values.lang ?? CLI_LANG;
    if (lang !== 'en' && lang !== 'ru') throw new UsageError('--lang must be en or ru');
    const codes = await withProject(positionals[0], (h) => listCodesWithCounts(h.db));
    if (values.json) {
      io.out(JSON.stringify(nest(codes), null, 2));
      return 0;
    }
    if (codes.length === 0) {
      io.out('The codebook is empty.');
      return 0;
    }
    const print = (nodes: CodeNode[], depth: number) => {
      for (const n of nodes) {
        const counts = n.children.length > 0 ? `${n.codingCount} (${n.totalCount} with sub-codes)` : String(n.codingCount);
        io.out(`${'  '.repeat(depth)}${codeNameFor(n, lang)}  ${n.color}  ${counts}`);
        print(n.children, depth + 1);
      }
    };
    print(nest(codes), 0);
    const total = codes.reduce((s, c) => s + c.codingCount, 0);
    io.out(`${codes.length} codes, ${total} codings`);
    return 0;
  },
};
