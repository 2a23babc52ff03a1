// One document as a REFI-QDA PDFSource, as NVivo, ATLAS.ti and MAXQDA expect it: each
// highlight is ONE coded selection, so the other tool counts it once.
//   - A text highlight is a PlainTextSelection on the text representation (code points of
//     the pages joined by form feeds, the spec's counting) — the exact characters, on every
//     line and page it spans. It gets no PDFSelection besides: a PDFSelection holds one
//     rectangle, so writing its lines as regions too would count the coding once per line.
//   - An area highlight is a PDFSelection per page it covers (its rectangle in PDF points);
//     a text highlight that lost its text position (an orphan kept with its rectangles) is
//     written the same way, one PDFSelection per line. Zero-size rectangles are not written.
// Comments are Notes (noteFor) referred to by a NoteRef, and also the selection's Description,
// which is where MAXQDA and QualCoder read a coding's comment; the document memo is likewise a
// NoteRef and the Representation's Description (QualCoder's source memo). Codings keep coder
// and time.
import { codePointIndex } from '../../../shared/anchoring/code-points';
import type { Annotation, AnnotationTarget } from '../../../shared/domain/annotation';
import type { DocumentMeta as Document } from '../../../shared/domain/document';
import { uuidFrom } from '../share/merge-items';
import { attrs, guid, text, VARIABLES, variableGuid } from './qdpx-xml';

export interface CodingMeta {
  coder_id: string;
  created_at: string;
}

export interface SourceXmlInput {
  doc: Document;
  pages: string[];
  annotations: Annotation[];
  codingMeta: Map<string, CodingMeta>;
  /** Adds a Note and returns its guid. */
  noteFor(id: string, name: string, body: string, user: string, at: string): string;
  memo: { id: string; body: string; coder_id: string; updated_at: string } | undefined;
  pdfName: string;
  textName: string;
  repGuid: string;
}

export interface SourceXmlCounts {
  selections: number;
  codings: number;
  /** Highlights with neither a text position nor a rectangle: nothing another tool could show. */
  unplaceable: number;
}

function codingXml(a: Annotation, input: SourceXmlInput, counts: SourceXmlCounts, pad: string): string[] {
  return a.codeIds.map((codeId) => {
    const c = input.codingMeta.get(`${a.id}|${codeId}`);
    counts.codings++;
    return `${pad}<Coding${attrs({ guid: uuidFrom('glossa-coding', a.id, codeId), creatingUser: guid(c?.coder_id ?? a.coderId), creationDateTime: c?.created_at ?? a.createdAt })}><CodeRef targetGUID="${guid(codeId)}"/></Coding>`;
  });
}

function description(body: string, pad: string): string[] {
  return body ? [`${pad}<Description>${text(body)}</Description>`] : [];
}

function commentRef(a: Annotation, input: SourceXmlInput, pad: string): string[] {
  if (!a.comment) return [];
  return [`${pad}<NoteRef targetGUID="${input.noteFor(uuidFrom('glossa-comment', a.id), 'Comment on highlight', a.comment, a.coderId, a.updatedAt)}"/>`];
}

/** Rectangles of a target merged per line (same baseline band), non-zero size, integer points. */
export function lineBoxes(t: AnnotationTarget): Array<[number, number, number, number]> {
  const lines: Array<[number, number, number, number]> = [];
  for (const r of [...t.rects].sort((p, q) => q.y1 - p.y1 || p.x1 - q.x1)) {
    const box: [number, number, number, number] = [Math.floor(Math.min(r.x1, r.x2)), Math.floor(Math.min(r.y1, r.y2)), Math.ceil(Math.max(r.x1, r.x2)), Math.ceil(Math.max(r.y1, r.y2))];
    if (box[2] <= box[0] || box[3] <= box[1]) continue;
    const last = lines[lines.length - 1];
    const sameLine = last && Math.min(last[3], box[3]) - Math.max(last[1], box[1]) > 0.5 * Math.min(last[3] - last[1], box[3] - box[1]);
    if (sameLine) lines[lines.length - 1] = [Math.min(last[0], box[0]), Math.min(last[1], box[1]), Math.max(last[2], box[2]), Math.max(last[3], box[3])];
    else lines.push(box);
  }
  return lines;
}

function pdfSelections(a: Annotation, input: SourceXmlInput, counts: SourceXmlCounts): string[] {
  const out: string[] = [];
  let first = true;
  for (const t of a.targets) {
    // An area is one rectangle a page; an orphaned text highlight keeps one per line.
    const lines = lineBoxes(t);
    const boxes = a.kind === 'area' && lines.length > 0 ? [boundingBox(lines)] : lines;
    for (const [i, box] of boxes.entries()) {
      const quote = first ? (t.quote?.exact ?? '') : '';
      counts.selections++;
      const head = `      <PDFSelection${attrs({ guid: first ? guid(a.id) : uuidFrom('glossa-pdf-selection', a.id, String(t.pageIndex), String(i)), name: quote.slice(0, 100), page: t.pageIndex, firstX: box[0], firstY: box[1], secondX: box[2], secondY: box[3], creatingUser: guid(a.coderId), creationDateTime: a.createdAt, modifiedDateTime: a.updatedAt })}>`;
      out.push(head, ...(first ? description(a.comment, '        ') : []));
      if (quote) out.push(`        <Representation guid="${uuidFrom('glossa-pdf-selection-text', a.id)}"><PlainTextContent>${text(quote)}</PlainTextContent></Representation>`);
      // The codings and the comment go on the highlight's first selection only: one coding a highlight.
      if (first) out.push(...codingXml(a, input, counts, '        '), ...commentRef(a, input, '        '));
      out.push('      </PDFSelection>');
      first = false;
    }
  }
  if (first) counts.unplaceable++;
  return out;
}

function boundingBox(boxes: Array<[number, number, number, number]>): [number, number, number, number] {
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

function plainTextSelection(a: Annotation, placed: AnnotationTarget[], pageStarts: number[], input: SourceXmlInput, counts: SourceXmlCounts): string[] {
  const first = placed[0];
  const last = placed[placed.length - 1];
  const start = pageStarts[first.pageIndex] + first.position!.start;
  const end = pageStarts[last.pageIndex] + last.position!.end;
  counts.selections++;
  return [
    `        <PlainTextSelection${attrs({ guid: guid(a.id), name: placed.map((t) => t.quote?.exact ?? '').join(' ').slice(0, 100), startPosition: start, endPosition: end, creatingUser: guid(a.coderId), creationDateTime: a.createdAt, modifiedDateTime: a.updatedAt })}>`,
    ...description(a.comment, '          '),
    ...codingXml(a, input, counts, '          '),
    ...commentRef(a, input, '          '),
    '        </PlainTextSelection>',
  ];
}

export function variableValues(d: Document, pad = '      '): string[] {
  const out: string[] = [];
  for (const v of VARIABLES) {
    const raw = v.key === 'countries' ? d.countries.join('; ') : d[v.key];
    if (raw === null || raw === '') continue;
    const value = v.type === 'Integer' ? `<IntegerValue>${raw}</IntegerValue>` : `<TextValue>${text(String(raw))}</TextValue>`;
    out.push(`${pad}<VariableValue><VariableRef targetGUID="${variableGuid(v.name)}"/>${value}</VariableValue>`);
  }
  return out;
}

/** The <PDFSource> element of one document. */
export function sourceXml(input: SourceXmlInput, counts: SourceXmlCounts): string[] {
  const { doc: d, pages } = input;
  const docGuid = guid(d.id);
  const pageStarts: number[] = [];
  let offset = 0;
  for (const p of pages) {
    pageStarts.push(offset);
    offset += codePointIndex(p).codePointLength + 1; // + the form feed
  }
  const textual = (a: Annotation) => (a.kind === 'text' ? a.targets.filter((t) => t.position && t.pageIndex < pages.length) : []);
  const out = [`    <PDFSource${attrs({ guid: docGuid, name: d.title, path: `internal://${input.pdfName}`, creationDateTime: d.importedAt, modifiedDateTime: d.updatedAt })}>`];
  if (d.fileName !== d.title) out.push(`      <Description>${text(`File: ${d.fileName}`)}</Description>`);
  for (const a of input.annotations) if (textual(a).length === 0) out.push(...pdfSelections(a, input, counts));
  out.push(`      <Representation${attrs({ guid: input.repGuid, name: `Text of ${d.title}`, plainTextPath: `internal://${input.textName}` })}>`, ...description(input.memo?.body ?? '', '        '));
  for (const a of input.annotations) {
    const placed = textual(a);
    if (placed.length > 0) out.push(...plainTextSelection(a, placed, pageStarts, input, counts));
  }
  out.push('      </Representation>');
  if (input.memo) out.push(`      <NoteRef targetGUID="${input.noteFor(input.memo.id, `Memo: ${d.title}`, input.memo.body, input.memo.coder_id, input.memo.updated_at)}"/>`);
  out.push(...variableValues(d), '    </PDFSource>');
  return out;
}
