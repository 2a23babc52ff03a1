// One Glossa highlight (EvidencePassage) as a W3C Web Annotation
// (https://www.w3.org/TR/annotation-model/), shaped to pass every MUST assertion of the W3C
// web-annotation-tests suite (tests/unit/main/core/export/jsonld-w3c-suite.test.ts):
// - codes are "classifying" TextualBodies WITHOUT an id: a body with an id is an External Web
//   Resource to the model, and those may not carry a purpose (model 3.3.5);
// - one SpecificResource target per page the highlight spans (a passage across a page break
//   keeps both parts, each with its own quote and page position);
// - selectors: TextQuoteSelector (exact with the page's line breaks, prefix, suffix) beside a
//   FragmentSelector "page=N" (RFC 3778) refined by the TextPositionSelector — Glossa's offsets
//   count code points within one page's text, so a top-level position would claim offsets into
//   the whole document; an area highlight's page fragment is refined by a media-fragment
//   "xywh=" box (PDF points from the page's top-left corner) when the page size is known;
// - every item carries the @context, so an annotation taken out of the collection stands alone.
import type { AnnotationTarget, PdfRect } from '../../../shared/domain/annotation';
import type { EvidenceDocument, EvidencePassage } from '../../../shared/domain/evidence';
import type { PageBox } from '../../pdf/page-boxes';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778';
export const MEDIA_FRAGMENT_SPEC = 'http://www.w3.org/TR/media-frags/';

export type { PageBox };

export function documentUrn(doc: EvidenceDocument): string {
  return doc.sha256 ? `urn:sha256:${doc.sha256.toLowerCase()}` : `urn:glossa:doc:${encodeURIComponent(doc.id)}`;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** "xywh=x,y,w,h" (PDF points, y down from the top of the page box) back to a PDF rect. */
export function rectOfXywh(value: string, box: PageBox): PdfRect | null {
  const m = /^xywh=(?:pixel:)?(-?[\d.]+),(-?[\d.]+),([\d.]+),([\d.]+)$/.exec(value.trim());
  if (!m) return null;
  const [x, y, w, h] = m.slice(1, 5).map(Number);
  if (![x, y, w, h].every(Number.isFinite) || w <= 0 || h <= 0) return null;
  return { x1: box[0] + x, y1: box[3] - y - h, x2: box[0] + x + w, y2: box[3] - y };
}

/** The union of the rects as "xywh=x,y,w,h", y counted down from the top of the page box. */
export function xywhOf(rects: readonly PdfRect[], box: PageBox): string | null {
  if (rects.length === 0) return null;
  const left = Math.min(...rects.map((r) => Math.min(r.x1, r.x2)));
  const right = Math.max(...rects.map((r) => Math.max(r.x1, r.x2)));
  const bottom = Math.min(...rects.map((r) => Math.min(r.y1, r.y2)));
  const top = Math.max(...rects.map((r) => Math.max(r.y1, r.y2)));
  return `xywh=${round(left - box[0])},${round(box[3] - top)},${round(right - left)},${round(top - bottom)}`;
}

function targetOf(p: EvidencePassage, t: AnnotationTarget, box: PageBox | undefined): Record<string, unknown> {
  const selector: Array<Record<string, unknown>> = [];
  const page: Record<string, unknown> = { type: 'FragmentSelector', conformsTo: PDF_FRAGMENT_SPEC, value: `page=${t.pageIndex + 1}` };
  if (t.quote) {
    const quote: Record<string, unknown> = { type: 'TextQuoteSelector', exact: t.quote.exact };
    if (t.quote.prefix) quote.prefix = t.quote.prefix;
    if (t.quote.suffix) quote.suffix = t.quote.suffix;
    selector.push(quote);
  }
  if (t.position) {
    page.refinedBy = { type: 'TextPositionSelector', start: t.position.start, end: t.position.end };
  } else if (p.kind === 'area' && box) {
    const value = xywhOf(t.rects, box);
    if (value) page.refinedBy = { type: 'FragmentSelector', conformsTo: MEDIA_FRAGMENT_SPEC, value };
  }
  selector.push(page);
  const doc = p.document;
  return {
    type: 'SpecificResource',
    source: documentUrn(doc),
    // The document as the project knows it: its id, title and language.
    scope: {
      id: `urn:glossa:doc:${encodeURIComponent(doc.id)}`,
      type: 'Text',
      format: 'application/pdf',
      label: doc.title,
      ...(doc.language === 'en' || doc.language === 'ru' ? { language: doc.language } : {}),
    },
    selector,
  };
}

/** `describe`: the quote with its citation in the export's style (quote-with-citation.ts). */
export function annotationOf(
  p: EvidencePassage,
  boxes: (documentId: string, pageIndex: number) => PageBox | undefined,
  describe: (p: EvidencePassage) => string,
): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = p.codes.map((c) => ({
    type: 'TextualBody',
    purpose: 'classifying',
    value: c.path.join(' > '),
    format: 'text/plain',
  }));
  if (p.quote) body.push({ type: 'TextualBody', purpose: 'describing', value: describe(p), format: 'text/plain' });
  if (p.comment) body.push({ type: 'TextualBody', purpose: 'commenting', value: p.comment, format: 'text/markdown' });
  // A link to another passage: a "linking" SpecificResource whose source is that annotation;
  // the relation (as read from this passage) and the note are Glossa's own terms.
  for (const l of p.links ?? []) {
    body.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: `urn:glossa:annotation:${encodeURIComponent(l.annotationId)}`,
      'glossa:relation': l.relation,
      'glossa:direction': l.direction === 'out' ? 'to' : 'from',
      ...(l.note ? { 'glossa:note': l.note } : {}),
    });
  }
  const targets = p.targets.map((t) => targetOf(p, t, boxes(p.document.id, t.pageIndex)));
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:glossa:annotation:${encodeURIComponent(p.annotationId)}`,
    type: 'Annotation',
    motivation: p.codes.length > 0 ? 'classifying' : 'highlighting',
    creator: { id: `urn:glossa:coder:${encodeURIComponent(p.coderId)}`, type: 'Person', name: p.coderName },
    created: p.createdAt,
    modified: p.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: targets.length === 1 ? targets[0] : targets,
  };
}
