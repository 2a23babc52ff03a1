// `glossa new <project> [--name NAME]`: creates an empty project file.
import { closeProject, createProject, projectInfo } from '../../core/project/project-file';
import { parseCommandArgs, type CliCommand } from '../command-registry';

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'create an empty project file',
  usage: 'new <project.glossa> [--name NAME]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { name: { type: 'string' } }, { min: 1, max: 1, names: '<project>' });
    const handle = createProject(positionals[0], values.name);
    try {
      const info = projectInfo(handle);
      io.out(`Created project "${info.name}" at ${info.path}`);
    } finally {
      closeProject(handle);
    }
    return 0;
  },
};
