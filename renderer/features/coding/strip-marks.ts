// The open document's highlights as marks for the reader's coding strip (reader/coding-strip.ts):
// the same highlights the reader draws (the coder view's, placed ones only, the panel's code
// filter applied), each target at its page and its place on the page from its stored PDF rects.
// Pure, so the placement is unit-tested.
import type { Annotation } from '../../../shared/domain/annotation';
import type { StripMark } from '../reader/coding-strip';
import { DEFAULT_HIGHLIGHT_COLOR } from './highlight-layout';

export interface StripMarkOptions {
  /** Code id -> colour, in codebook order (the order of the lanes). */
  codeColors: ReadonlyMap<string, string>;
  /** The annotations panel's code filter: only its passages, in its colour. */
  filterCodeId: string | null;
  /** Height in PDF points of a page (the reader's page sizes); undefined when unknown. */
  pageHeight(pageIndex: number): number | undefined;
}

export function stripMarks(annotations: readonly Annotation[], opts: StripMarkOptions): StripMark[] {
  const order = new Map([...opts.codeColors.keys()].map((id, i) => [id, i]));
  const marks: StripMark[] = [];
  for (const a of annotations) {
    if (a.anchorStatus === 'orphan') continue; // not placed: listed in the panel, never drawn
    if (opts.filterCodeId && !a.codeIds.includes(opts.filterCodeId)) continue;
    const codeIds = (opts.filterCodeId ? [opts.filterCodeId] : a.codeIds)
      .filter((id) => order.has(id))
      .sort((x, y) => order.get(x)! - order.get(y)!);
    const colors = codeIds.length > 0 ? codeIds.map((id) => opts.codeColors.get(id)!) : [a.color ?? DEFAULT_HIGHLIGHT_COLOR];
    for (const target of a.targets) {
      const h = opts.pageHeight(target.pageIndex);
      let top = 0;
      let bottom = 1;
      // PDF space has its origin at the bottom left: the highest y is the passage's top.
      if (h && h > 0 && target.rects.length > 0) {
        const ys = target.rects.flatMap((r) => [r.y1, r.y2]);
        top = (h - Math.max(...ys)) / h;
        bottom = (h - Math.min(...ys)) / h;
      }
      marks.push({ id: a.id, pageIndex: target.pageIndex, top, bottom, colors, codeIds });
    }
  }
  // Reading order by place (a passage across a page break puts a mark on a later page).
  return marks.sort((x, y) => x.pageIndex - y.pageIndex || x.top - y.top);
}
