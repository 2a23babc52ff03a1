// `glossa send <project> <dest> [--independent [--keep A,B]]`: writes a consistent,
// self-contained copy of a project to send to a colleague (the recipient opens it as a project
// of their own). --independent sends it for independent coding: the copy carries the documents
// and the codebook but no highlights except those of the coders named by --keep, and both files
// record the round, so the agreement after the merge back compares only independent codings.
import { GlossaError } from '../../../shared/errors';
import { sendProject } from '../../core/share/send-project';
import { listCoders } from '../../db/repositories/coders';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { formatBytes, withProject } from '../project-session';
import { cliCoder } from './coding-common';

export const sendCommand: CliCommand = {
  name: 'send',
  summary: 'write a self-contained copy of a project to send to a colleague (--independent: for independent coding)',
  usage: 'send <project.glossa> <dest.glossa> [--independent [--keep CODER,...]]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { independent: { type: 'boolean' }, keep: { type: 'string' } },
      { min: 2, max: 2, names: '<project> and <dest>' },
    );
    if (values.keep !== undefined && !values.independent) throw new UsageError('--keep goes with --independent');
    const keepNames = (values.keep ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const r = await withProject(positionals[0], (h) => {
      if (!values.independent) return sendProject(h, positionals[1]);
      const coders = listCoders(h.db);
      const keepCoderIds = keepNames.map((n) => {
        const c = coders.find((x) => x.id === n || x.name.toLocaleLowerCase() === n.toLocaleLowerCase());
        if (!c) throw new GlossaError('api.badInput', `No coder "${n}" in this project (coders: ${coders.map((x) => x.name).join(', ') || 'none'}).`);
        return c.id;
      });
      return sendProject(h, positionals[1], { independent: { sender: cliCoder(), keepCoderIds } });
    });
    io.out(`Wrote ${r.path} (${formatBytes(r.byteSize)})`);
    if (r.roundId) io.out(`Independent-coding round ${r.roundId}: the copy carries ${keepNames.length ? `only the highlights of ${keepNames.join(', ')}` : 'no highlights'}.`);
    return 0;
  },
};
