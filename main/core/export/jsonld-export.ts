// W3C Web Annotation export (JSON-LD, https://www.w3.org/TR/annotation-model/): one Annotation
// per highlight — evidence rows are per coding, so rows are grouped by annotationId — inside an
// AnnotationCollection whose first AnnotationPage holds every item. Each code becomes a
// "classifying" TextualBody (value = code path), the comment a "commenting" one.
// Selectors: the quote (TextQuoteSelector, the stored exact text with the PDF's line breaks)
// and the page (FragmentSelector "page=N", RFC 3778: the PDF's page position). The readable
// quote with its citation (printed page, paragraph) is a "describing" TextualBody.
// Glossa's text positions count code points within one page's text, so the
// TextPositionSelector refines the page fragment instead of standing beside it (a top-level
// position would claim offsets into the whole document).
import { createHash } from 'node:crypto';
import { quoteWithCitation } from '../../../shared/citation';
import type { EvidenceBundle, EvidenceRow } from '../../../shared/domain/evidence';
import type { ExportProgress } from './export-progress';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778';

export function documentUrn(doc: EvidenceRow['document']): string {
  return doc.sha256 ? `urn:sha256:${doc.sha256.toLowerCase()}` : `urn:glossa:doc:${encodeURIComponent(doc.id)}`;
}

function annotationOf(rows: EvidenceRow[]): Record<string, unknown> {
  const first = rows[0];
  const doc = first.document;
  const quote: Record<string, unknown> = { type: 'TextQuoteSelector', exact: first.exact ?? first.quote };
  if (first.prefix) quote.prefix = first.prefix;
  if (first.suffix) quote.suffix = first.suffix;
  const page: Record<string, unknown> = {
    type: 'FragmentSelector',
    conformsTo: PDF_FRAGMENT_SPEC,
    value: `page=${first.page}`,
  };
  if (first.textPosition) {
    page.refinedBy = { type: 'TextPositionSelector', start: first.textPosition.start, end: first.textPosition.end };
  }
  const body: Array<Record<string, unknown>> = rows.map((r) => ({
    type: 'TextualBody',
    purpose: 'classifying',
    value: r.codePath.join(' > '),
    id: `urn:glossa:code:${encodeURIComponent(r.codeId)}`,
  }));
  body.push({ type: 'TextualBody', purpose: 'describing', value: quoteWithCitation(first), format: 'text/plain' });
  if (first.comment) {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: first.comment, format: 'text/markdown' });
  }
  const created = rows.map((r) => r.createdAt).sort()[0];
  const modified = rows.map((r) => r.updatedAt).sort()[rows.length - 1];
  return {
    id: `urn:glossa:annotation:${encodeURIComponent(first.annotationId)}`,
    type: 'Annotation',
    motivation: 'classifying',
    creator: { id: `urn:glossa:coder:${encodeURIComponent(first.coderId)}`, type: 'Person', name: first.coderName },
    created,
    modified,
    body,
    target: {
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
      selector: [quote, page],
    },
  };
}

export async function writeJsonLd(bundle: EvidenceBundle, progress: ExportProgress): Promise<Uint8Array> {
  const groups = new Map<string, EvidenceRow[]>();
  for (const row of bundle.rows) {
    const list = groups.get(row.annotationId);
    if (list) list.push(row);
    else groups.set(row.annotationId, [row]);
  }
  const items: Array<Record<string, unknown>> = [];
  let done = 0;
  for (const rows of groups.values()) {
    items.push(annotationOf(rows));
    await progress.row(++done, groups.size);
  }
  // A stable id: the same project exported at the same moment gets the same collection id.
  const digest = createHash('sha256').update(`${bundle.projectName}\u0000${bundle.generatedAt}`).digest('hex');
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `urn:glossa:export:${digest.slice(0, 32)}`,
    type: 'AnnotationCollection',
    label: bundle.projectName,
    generated: bundle.generatedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  progress.check();
  return new TextEncoder().encode(`${JSON.stringify(collection, null, 2)}\n`);
}
