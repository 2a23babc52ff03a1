// Imports a .qdpx from another tool into a NEW project. The archive is checked first
// (safe-zip.ts), project.qde parsed without DTDs (safe-xml.ts), source paths limited to
// internal:// (qdpx-model.ts). Mapped: PDF sources (bytes; page texts from the text
// representation when it splits into one part per page at form feeds, else extracted with
// pdf.js), plain-text sources (made into a PDF, text-to-pdf.ts), codes, PlainTextSelections (text highlights), PDFSelections (their rectangle joins
// the text highlight with the same quote on that page, else an area highlight), codings,
// notes (memos and highlight comments), users (coders) and variables that match Glossa's
// attributes. Everything else is reported as a warning. The project is built under a temp
// name in the destination folder and renamed only when the import succeeded.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { codePointIndex } from '../../../shared/anchoring/code-points';
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import type { QdpxImportResult } from '../../../shared/domain/share';
import { COUNTRIES, DOCUMENT_TYPES, LANGUAGES, ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { upsertCoder } from '../../db/repositories/coders';
import { findDocumentBySha, insertDocument } from '../../db/repositories/documents';
import { appendHistory } from '../../db/repositories/history';
import * as repo from '../../db/repositories/merge';
import { pdfError } from '../../pdf/pdf-errors';
import { classifyPdfError, extractPageText, openPdf, readMetadata } from '../../pdf/pdfjs-node';
import { sniffPdf } from '../../pdf/pdf-sniff';
import { splitDescription } from '../codebook/qdc-description';
import { computeSortIndex } from '../coding/annotations';
import { CODE_PALETTE } from '../coding/code-tree';
import { closeProject, createProject } from '../project/project-file';
import { PAGE_SEPARATOR } from './qdpx-xml';
import { type QdeCode, type QdeModel, type QdePdfSource, readModel } from './qdpx-model';
import { openSafeZip, type SafeZip } from './safe-zip';
import { findIgnoringSpace, textToPdf } from './text-to-pdf';
import { parseQde } from './safe-xml';
import { pageLabelsAtImport } from '../documents/prefill-metadata';

const CONTEXT = 32;

function normaliseColor(v: string | null, i: number): string {
  const m = v ? /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(v.trim()) : null;
  if (!m) return CODE_PALETTE[i % CODE_PALETTE.length];
  const hex = m[1].toLowerCase();
  return '#' + (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex);
}

async function entry(zip: SafeZip, name: string): Promise<Buffer | null> {
  const stored = zip.names.get(`sources/${name}`.toLowerCase());
  return stored ? zip.read(stored) : null;
}

export async function importQdpx(qdpxPath: string, projectPath: string, opts: { coder: Coder }): Promise<QdpxImportResult> {
  const dest = path.resolve(projectPath);
  if (fs.existsSync(dest)) throw new GlossaError('project.alreadyExists', `A file already exists at ${dest}`, { path: dest });
  const zip = await openSafeZip(path.resolve(qdpxPath));
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.${randomUUID()}.importing`);
  try {
    const qdeName = zip.names.get('project.qde');
    if (!qdeName) throw new GlossaError('qdpx.badArchive', 'This .qdpx file has no project.qde; it is not a REFI-QDA project.');
    const model = readModel(parseQde((await zip.read(qdeName)).toString('utf8').replace(/^\uFEFF/, '')));
    const handle = createProject(tmp, model.name || path.basename(dest, path.extname(dest)));
    let result: QdpxImportResult;
    try {
      result = await fill(handle.db, zip, model, opts.coder);
    } finally {
      closeProject(handle);
    }
    fs.renameSync(tmp, dest);
    return { ...result, path: dest };
  } catch (err) {
    for (const s of ['', '-wal', '-shm', '-journal']) fs.rmSync(tmp + s, { force: true });
    throw err;
  } finally {
    zip.close();
  }
}

interface DocPages {
  id: string;
  pages: string[];
  /** Code-point start of each page in the representation (pages joined by form feeds). */
  starts: number[];
  lengths: number[];
  joined: string;
  /** True when the representation is exactly our pages (offsets map directly). */
  direct: boolean;
  repText: string | null;
}

async function pageTexts(
  bytes: Uint8Array,
  repText: string | null,
): Promise<{ pages: string[]; direct: boolean; title: string; pageLabels: string[] | null }> {
  const pdf = await openPdf(new Uint8Array(bytes));
  try {
    const meta = await readMetadata(pdf);
    const split = repText?.split(PAGE_SEPARATOR);
    if (split && split.length === pdf.numPages) return { pages: split, direct: true, title: meta.title, pageLabels: meta.pageLabels };
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) pages.push(await extractPageText(pdf, i));
    return { pages, direct: false, title: meta.title, pageLabels: meta.pageLabels };
  } finally {
    await pdf.destroy();
  }
}

function attributes(src: QdePdfSource, warnings: string[]) {
  const get = (name: string) => src.variables.get(name) ?? '';
  const vocab = (name: string, list: readonly string[]) => {
    const v = get(name);
    if (v && !list.includes(v)) warnings.push(`"${src.name}": ${name} "${v}" is not one of Glossa's values and was left empty.`);
    return list.includes(v) ? v : '';
  };
  const yearText = get('Year');
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const countries = get('Countries').split(/[;,]/).map((c) => c.trim()).filter(Boolean);
  const bad = countries.filter((c) => !COUNTRIES.includes(c as never));
  if (bad.length) warnings.push(`"${src.name}": countries ${bad.join(', ')} are not in Glossa's list and were left out.`);
  return {
    organisation: vocab('Organisation', ORGANISATIONS),
    countries: countries.filter((c) => COUNTRIES.includes(c as never)),
    year: year !== null && year >= 1800 && year <= new Date().getUTCFullYear() + 1 ? year : null,
    docType: vocab('Document type', DOCUMENT_TYPES),
    language: vocab('Language', LANGUAGES),
    author: get('Author').slice(0, 2000),
  };
}

async function fill(db: Db, zip: SafeZip, model: QdeModel, coder: Coder): Promise<QdpxImportResult> {
  const warnings = [...model.warnings];
  const now = new Date().toISOString();
  const counts = { documents: 0, codes: 0, annotations: 0, codings: 0, memos: 0, coders: 0 };
  const noteText = async (guid: string): Promise<string | null> => {
    const n = model.notes.get(guid);
    if (!n) return null;
    if (n.text !== null) return n.text;
    return n.textFile ? ((await entry(zip, n.textFile))?.toString('utf8') ?? null) : null;
  };
  const usedNotes = new Set<string>();
  const notesBody = async (refs: string[]) => {
    const parts: string[] = [];
    for (const r of refs) {
      const t = await noteText(r);
      if (t !== null && t.trim() !== '') {
        parts.push(t);
        usedNotes.add(r);
      }
    }
    return parts.join('\n\n');
  };

  // Sources first (async reads and pdf.js), then one transaction for everything else.
  const docs = new Map<string, DocPages>();
  for (const src of model.sources) {
    const sourceText = src.textFile ? ((await entry(zip, src.textFile))?.toString('utf8') ?? null) : src.textContent;
    const bytes = src.kind === 'text' ? (sourceText === null ? null : await textToPdf(src.name, sourceText)) : await entry(zip, src.pdfFile);
    if (!bytes) {
      warnings.push(`"${src.name}" was not imported: its ${src.kind === 'text' ? 'text' : `PDF (${src.pdfFile})`} is missing from the archive.`);
      continue;
    }
    try {
      sniffPdf(bytes, src.name);
      const repText = sourceText;
      // pdf.js throws its own exceptions for PDFs that pass the format sniff but cannot be
      // parsed: turn them into the import's message so one bad source is skipped and reported.
      const { pages, direct, pageLabels } = await pageTexts(bytes, src.kind === 'text' ? null : repText).catch((err: unknown) => {
        throw err instanceof GlossaError ? err : pdfError(classifyPdfError(err), src.name, err instanceof Error ? err.message : String(err));
      });
      const sha = createHash('sha256').update(bytes).digest('hex');
      const existing = findDocumentBySha(db, sha);
      if (existing) {
        warnings.push(`"${src.name}" is the same PDF as "${existing.title}"; its selections were added to that document.`);
      }
      const id =
        existing?.id ??
        insertDocument(
          db,
          { sha256: sha, fileName: src.kind === 'text' ? `${src.name || 'text'}.pdf` : src.pdfFile, title: (src.name.replace(/\.pdf$/i, '').trim() || src.pdfFile).slice(0, 2000), pageCount: pages.length, byteSize: bytes.byteLength, pdfDate: null, ...attributes(src, warnings),
            // REFI-QDA has no page labels: read them from the PDF again, as an import does.
            pageLabels: pageLabelsAtImport(pageLabels, pages) },
          pages,
          bytes,
        ).id;
      if (!existing) counts.documents++;
      const lengths = pages.map((p) => codePointIndex(p).codePointLength);
      const starts: number[] = [];
      lengths.reduce((acc, len) => (starts.push(acc), acc + len + 1), 0);
      docs.set(src.guid, { id, pages, starts, lengths, joined: pages.join(PAGE_SEPARATOR), direct, repText });
    } catch (err) {
      if (!(err instanceof GlossaError)) throw err;
      warnings.push(`"${src.name}" was not imported: ${err.message}`);
    }
  }
  const memoBodies = {
    project: await notesBody(model.projectNoteRefs),
    documents: new Map<string, string>(),
    codes: new Map<string, string>(),
    annotations: new Map<string, string>(),
  };
  for (const src of model.sources) if (docs.has(src.guid)) memoBodies.documents.set(docs.get(src.guid)!.id, await notesBody(src.noteRefs));
  const walk = async (codes: QdeCode[]) => {
    for (const c of codes) {
      memoBodies.codes.set(c.guid, await notesBody(c.noteRefs));
      await walk(c.children);
    }
  };
  await walk(model.codes);
  for (const src of model.sources) for (const s of [...src.textSelections, ...src.pdfSelections]) memoBodies.annotations.set(s.guid, await notesBody(s.noteRefs));
  const leftover: string[] = [];
  for (const [guid, n] of model.notes) if (!usedNotes.has(guid)) leftover.push(`${n.name ? `${n.name}\n` : ''}${(await noteText(guid)) ?? ''}`);
  if (leftover.length) warnings.push(`${leftover.length} notes not attached to anything Glossa keeps were added to the project memo.`);

  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    repo.deleteAllCodes(db); // the new project's default codebook: the file brings its own
    upsertCoder(db, coder, now);
    model.users.forEach((u, i) => {
      repo.insertCoderIfMissing(db, { id: u.guid, name: u.name.slice(0, 200), color: CODE_PALETTE[(i + 3) % CODE_PALETTE.length], first_seen_at: now });
      counts.coders++;
    });
    const coderIds = new Set([coder.id, ...model.users.map((u) => u.guid)]);
    const who = (g: string | null) => (g && coderIds.has(g) ? g : coder.id);
    const codeIds = new Set<string>();
    let colorIndex = 0;
    const insertCodes = (codes: QdeCode[], parent: string | null) => {
      codes.forEach((c, position) => {
        if (codeIds.has(c.guid)) return warnings.push(`Code "${c.name}" appears twice; the second was skipped.`);
        const notes = splitDescription(c.description);
        repo.upsertCodeRaw(db, {
          id: c.guid, parent_id: parent, name: c.name.replace(/\s+/g, ' ').slice(0, 200), localized_names: '{}', color: normaliseColor(c.color, colorIndex++),
          definition: notes.definition, inclusion: notes.inclusion, exclusion: notes.exclusion, position, created_at: now, updated_at: now,
        });
        codeIds.add(c.guid);
        counts.codes++;
        const memo = memoBodies.codes.get(c.guid);
        if (memo) {
          repo.putMemoRaw(db, { id: randomUUID(), target_type: 'code', target_id: c.guid, body: memo, coder_id: coder.id, created_at: now, updated_at: now });
          counts.memos++;
        }
        insertCodes(c.children, c.guid);
      });
    };
    insertCodes(model.codes, null);
    const annIds = new Set<string>();
    for (const src of model.sources) {
      const d = docs.get(src.guid);
      if (!d) continue;
      counts.annotations += importSelections(db, src, d, { who, codeIds, annIds, warnings, counts, comments: memoBodies.annotations, now });
      const memo = memoBodies.documents.get(d.id);
      if (memo) {
        repo.putMemoRaw(db, { id: randomUUID(), target_type: 'document', target_id: d.id, body: memo, coder_id: coder.id, created_at: now, updated_at: now });
        counts.memos++;
      }
    }
    const projectMemo = [memoBodies.project, ...leftover].filter((s) => s.trim() !== '').join('\n\n---\n\n');
    if (projectMemo) {
      repo.putMemoRaw(db, { id: randomUUID(), target_type: 'project', target_id: '', body: projectMemo, coder_id: coder.id, created_at: now, updated_at: now });
      counts.memos++;
    }
    appendHistory(db, { at: now, coderId: coder.id, coderName: coder.name, action: 'qdpx.import', summary: `Imported a REFI-QDA project: ${counts.documents} documents, ${counts.codes} codes, ${counts.annotations} highlights`, details: { ...counts, warnings: warnings.length } });
    if (repo.foreignKeyProblems(db) > 0) throw new GlossaError('qdpx.badXml', 'The project.qde refers to items it does not contain; nothing was imported.');
  })();
  return { path: '', ...counts, warnings };
}

interface SelectionContext {
  who: (guid: string | null) => string;
  codeIds: Set<string>;
  annIds: Set<string>;
  warnings: string[];
  counts: { codings: number };
  comments: Map<string, string>;
  now: string;
}

/** Inserts one source's selections as highlights; returns how many were created. */
function importSelections(db: Db, src: QdePdfSource, d: DocPages, ctx: SelectionContext): number {
  const created: Array<{ id: string; targets: AnnotationTarget[]; codes: Set<string>; kind: 'text' | 'area'; user: string; at: string; comment: string; orphan: boolean }> = [];
  const idFor = (g: string) => (ctx.annIds.has(g) ? randomUUID() : g);
  const codesOf = (list: Array<{ codeGuid: string }>) => {
    const out = new Set<string>();
    for (const c of list) {
      if (ctx.codeIds.has(c.codeGuid)) out.add(c.codeGuid);
      else ctx.warnings.push(`A coding in "${src.name}" refers to a code that is not in the codebook; it was skipped.`);
    }
    return out;
  };
  const joinedIndex = codePointIndex(d.joined);
  for (const s of src.textSelections) {
    let start = s.start;
    let end = s.end;
    if (!d.direct) {
      // Offsets refer to the other tool's text: find the same quote in our page texts.
      const rep = d.repText ?? '';
      const ri = codePointIndex(rep);
      const quote = start >= 0 && end > start ? rep.slice(ri.toUtf16(start), ri.toUtf16(end)) : '';
      const found = quote ? findIgnoringSpace(d.joined, quote) : null;
      start = found ? joinedIndex.toCodePoint(found[0]) : -1;
      end = found ? joinedIndex.toCodePoint(found[1]) : -1;
    }
    const targets: AnnotationTarget[] = [];
    for (let p = 0; p < d.pages.length && start >= 0; p++) {
      const s0 = Math.max(start, d.starts[p]) - d.starts[p];
      const e0 = Math.min(end, d.starts[p] + d.lengths[p]) - d.starts[p];
      if (e0 <= s0) continue;
      const idx = codePointIndex(d.pages[p]);
      const [u0, u1] = [idx.toUtf16(s0), idx.toUtf16(e0)];
      targets.push({ pageIndex: p, rects: [], quote: { type: 'TextQuoteSelector', exact: d.pages[p].slice(u0, u1), prefix: d.pages[p].slice(Math.max(0, u0 - CONTEXT), u0), suffix: d.pages[p].slice(u1, u1 + CONTEXT) }, position: { type: 'TextPositionSelector', start: s0, end: e0 } });
    }
    const orphan = targets.length === 0;
    if (orphan) {
      ctx.warnings.push(`A text selection in "${src.name}" could not be placed in the PDF's text; it was kept as an orphan highlight.`);
      targets.push({ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: `(${s.start}-${s.end})`, prefix: '', suffix: '' }, position: null });
    }
    const id = idFor(s.guid);
    ctx.annIds.add(id);
    created.push({ id, targets, codes: codesOf(s.codings), kind: 'text', user: ctx.who(s.user), at: s.at ?? ctx.now, comment: ctx.comments.get(s.guid) ?? '', orphan });
  }
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  for (const s of src.pdfSelections) {
    if (s.page < 0 || s.page >= d.pages.length) {
      ctx.warnings.push(`A PDF selection in "${src.name}" points at page ${s.page + 1}, which the PDF does not have; it was skipped.`);
      continue;
    }
    const rect = { x1: s.box[0], y1: s.box[1], x2: s.box[2], y2: s.box[3] };
    const hasRect = s.box.some((v) => v !== 0);
    const codes = codesOf(s.codings);
    const match = s.text
      ? created.find((a) => a.kind === 'text' && a.targets.some((t) => t.pageIndex === s.page && norm(t.quote?.exact ?? '') === norm(s.text)))
      : undefined;
    if (match) {
      const t = match.targets.find((x) => x.pageIndex === s.page)!;
      if (hasRect) t.rects.push(rect);
      for (const c of codes) match.codes.add(c);
      continue;
    }
    const id = idFor(s.guid);
    ctx.annIds.add(id);
    created.push({ id, targets: [{ pageIndex: s.page, rects: hasRect ? [rect] : [], quote: s.text ? { type: 'TextQuoteSelector', exact: s.text, prefix: '', suffix: '' } : null, position: null }], codes, kind: hasRect ? 'area' : 'text', user: ctx.who(s.user), at: s.at ?? ctx.now, comment: ctx.comments.get(s.guid) ?? '', orphan: false });
  }
  for (const a of created) {
    repo.upsertAnnotationRaw(db, {
      id: a.id, document_id: d.id, kind: a.kind, targets: JSON.stringify(a.targets), color: null, comment: a.comment, sort_index: computeSortIndex(a.targets),
      anchor_status: a.orphan ? 'orphan' : 'anchored', coder_id: a.user, created_at: a.at, updated_at: ctx.now,
    });
    for (const c of a.codes) repo.insertCodingRaw(db, { annotation_id: a.id, code_id: c, coder_id: a.user, created_at: a.at });
    ctx.counts.codings += a.codes.size;
  }
  return created.length;
}
