// `glossa list <project> [--json]`: the documents of a project, one per line.
import { listDocuments } from '../../db/repositories/documents';
import { parseCommandArgs, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'list the documents in a project',
  usage: 'list <project.glossa> [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, { min: 1, max: 1, names: '<project>' });
    const docs = await withProject(positionals[0], (h) => listDocuments(h.db));
    if (values.json) {
      io.out(JSON.stringify(docs, null, 2));
      return 0;
    }
    if (docs.length === 0) {
      io.out('No documents. Add some with: glossa import <project> <pdf-or-folder>...');
      return 0;
    }
    io.out(['ID', 'PAGES', 'YEAR', 'LANG', 'ORGANISATION', 'TITLE'].join('\t'));
    for (const d of docs) {
      io.out([d.id, d.pageCount, d.year ?? '-', d.language || '-', d.organisation || '-', d.title].join('\t'));
    }
    io.out(`${docs.length} document${docs.length === 1 ? '' : 's'}`);
    return 0;
  },
};
