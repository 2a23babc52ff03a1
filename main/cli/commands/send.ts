// `glossa send <project> <dest>`: writes a consistent, self-contained copy of a project to
// send to a colleague (the recipient opens it as a project of their own).
import { sendProject } from '../../core/share/send-project';
import { parseCommandArgs, type CliCommand } from '../command-registry';
import { formatBytes, withProject } from '../project-session';

export const sendCommand: CliCommand = {
  name: 'send',
  summary: 'write a self-contained copy of a project to send to a colleague',
  usage: 'send <project.glossa> <dest.glossa>',
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {}, { min: 2, max: 2, names: '<project> and <dest>' });
    const r = await withProject(positionals[0], (h) => sendProject(h, positionals[1]));
    io.out(`Wrote ${r.path} (${formatBytes(r.byteSize)})`);
    return 0;
  },
};
