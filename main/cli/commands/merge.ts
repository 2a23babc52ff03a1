// `glossa merge <into> <from> [--json]`: merges a colleague's project file into a project
// (the received file is validated first; a backup is written to <into>.backups/; one
// transaction). Prints the summary and the open conflicts.
import type { MergeCounts } from '../../../shared/domain/share';
import { listConflicts } from '../../core/share/conflicts';
import { mergeProject } from '../../core/share/merge';
import { parseCommandArgs, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { cliCoder } from './coding-common';

function counts(c: MergeCounts): string {
  return `${c.documents} documents, ${c.codes} codes, ${c.annotations} highlights, ${c.codings} codings, ${c.memos} memos`;
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'merge a colleague\'s project file into a project (backup first; conflicts kept)',
  usage: 'merge <into.glossa> <from.glossa> [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, { min: 2, max: 2, names: '<into> and <from>' });
    const { summary, conflicts } = await withProject(positionals[0], async (h) => {
      const s = await mergeProject(h, positionals[1], { coder: cliCoder() });
      return { summary: s, conflicts: listConflicts(h.db, 'open') };
    });
    if (values.json) {
      io.out(JSON.stringify({ ...summary, openConflicts: conflicts }, null, 2));
      return 0;
    }
    const project = summary.peerProjectName && summary.peerProjectName !== summary.peerName ? ` (project "${summary.peerProjectName}")` : '';
    io.out(`Merged from ${summary.peerName || summary.peerId}${project}`);
    io.out(`Backup:    ${summary.backupPath}`);
    io.out(`Added:     ${counts(summary.added)}`);
    io.out(`Updated:   ${counts(summary.updated)}`);
    io.out(`Removed:   ${counts(summary.removed)}`);
    io.out(`Conflicts: ${summary.conflicts} new, ${conflicts.length} open`);
    for (const c of conflicts) io.out(`  [${c.kind}] ${c.label}`);
    for (const s of summary.sameNameCodes) io.out(`  Two codes named "${s.name}" (merge them or keep both)`);
    return 0;
  },
};
