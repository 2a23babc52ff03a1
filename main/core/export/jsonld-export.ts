// W3C Web Annotation export (JSON-LD, https://www.w3.org/TR/annotation-model/): one Annotation
// per highlight, coded or not (jsonld-annotation.ts), inside an AnnotationCollection whose
// first AnnotationPage — with its own id, as the model requires — holds every item.
// Area highlights need their page's size for the xywh box: the bundle carries the PDF bytes of
// the documents that have any (buildEvidenceBundle), read here through the pdf.js adapter.
import { createHash } from 'node:crypto';
import type { EvidenceBundle, EvidencePassage, EvidenceRow, ExportOptions } from '../../../shared/domain/evidence';
import { readPageBoxes } from '../../pdf/page-boxes';
import type { ExportProgress } from './export-progress';
import { ANNO_CONTEXT, annotationOf, type PageBox } from './jsonld-annotation';
import { citationEngineFor } from '../citation/export-citations';
import { quoteWithCitation } from '../citation/quote-with-citation';

export { ANNO_CONTEXT, PDF_FRAGMENT_SPEC, documentUrn } from './jsonld-annotation';

/** Passages of a hand-made bundle without them: one per annotation, one target from the row. */
export function passagesFromRows(rows: readonly EvidenceRow[]): EvidencePassage[] {
  const groups = new Map<string, EvidenceRow[]>();
  for (const row of rows) {
    const list = groups.get(row.annotationId);
    if (list) list.push(row);
    else groups.set(row.annotationId, [row]);
  }
  return [...groups.values()].map((list) => {
    const { codeId: _c, codePath: _p, codeColor: _k, ...first } = list[0];
    return {
      ...first,
      createdAt: list.map((r) => r.createdAt).sort()[0],
      updatedAt: list.map((r) => r.updatedAt).sort()[list.length - 1],
      kind: 'text' as const,
      color: null,
      codes: list.map((r) => ({ id: r.codeId, path: r.codePath, color: r.codeColor })),
      targets: [
        {
          pageIndex: first.page - 1,
          rects: [],
          quote: { type: 'TextQuoteSelector' as const, exact: first.exact ?? first.quote, prefix: first.prefix ?? '', suffix: first.suffix ?? '' },
          position: first.textPosition ? { type: 'TextPositionSelector' as const, ...first.textPosition } : null,
        },
      ],
    };
  });
}

/** Page boxes of the pages that hold area highlights; a PDF pdf.js cannot open gives none. */
async function pageBoxes(bundle: EvidenceBundle, passages: readonly EvidencePassage[]): Promise<Map<string, PageBox>> {
  const out = new Map<string, PageBox>();
  for (const [docId, bytes] of Object.entries(bundle.areaPdfs ?? {})) {
    const pages = passages.filter((p) => p.kind === 'area' && p.document.id === docId).flatMap((p) => p.targets.map((t) => t.pageIndex));
    for (const [i, box] of await readPageBoxes(bytes, pages)) out.set(`${docId}|${i}`, box);
  }
  return out;
}

export async function writeJsonLd(bundle: EvidenceBundle, progress: ExportProgress, options: Pick<ExportOptions, 'style' | 'locale' | 'language'> = {}): Promise<Uint8Array> {
  const engine = citationEngineFor(options);
  const describe = (p: EvidencePassage) => quoteWithCitation(engine, p);
  const passages = bundle.passages ?? passagesFromRows(bundle.rows);
  const boxes = await pageBoxes(bundle, passages);
  const items: Array<Record<string, unknown>> = [];
  for (const p of passages) {
    items.push(annotationOf(p, (docId, pageIndex) => boxes.get(`${docId}|${pageIndex}`), describe));
    await progress.row(items.length, passages.length);
  }
  // A stable id: the same project exported at the same moment gets the same collection id.
  const digest = createHash('sha256').update(`${bundle.projectName}\u0000${bundle.generatedAt}`).digest('hex');
  const id = `urn:glossa:export:${digest.slice(0, 32)}`;
  const collection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: bundle.projectName,
    generated: bundle.generatedAt,
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', partOf: { id, total: items.length }, startIndex: 0, items },
  };
  progress.check();
  return new TextEncoder().encode(`${JSON.stringify(collection, null, 2)}\n`);
}
