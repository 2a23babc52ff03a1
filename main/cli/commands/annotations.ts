// `glossa annotations <project> [--doc ID] [--code NAME] [--json]`: the highlights in reading
// order, each with its readable quote, printed page (and the PDF's, 1-based), numbered
// paragraph, codes, coder and dates; --json also gives the exact stored text and, per target,
// the page, the position in the page text and the rectangles in PDF points.
import { listAnnotationsFiltered } from '../../core/coding/annotations';
import { citePassage } from '../../core/evidence/quote-context';
import { documentTitles } from '../../db/repositories/annotations';
import { listDocuments } from '../../db/repositories/documents';
import { listCoders } from '../../db/repositories/coders';
import { listCodes } from '../../db/repositories/codes';
import { parseCommandArgs, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { findCode, pathOf } from './coding-common';

export const annotationsCommand: CliCommand = {
  name: 'annotations',
  summary: 'list highlights with quote, page, codes, coder and dates',
  usage: 'annotations <project.glossa> [--doc ID] [--code NAME] [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { doc: { type: 'string' }, code: { type: 'string' }, json: { type: 'boolean' } },
      { min: 1, max: 1, names: '<project>' },
    );
    const rows = await withProject(positionals[0], (h) => {
      const codes = listCodes(h.db);
      const byId = new Map(codes.map((c) => [c.id, c]));
      const coders = new Map(listCoders(h.db).map((c) => [c.id, c.name]));
      const titles = documentTitles(h.db);
      const docs = new Map(listDocuments(h.db).map((d) => [d.id, d]));
      const codeIds = values.code ? [findCode(codes, values.code).id] : undefined;
      return listAnnotationsFiltered(h.db, { documentId: values.doc, codeIds }).map((a) => {
        const doc = docs.get(a.documentId);
        const cited = citePassage(h.db, a.documentId, {
          pageCount: doc?.pageCount ?? 0,
          pageLabels: doc?.pageLabels ?? null,
          pageLabelFix: doc?.pageLabelFix ?? null,
        }, a.targets);
        return {
        id: a.id,
        documentId: a.documentId,
        document: titles.get(a.documentId) ?? a.documentId,
        page: a.targets[0].pageIndex + 1,
        pages: [...new Set(a.targets.map((t) => t.pageIndex + 1))],
        printedPage: cited.pageLabel,
        printedPageEnd: cited.pageEndLabel,
        paragraph: cited.paragraph,
        quote: cited.quote,
        exact: a.targets.map((t) => t.quote?.exact ?? '').filter(Boolean).join(' '),
        // Where each part is: its page, the code-point range in the stored page text
        // (TextPositionSelector) and the rectangles in PDF points (origin bottom-left).
        targets: a.targets.map((t) => ({
          page: t.pageIndex + 1,
          position: t.position ? { start: t.position.start, end: t.position.end } : null,
          rects: t.rects.map((r) => ({ x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2 })),
          quote: t.quote?.exact ?? null,
        })),
        codes: a.codeIds.map((id) => (byId.get(id) ? pathOf(byId, byId.get(id)!) : id)),
        comment: a.comment,
        coder: coders.get(a.coderId) ?? a.coderId,
        anchorStatus: a.anchorStatus,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
        };
      });
    });
    if (values.json) {
      io.out(JSON.stringify(rows, null, 2));
      return 0;
    }
    for (const r of rows) {
      const flags = r.anchorStatus === 'orphan' ? ' [orphan]' : '';
      const printed = r.printedPageEnd !== r.printedPage ? `${r.printedPage}\u2013${r.printedPageEnd}` : r.printedPage;
      const para = r.paragraph !== null ? `, para. ${r.paragraph}` : '';
      io.out(`${r.document} — p. ${printed}${para} (PDF ${r.pages.join('-')})${flags} — ${r.coder}, ${r.createdAt.slice(0, 10)}${r.updatedAt !== r.createdAt ? ` (edited ${r.updatedAt.slice(0, 10)})` : ''}`);
      io.out(`    "${r.quote.replace(/\n/g, ' \u00b6 ')}"`);
      if (r.codes.length > 0) io.out(`    codes: ${r.codes.join('; ')}`);
      if (r.comment) io.out(`    comment: ${r.comment.replace(/\s+/g, ' ')}`);
    }
    io.out(`${rows.length} highlight${rows.length === 1 ? '' : 's'}`);
    return 0;
  },
};
