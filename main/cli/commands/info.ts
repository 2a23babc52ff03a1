// `glossa info <project> [--json]`: name, id, schema version, counts and size of a project.
import { projectInfo } from '../../core/project/project-file';
import { parseCommandArgs, type CliCommand } from '../command-registry';
import { formatBytes, withProject } from '../project-session';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'show a project\'s name, format version, document and page counts',
  usage: 'info <project.glossa> [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, { min: 1, max: 1, names: '<project>' });
    const info = await withProject(positionals[0], projectInfo);
    if (values.json) {
      io.out(JSON.stringify(info, null, 2));
      return 0;
    }
    io.out(
      [
        `Name:        ${info.name}`,
        `File:        ${info.path}`,
        `Id:          ${info.id}`,
        `Created:     ${info.createdAt}`,
        `Format:      version ${info.schemaVersion}`,
        `Documents:   ${info.documentCount}`,
        `Pages:       ${info.pageCount}`,
        `Size:        ${formatBytes(info.byteSize)}`,
      ].join('\n'),
    );
    return 0;
  },
};
