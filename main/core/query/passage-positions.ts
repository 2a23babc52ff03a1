// Coded highlights placed in their documents' text (shared/query/query-passage.ts): a target's
// TextPositionSelector offsets are page-local, so each page's start is the sum of the text
// lengths of the pages before it, plus one separator per page break. A target without a
// position (an area highlight, an orphan not re-anchored) spans its page's whole text.
// Paragraph indexes are worked out only when a query needs them (they read page texts).
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import type { QueryPassage } from '../../../shared/query/query-passage';
import { paragraphIndex } from '../../../shared/text/paragraph-spans';
import type { Db } from '../../db/connection';
import { iteratePageTexts } from '../../db/repositories/annotations';
import { codedPassageRows, pageLengths, type PassageScope } from '../../db/repositories/query-passages';

function parseTargets(json: string): AnnotationTarget[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as AnnotationTarget[]).filter((t) => t && Number.isInteger(t.pageIndex)) : [];
  } catch {
    return [];
  }
}

/** Start offsets of each page in the document-wide coordinate. */
function pageStarts(lengths: number[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    starts.push(at);
    at += (lengths[i] ?? 0) + 1;
  }
  starts.push(at);
  return starts;
}


/** Every coded passage in scope with its document-wide position; paragraph indexes are filled
 *  when `withParagraphs` (else 0, and only page relations are meaningful). */
export function placedPassages(db: Db, scope: PassageScope, withParagraphs: boolean): QueryPassage[] {
  const rows = codedPassageRows(db, scope);
  const documentIds = [...new Set(rows.map((r) => r.document_id))];
  const lengths = pageLengths(db, documentIds);
  const paragraphs = new Map<string, ReturnType<typeof paragraphIndex>>();
  if (withParagraphs) {
    let current: string | null = null;
    let texts: string[] = [];
    const flush = () => {
      if (current !== null) paragraphs.set(current, paragraphIndex(texts));
    };
    for (const page of iteratePageTexts(db, documentIds)) {
      if (page.documentId !== current) {
        flush();
        current = page.documentId;
        texts = [];
      }
      texts[page.pageIndex] = page.text;
    }
    flush();
  }
  const startsByDoc = new Map(documentIds.map((id) => [id, pageStarts(lengths.get(id) ?? [])]));
  const out: QueryPassage[] = [];
  for (const row of rows) {
    const targets = parseTargets(row.targets).sort((a, b) => a.pageIndex - b.pageIndex);
    if (targets.length === 0) continue;
    const starts = startsByDoc.get(row.document_id) ?? [0];
    const pageStart = (i: number) => starts[Math.min(i, starts.length - 1)] ?? 0;
    const pageEnd = (i: number) => Math.max(pageStart(i), pageStart(i + 1) - 1);
    const first = targets[0];
    const last = targets[targets.length - 1];
    const start = first.position ? pageStart(first.pageIndex) + first.position.start : pageStart(first.pageIndex);
    const end = last.position ? pageStart(last.pageIndex) + last.position.end : pageEnd(last.pageIndex);
    const para = paragraphs.get(row.document_id);
    out.push({
      annotationId: row.id,
      documentId: row.document_id,
      codeIds: row.code_ids.split(','),
      coderId: row.coder_id,
      start,
      end: Math.max(start, end),
      pageFirst: first.pageIndex,
      pageLast: last.pageIndex,
      paragraphFirst: para ? para.at(first.pageIndex, first.position?.start ?? 0) : 0,
      paragraphLast: para ? para.at(last.pageIndex, last.position ? Math.max(last.position.start, last.position.end - 1) : Number.MAX_SAFE_INTEGER) : 0,
    });
  }
  return out;
}
