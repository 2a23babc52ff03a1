// `glossa qdpx export <project> <file.qdpx>` and `glossa qdpx import <file.qdpx> <new-project>`:
// REFI-QDA project exchange with NVivo, ATLAS.ti, MAXQDA, QualCoder. Import creates a new
// project and lists what could not be represented: a sentence per kind of item skipped or
// changed (in Russian with --lang ru, from the interface's own texts), then each item.
import { exportQdpx } from '../../core/qdpx/qdpx-export';
import { importQdpx } from '../../core/qdpx/qdpx-import';
import { cliLang, cliText } from '../cli-text';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { cliCoder } from './coding-common';

export const qdpxCommand: CliCommand = {
  name: 'qdpx',
  summary: 'export a project as REFI-QDA (.qdpx) or import a .qdpx into a new project',
  usage: 'qdpx export <project.glossa> <file.qdpx> | qdpx import <file.qdpx> <new-project.glossa> [--json] [--lang en|ru]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, lang: { type: 'string' } }, { min: 3, max: 3, names: 'export|import and two files' });
    const [action, a, b] = positionals;
    if (action === 'export') {
      const r = await withProject(a, (h) => exportQdpx(h.db, b));
      if (values.json) io.out(JSON.stringify(r, null, 2));
      else io.out(`Wrote ${r.path}: ${r.sources} sources, ${r.codes} codes, ${r.selections} selections, ${r.codings} codings, ${r.notes} notes`);
      return 0;
    }
    if (action === 'import') {
      const lang = cliLang(values.lang);
      const r = await importQdpx(a, b, { coder: cliCoder() });
      if (values.json) {
        io.out(JSON.stringify(r, null, 2));
        return 0;
      }
      io.out(`Created ${r.path}: ${r.documents} documents, ${r.codes} codes, ${r.annotations} highlights, ${r.codings} codings, ${r.memos} memos, ${r.coders} coders`);
      for (const [source, convention] of Object.entries(r.offsets ?? {})) io.out(`Offsets in "${source}" counted as ${convention}`);
      if (r.skipped?.length) {
        io.out(cliText(lang, 'qdpxSkipped.title')!);
        for (const s of r.skipped) io.out(`  ${cliText(lang, `qdpxSkipped.${s.reason}`, { count: s.count }) ?? `${s.count} × ${s.reason}`}`);
      }
      if (r.warnings.length) io.out(`Not imported (${r.warnings.length}):`);
      for (const w of r.warnings) io.out(`  - ${w}`);
      return 0;
    }
    throw new UsageError(`unknown action "${action}": use export or import`);
  },
};
