// From the evidence repository's SQL rows to the plain EvidenceRow / EvidenceItem the browser
// and the exports use: code paths from the codebook, 1-based pages with their printed labels,
// the readable quote, the exact one (targets' TextQuote exacts joined with one space, never
// trimmed) and the first target's W3C selector
// details (TextPosition offsets, 32-character prefix/suffix) for the JSON-LD export.
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import { codeNameFor } from '../../../shared/codebook/code-text';
import type { Code } from '../../../shared/domain/code';
import type { EvidenceChip, EvidenceItem, EvidenceRow } from '../../../shared/domain/evidence';
import type { Db } from '../../db/connection';
import { parsePageLabelFix, parsePageLabels } from '../../db/repositories/document-rows';
import { evidenceBibliography, type EvidenceSqlRow } from '../../db/repositories/evidence';
import { evidenceLinksOf } from '../../db/repositories/passage-links';
import { treeOrder } from '../coding/code-tree';
import { citePassage } from './quote-context';
import { issuersOf } from '../../../shared/attributes/document-issuers';

export interface CodeIndex {
  byId: Map<string, Code>;
  /** Names root to leaf, in the index's language (the other language where a code has no name in it). */
  path(id: string): string[];
  /** Position in depth-first tree order (chips and codebook sort by it). */
  order(id: string): number;
}

/** `lang`: names in that language, the other language as fallback (codeNameFor). */
export function codeIndex(codes: readonly Code[], lang = 'en'): CodeIndex {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const order = new Map(treeOrder(codes).map((e, i) => [e.code.id, i]));
  const paths = new Map<string, string[]>();
  const path = (id: string): string[] => {
    const known = paths.get(id);
    if (known) return known;
    const out: string[] = [];
    let cur = byId.get(id);
    // 100 levels bound a corrupt file with a parent cycle; real codebooks are 2-4 deep.
    for (let guard = 0; cur && guard < 100; guard++) {
      out.unshift(codeNameFor(cur, lang));
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
    paths.set(id, out);
    return out;
  };
  return { byId, path, order: (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER };
}

export function parseTargets(json: string): AnnotationTarget[] {
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed) ? (parsed as AnnotationTarget[]) : [];
  } catch {
    return [];
  }
}

function parseCountries(json: string): string[] {
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}

/** The row as cited: readable quote, printed pages, paragraph (see quote-context.ts). */
/**
 * fn over rows visited document by document, results in the rows' own order. Citing a
 * passage needs its document's whole text, cached for the last few documents only
 * (quote-context.ts), and rows come in codebook order: visited as they come, 10,000 codings
 * over 2,000 documents re-read a document for almost every row (O(codings x pages)).
 */
export function mapByDocument<R extends { document_id: string }, T>(rows: readonly R[], fn: (r: R) => T): T[] {
  const order = rows.map((_, i) => i);
  order.sort((a, b) => (rows[a].document_id < rows[b].document_id ? -1 : rows[a].document_id > rows[b].document_id ? 1 : a - b));
  const out = new Array<T>(rows.length);
  for (const i of order) out[i] = fn(rows[i]);
  return out;
}

/** The region of an area highlight: its first target's rects as one rect (null: none stored). */
function areaOf(first: AnnotationTarget | undefined): EvidenceRow['area'] {
  const rects = (first?.rects ?? []).filter((r) => [r.x1, r.y1, r.x2, r.y2].every(Number.isFinite));
  if (!first || rects.length === 0) return null;
  return {
    pageIndex: first.pageIndex,
    rect: {
      x1: Math.min(...rects.map((r) => Math.min(r.x1, r.x2))),
      y1: Math.min(...rects.map((r) => Math.min(r.y1, r.y2))),
      x2: Math.max(...rects.map((r) => Math.max(r.x1, r.x2))),
      y2: Math.max(...rects.map((r) => Math.max(r.y1, r.y2))),
    },
  };
}

export function toEvidenceRow(db: Db, r: EvidenceSqlRow, codes: CodeIndex): EvidenceRow {
  const targets = parseTargets(r.targets);
  const pages = targets.map((t) => t.pageIndex);
  const first = targets[0];
  const page = first ? first.pageIndex + 1 : 1;
  const code = codes.byId.get(r.code_id);
  const cited = citePassage(db, r.document_id, {
    pageCount: r.page_count,
    pageLabels: parsePageLabels(r.page_labels, r.page_count),
    pageLabelFix: parsePageLabelFix(r.page_label_fix, r.page_count),
  }, targets);
  const row: EvidenceRow = {
    annotationId: r.annotation_id,
    codeId: r.code_id,
    codePath: codes.path(r.code_id),
    codeColor: code?.color ?? '#888888',
    document: {
      id: r.document_id,
      title: r.title,
      fileName: r.file_name,
      organisation: r.organisation,
      countries: parseCountries(r.countries),
      year: r.year,
      docType: r.doc_type,
      language: r.language,
      sha256: r.sha256 || undefined,
      author: r.author ?? '',
      issuers: issuersOf(r.issuers_value, r.issuers_choices),
      bibliography: evidenceBibliography(r),
    },
    page,
    pageEnd: pages.length > 0 ? Math.max(...pages) + 1 : page,
    pageLabel: cited.pageLabel,
    pageEndLabel: cited.pageEndLabel,
    paragraph: cited.paragraph,
    quote: cited.quote,
    exact: targets.map((t) => t.quote?.exact ?? '').filter((q) => q !== '').join(' '),
    comment: r.comment,
    coderId: r.coder_id,
    coderName: r.coder_name ?? '',
    ...(r.editor_id && r.editor_id !== r.coder_id ? { editedByName: r.editor_name ?? r.editor_id.slice(0, 8) } : {}),
    // The coding's own time: when this code was put on the passage; edits touch the passage.
    createdAt: r.coded_at,
    updatedAt: r.annotation_updated_at > r.coded_at ? r.annotation_updated_at : r.coded_at,
    textPosition: first?.position ? { start: first.position.start, end: first.position.end } : null,
    prefix: first?.quote?.prefix ?? '',
    suffix: first?.quote?.suffix ?? '',
    ...(r.kind === 'area' ? { area: areaOf(first) } : {}),
    ...(r.exemplar === 1 ? { exemplar: true } : {}),
  };
  // Rows selected with the linked flag read links only where there are some (one query less per row).
  const links = r.linked === 0 ? [] : evidenceLinksOf(db, r.annotation_id);
  if (links.length > 0) row.links = links;
  return row;
}

export function chipsOf(codeIds: readonly string[], codes: CodeIndex): EvidenceChip[] {
  return codeIds
    .filter((id) => codes.byId.has(id))
    .sort((a, b) => codes.order(a) - codes.order(b))
    .map((id) => ({ id, path: codes.path(id), color: codes.byId.get(id)!.color }));
}

export function toEvidenceItem(db: Db, r: EvidenceSqlRow, codes: CodeIndex, passageCodes: ReadonlyMap<string, string[]>): EvidenceItem {
  return {
    ...toEvidenceRow(db, r, codes),
    passageCodes: chipsOf(passageCodes.get(r.annotation_id) ?? [r.code_id], codes),
    anchorStatus: r.anchor_status,
  };
}
