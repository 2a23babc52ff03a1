// `glossa recheck-anchors <project> [--apply] [--json]`: re-extracts every document's text
// with the current extractor and re-anchors its highlights, printing per document how many
// are unchanged, moved or orphaned. Without --apply nothing is written; with it each
// document's new texts and positions are one undoable action in the project's History.
import type { AnchorRecheck, DocumentExtractor } from '../../../shared/domain/document';
import { recheckProject } from '../../core/documents/recheck-anchors';
import { parseCommandArgs, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { cliCoder } from './coding-common';

export function extractorLabel(e: DocumentExtractor | null): string {
  if (!e) return 'not recorded';
  return `pdf.js ${e.pdfjs}, text v${e.textVersion}${e.ocr ? `, ${e.ocr.engine} ${e.ocr.version} (data ${e.ocr.data})` : ''}`;
}

function line(r: AnchorRecheck): string {
  return `${r.title}: ${r.highlights} highlights: ${r.unchanged} unchanged, ${r.moved} moved, ${r.orphaned} orphaned; ${r.pagesChanged} pages changed (was ${extractorLabel(r.stored)}, now ${extractorLabel(r.current)})`;
}

export const recheckAnchorsCommand: CliCommand = {
  name: 'recheck-anchors',
  summary: 're-extract every document with the current extractor and re-check its highlights',
  usage: 'recheck-anchors <project.glossa> [--apply] [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { apply: { type: 'boolean' }, json: { type: 'boolean' } }, { min: 1, max: 1, names: '<project>' });
    const apply = !!values.apply;
    const reports = await withProject(positionals[0], (h) => recheckProject(h.db, { apply, coder: apply ? cliCoder() : undefined }));
    if (values.json) {
      io.out(JSON.stringify(reports, null, 2));
      return 0;
    }
    for (const r of reports) io.out(line(r));
    const sum = (k: 'moved' | 'orphaned' | 'unchanged') => reports.reduce((n, r) => n + r[k], 0);
    io.out(`${reports.length} documents: ${sum('unchanged')} unchanged, ${sum('moved')} moved, ${sum('orphaned')} orphaned.`);
    io.out(apply ? 'Applied: undo it in the app (History) if needed.' : 'Nothing was changed; run again with --apply to write the new texts and positions.');
    return 0;
  },
};
