// Exports the project as REFI-QDA 1.5 (.qdpx): a ZIP with project.qde (urn:QDA-XML:project:1.0,
// valid against Project-mrt2019.xsd) and sources/ (lower case): each PDF as a PDFSource with
// its bytes (internal://<guid>.pdf) and a UTF-8 text representation (internal://<guid>.txt,
// pages separated by form feeds). Each highlight becomes one PDFSelection per page it spans
// (bounding box of its rectangles in PDF points from the bottom-left, as the spec says, with
// the quote as its representation) and one PlainTextSelection on the text representation
// (code-point offsets); both carry the highlight's codings. Memos and highlight comments are
// Notes; coders are Users; document attributes are Variables with VariableValues.
// The archive is written to a temp file next to the target and renamed when complete.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import packageJson from '../../../package.json';
import { codePointIndex } from '../../../shared/anchoring/code-points';
import type { Annotation } from '../../../shared/domain/annotation';
import type { Code, CodeLang } from '../../../shared/domain/code';
import type { QdpxExportResult } from '../../../shared/domain/share';
import type { Db } from '../../db/connection';
import { listAnnotations } from '../../db/repositories/annotations';
import { listCoders } from '../../db/repositories/coders';
import { listCodes } from '../../db/repositories/codes';
import { getPdfBytes, listDocuments } from '../../db/repositories/documents';
import { readAllMeta } from '../../db/repositories/meta';
import { readCodingRows, readMemoRows, readPageTexts } from '../../db/repositories/merge';
import { exportedCode } from '../codebook/qdc-description';
import { childrenMap } from '../coding/code-tree';
import { uuidFrom } from '../share/merge-items';
import { attrs, guid, PAGE_SEPARATOR, QDE_NAMESPACE, text, VARIABLES, variableGuid } from './qdpx-xml';

interface Note {
  guid: string;
  name: string;
  body: string;
  user: string;
  at: string;
}

export function buildQde(db: Db, lang: CodeLang = 'en'): { xml: string; sources: Array<{ name: string; data: Buffer }>; result: Omit<QdpxExportResult, 'path'> } {
  const meta = readAllMeta(db);
  const coders = listCoders(db);
  const codes = listCodes(db);
  const docs = listDocuments(db);
  const annotations = listAnnotations(db);
  const codingMeta = new Map(readCodingRows(db).map((c) => [`${c.annotation_id}|${c.code_id}`, c]));
  const memos = readMemoRows(db);
  const notes: Note[] = [];
  const noteFor = (targetType: string, targetId: string) => memos.find((m) => m.target_type === targetType && m.target_id === targetId);
  const addNote = (id: string, name: string, body: string, user: string, at: string): string => {
    notes.push({ guid: guid(id), name, body, user: guid(user), at });
    return guid(id);
  };
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  out.push(`<Project xmlns="${QDE_NAMESPACE}"${attrs({ name: meta.name || 'Glossa project', origin: `Glossa ${packageJson.version}`, creationDateTime: meta.created_at })}>`);
  if (coders.length > 0) {
    out.push('  <Users>');
    for (const c of coders) out.push(`    <User${attrs({ guid: guid(c.id), name: c.name })}/>`);
    out.push('  </Users>');
  }
  const sel = { selections: 0, codings: 0 };
  if (codes.length > 0) {
    const kids = childrenMap(codes);
    out.push('  <CodeBook>', '    <Codes>');
    const write = (c: Code, depth: number) => {
      const pad = '  '.repeat(depth + 3);
      const { name, description: desc } = exportedCode(c, lang);
      const memo = noteFor('code', c.id);
      const inner = kids.get(c.id) ?? [];
      const head = `${pad}<Code${attrs({ guid: guid(c.id), name, isCodable: 'true', color: c.color.toUpperCase() })}`;
      if (!desc && !memo && inner.length === 0) return void out.push(`${head}/>`);
      out.push(`${head}>`);
      if (desc) out.push(`${pad}  <Description>${text(desc)}</Description>`);
      if (memo) out.push(`${pad}  <NoteRef targetGUID="${addNote(memo.id, `Memo: ${name}`, memo.body, memo.coder_id, memo.updated_at)}"/>`);
      for (const k of inner) write(k, depth + 1);
      out.push(`${pad}</Code>`);
    };
    for (const c of kids.get(null) ?? []) write(c, 0);
    out.push('    </Codes>', '  </CodeBook>');
  }
  out.push('  <Variables>');
  for (const v of VARIABLES) out.push(`    <Variable${attrs({ guid: variableGuid(v.name), name: v.name, typeOfVariable: v.type })}/>`);
  out.push('  </Variables>');

  const sources: Array<{ name: string; data: Buffer }> = [];
  const byDoc = new Map<string, Annotation[]>();
  for (const a of annotations) byDoc.set(a.documentId, [...(byDoc.get(a.documentId) ?? []), a]);
  if (docs.length > 0) out.push('  <Sources>');
  for (const d of docs) {
    const docGuid = guid(d.id);
    const repGuid = uuidFrom('glossa-representation', d.id);
    const pages = readPageTexts(db, d.id);
    const pageStarts: number[] = [];
    let offset = 0;
    for (const p of pages) {
      pageStarts.push(offset);
      offset += codePointIndex(p).codePointLength + 1; // + the form feed
    }
    sources.push({ name: `sources/${docGuid}.pdf`, data: Buffer.from(getPdfBytes(db, d.id)) });
    sources.push({ name: `sources/${repGuid}.txt`, data: Buffer.from(pages.join(PAGE_SEPARATOR), 'utf8') });
    out.push(`    <PDFSource${attrs({ guid: docGuid, name: d.title, path: `internal://${docGuid}.pdf`, creationDateTime: d.importedAt, modifiedDateTime: d.updatedAt })}>`);
    if (d.fileName !== d.title) out.push(`      <Description>${text(`File: ${d.fileName}`)}</Description>`);
    const anns = byDoc.get(d.id) ?? [];
    const codingXml = (a: Annotation, salt: string, pad: string) =>
      a.codeIds.map((codeId) => {
        const c = codingMeta.get(`${a.id}|${codeId}`);
        sel.codings++;
        return `${pad}<Coding${attrs({ guid: uuidFrom('glossa-coding', a.id, codeId, salt), creatingUser: guid(c?.coder_id ?? a.coderId), creationDateTime: c?.created_at ?? a.createdAt })}><CodeRef targetGUID="${guid(codeId)}"/></Coding>`;
      });
    const commentRef = (a: Annotation) => (a.comment ? addNote(uuidFrom('glossa-comment', a.id), `Comment on highlight`, a.comment, a.coderId, a.updatedAt) : null);
    const commentGuids = new Map<string, string | null>(anns.map((a) => [a.id, commentRef(a)]));
    for (const a of anns) {
      for (const t of a.targets) {
        const xs = t.rects.flatMap((r) => [r.x1, r.x2]);
        const ys = t.rects.flatMap((r) => [r.y1, r.y2]);
        const box = xs.length ? [Math.floor(Math.min(...xs)), Math.floor(Math.min(...ys)), Math.ceil(Math.max(...xs)), Math.ceil(Math.max(...ys))] : [0, 0, 0, 0];
        const quote = t.quote?.exact ?? '';
        sel.selections++;
        out.push(`      <PDFSelection${attrs({ guid: uuidFrom('glossa-pdf-selection', a.id, String(t.pageIndex)), name: quote.slice(0, 100), page: t.pageIndex, firstX: box[0], firstY: box[1], secondX: box[2], secondY: box[3], creatingUser: guid(a.coderId), creationDateTime: a.createdAt, modifiedDateTime: a.updatedAt })}>`);
        if (quote) out.push(`        <Representation guid="${uuidFrom('glossa-pdf-selection-text', a.id, String(t.pageIndex))}"><PlainTextContent>${text(quote)}</PlainTextContent></Representation>`);
        out.push(...codingXml(a, `pdf${t.pageIndex}`, '        '));
        const note = commentGuids.get(a.id);
        if (note) out.push(`        <NoteRef targetGUID="${note}"/>`);
        out.push('      </PDFSelection>');
      }
    }
    out.push(`      <Representation${attrs({ guid: repGuid, name: `Text of ${d.title}`, plainTextPath: `internal://${repGuid}.txt` })}>`);
    for (const a of anns) {
      const placed = a.targets.filter((t) => t.position && t.pageIndex < pages.length);
      if (a.kind !== 'text' || placed.length === 0) continue;
      const first = placed[0];
      const last = placed[placed.length - 1];
      const start = pageStarts[first.pageIndex] + first.position!.start;
      const end = pageStarts[last.pageIndex] + last.position!.end;
      sel.selections++;
      out.push(`        <PlainTextSelection${attrs({ guid: guid(a.id), name: placed.map((t) => t.quote?.exact ?? '').join(' ').slice(0, 100), startPosition: start, endPosition: end, creatingUser: guid(a.coderId), creationDateTime: a.createdAt, modifiedDateTime: a.updatedAt })}>`);
      out.push(...codingXml(a, 'text', '          '));
      const note = commentGuids.get(a.id);
      if (note) out.push(`          <NoteRef targetGUID="${note}"/>`);
      out.push('        </PlainTextSelection>');
    }
    out.push('      </Representation>');
    const memo = noteFor('document', d.id);
    if (memo) out.push(`      <NoteRef targetGUID="${addNote(memo.id, `Memo: ${d.title}`, memo.body, memo.coder_id, memo.updated_at)}"/>`);
    for (const v of VARIABLES) {
      const raw = v.key === 'countries' ? d.countries.join('; ') : d[v.key];
      if (raw === null || raw === '') continue;
      const value = v.type === 'Integer' ? `<IntegerValue>${raw}</IntegerValue>` : `<TextValue>${text(String(raw))}</TextValue>`;
      out.push(`      <VariableValue><VariableRef targetGUID="${variableGuid(v.name)}"/>${value}</VariableValue>`);
    }
    out.push('    </PDFSource>');
  }
  if (docs.length > 0) out.push('  </Sources>');
  const projectMemo = noteFor('project', '');
  const projectNote = projectMemo ? addNote(projectMemo.id, 'Project memo', projectMemo.body, projectMemo.coder_id, projectMemo.updated_at) : null;
  if (notes.length > 0) {
    out.push('  <Notes>');
    for (const n of notes) {
      out.push(`    <Note${attrs({ guid: n.guid, name: n.name, creatingUser: n.user, creationDateTime: n.at })}><PlainTextContent>${text(n.body)}</PlainTextContent></Note>`);
    }
    out.push('  </Notes>');
  }
  if (projectNote) out.push(`  <NoteRef targetGUID="${projectNote}"/>`);
  out.push('</Project>', '');
  return { xml: out.join('\n'), sources, result: { sources: docs.length, codes: codes.length, selections: sel.selections, codings: sel.codings, notes: notes.length } };
}

export async function exportQdpx(db: Db, destPath: string, lang: CodeLang = 'en'): Promise<QdpxExportResult> {
  const dest = path.resolve(destPath);
  const { xml, sources, result } = buildQde(db, lang);
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.${randomUUID()}.tmp`);
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(xml, 'utf8'), 'project.qde');
  // PDFs are already compressed: storing them saves time and costs a few percent of size.
  for (const s of sources) zip.addBuffer(s.data, s.name, { compress: s.name.endsWith('.txt') });
  try {
    await new Promise<void>((resolve, reject) => {
      const out = fs.createWriteStream(tmp);
      out.on('error', reject);
      out.on('close', () => resolve());
      zip.outputStream.on('error', reject).pipe(out);
      zip.end();
    });
    fs.renameSync(tmp, dest);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  return { path: dest, ...result };
}
