// The lines of the removal confirmation: what goes with a document, each count with its plural
// form (1 highlight / 2 highlights; 1 выделение / 3 выделения / 5 выделений). Pure, so the
// wording is tested without a DOM.
import type { DocumentRemovalInfo } from '../../../shared/domain/document';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function removalDetails(info: DocumentRemovalInfo, pageCount: number, tr: Translate): string[] {
  const lines: string[] = [];
  if (info.annotations > 0) lines.push(tr('library.remove.highlights', { count: info.annotations }));
  if (info.codings > 0) lines.push(tr('library.remove.codings', { count: info.codings }));
  if (info.comments > 0) lines.push(tr('library.remove.comments', { count: info.comments }));
  if (info.memo) lines.push(tr('library.remove.memo'));
  lines.push(tr('library.remove.pages', { count: pageCount }));
  return lines;
}
