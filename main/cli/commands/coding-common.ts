// What the coding subcommands share: the coder identity the CLI writes as (the installation's,
// from the same data folder as the desktop app; GLOSSA_DATA_DIR overrides it) and finding a
// code by the name a user types (its name, a translated name, or a path like "Partner/OSCE").
import { allCodeNames, codeNameFor } from '../../../shared/codebook/code-text';
import type { Code, Coder } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import { coderIdentity } from '../../core/coding/installation-coder';
import { defaultUserDataDir } from '../../core/settings/default-data-dir';

/** The CLI speaks English: code names in English, the Russian name where a code has no English one. */
export const CLI_LANG = 'en';

/** The coder; a damaged coder.json (repaired, replaced, unreadable) is reported on stderr. */
export function cliCoder(): Coder {
  const identity = coderIdentity(process.env.GLOSSA_DATA_DIR || defaultUserDataDir());
  const coder = identity.get();
  const problem = identity.problem();
  if (problem) {
    const what = { repaired: 'was damaged and has been repaired, keeping its id', replaced: 'was damaged beyond repair: a new identity was created', unreadable: 'could not be read and was left untouched: a temporary identity is used' };
    const copy = problem.backupPath ? ` The damaged file was kept as ${problem.backupPath}.` : '';
    process.stderr.write(`warning: ${problem.file} ${what[problem.kind]} (${problem.detail}).${copy}\n`);
  }
  return coder;
}

function names(c: Code): string[] {
  return allCodeNames(c).map((n) => n.toLocaleLowerCase());
}

/** The code called `query` (case-insensitive); a path "Parent/Child" picks among equal names. */
export function findCode(codes: readonly Code[], query: string): Code {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const parts = query.split('/').map((p) => p.trim().toLocaleLowerCase()).filter(Boolean);
  const matches = codes.filter((c) => {
    let cur: Code | undefined = c;
    for (let i = parts.length - 1; i >= 0; i--) {
      if (!cur || !names(cur).includes(parts[i])) return false;
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
    return true;
  });
  if (matches.length === 1) return matches[0];
  const exactId = byId.get(query);
  if (exactId) return exactId;
  if (matches.length === 0) throw new GlossaError('code.notFound', `No code named "${query}". List them with: glossa codes <project>`, { id: query });
  const paths = matches.map((m) => pathOf(byId, m)).join(', ');
  throw new GlossaError('code.notFound', `Several codes are named "${query}" (${paths}); give the path, e.g. "${pathOf(byId, matches[0])}".`, { id: query });
}

export function pathOf(byId: ReadonlyMap<string, Code>, c: Code): string {
  const out: string[] = [];
  let cur: Code | undefined = c;
  for (let guard = 0; cur && guard < 100; guard++) {
    out.unshift(codeNameFor(cur, CLI_LANG));
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return out.join('/');
}
