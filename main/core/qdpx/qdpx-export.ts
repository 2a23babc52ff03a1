// Exports the project as REFI-QDA 1.5 (.qdpx): a ZIP with project.qde (urn:QDA-XML:project:1.0,
// valid against Project-mrt2019.xsd) and sources/ (lower case): each PDF as a PDFSource with
// its bytes (internal://<guid>.pdf) and a UTF-8 text representation (internal://<guid>.txt,
// pages separated by form feeds). Each highlight is one coded selection (qde-source-xml.ts):
// a text highlight a PlainTextSelection on the representation, an area a PDFSelection.
// Memos and highlight comments are Notes with NoteRefs on the project, sources, codes and
// selections; coders are Users; document attributes are Variables with VariableValues.
// The archive is written to a temp file next to the target and renamed when complete.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import packageJson from '../../../package.json';
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
import { sourceXml, type SourceXmlCounts, variableValues } from './qde-source-xml';
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
  // Lookups by key, not by scanning: 10,000 commented codings scanned the notes for each new
  // one (O(n^2), guid() per comparison: 4 of the export's 5 s).
  const memoByTarget = new Map<string, (typeof memos)[number]>();
  for (const m of memos) {
    const key = `${m.target_type}|${m.target_id}`;
    if (!memoByTarget.has(key)) memoByTarget.set(key, m);
  }
  const noteFor = (targetType: string, targetId: string) => memoByTarget.get(`${targetType}|${targetId}`);
  const noteGuids = new Set<string>();
  const addNote = (id: string, name: string, body: string, user: string, at: string): string => {
    const g = guid(id);
    if (!noteGuids.has(g)) {
      noteGuids.add(g);
      notes.push({ guid: g, name, body, user: guid(user), at });
    }
    return g;
  };
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  out.push(`<Project xmlns="${QDE_NAMESPACE}"${attrs({ name: meta.name || 'Glossa project', origin: `Glossa ${packageJson.version}`, creationDateTime: meta.created_at })}>`);
  if (coders.length > 0) {
    out.push('  <Users>');
    for (const c of coders) out.push(`    <User${attrs({ guid: guid(c.id), name: c.name })}/>`);
    out.push('  </Users>');
  }
  const sel: SourceXmlCounts = { selections: 0, codings: 0, unplaceable: 0 };
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
  // MAXQDA and QualCoder read a document's attributes from an unnamed Case with one SourceRef.
  const cases = docs.map((d) => ({ d, values: variableValues(d, '      ') })).filter((c) => c.values.length > 0);
  if (cases.length > 0) {
    out.push('  <Cases>');
    for (const { d, values } of cases) out.push(`    <Case guid="${uuidFrom('glossa-attributes-case', d.id)}">`, ...values, `      <SourceRef targetGUID="${guid(d.id)}"/>`, '    </Case>');
    out.push('  </Cases>');
  }

  const sources: Array<{ name: string; data: Buffer }> = [];
  const byDoc = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byDoc.get(a.documentId);
    if (list) list.push(a);
    else byDoc.set(a.documentId, [a]);
  }
  if (docs.length > 0) out.push('  <Sources>');
  for (const d of docs) {
    const docGuid = guid(d.id);
    const repGuid = uuidFrom('glossa-representation', d.id);
    const pages = readPageTexts(db, d.id);
    sources.push({ name: `sources/${docGuid}.pdf`, data: Buffer.from(getPdfBytes(db, d.id)) });
    sources.push({ name: `sources/${repGuid}.txt`, data: Buffer.from(pages.join(PAGE_SEPARATOR), 'utf8') });
    out.push(...sourceXml({ doc: d, pages, annotations: byDoc.get(d.id) ?? [], codingMeta, noteFor: addNote, memo: noteFor('document', d.id), pdfName: `${docGuid}.pdf`, textName: `${repGuid}.txt`, repGuid }, sel));
  }
  if (docs.length > 0) out.push('  </Sources>');
  const projectMemo = noteFor('project', '');
  const projectNote = projectMemo ? addNote(projectMemo.id, 'Project memo', projectMemo.body, projectMemo.coder_id, projectMemo.updated_at) : null;
  if (notes.length > 0) {
    out.push('  <Notes>');
    for (const n of notes) {
      // The project memo is a text file too: QualCoder makes journals only of notes with one.
      if (n.guid === projectNote) {
        sources.push({ name: `sources/${n.guid}.txt`, data: Buffer.from(n.body, 'utf8') });
        out.push(`    <Note${attrs({ guid: n.guid, name: n.name, plainTextPath: `internal://${n.guid}.txt`, creatingUser: n.user, creationDateTime: n.at })}/>`);
      } else out.push(`    <Note${attrs({ guid: n.guid, name: n.name, creatingUser: n.user, creationDateTime: n.at })}><PlainTextContent>${text(n.body)}</PlainTextContent></Note>`);
    }
    out.push('  </Notes>');
  }
  if (projectNote) out.push(`  <NoteRef targetGUID="${projectNote}"/>`);
  out.push('</Project>', '');
  return { xml: out.join('\n'), sources, result: { sources: docs.length, codes: codes.length, selections: sel.selections, codings: sel.codings, notes: notes.length, unplaceable: sel.unplaceable } };
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
