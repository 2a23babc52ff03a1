// Imports a .qdpx from another tool into a NEW project. The archive is checked first
// (safe-zip.ts), project.qde size-checked, decoded (UTF-8 or UTF-16) and parsed without DTDs
// (safe-xml.ts), source paths limited to internal:// (qdpx-model.ts). Mapped: PDF sources
// (bytes; page texts from the text representation when it splits into one part per page at
// form feeds, else extracted by the worker pool: qdpx-sources.ts), plain-text sources (made
// into a PDF, text-to-pdf.ts), codes, PlainTextSelections (text highlights), PDFSelections
// (their rectangle joins the text highlight with the same quote on that page, else an area
// highlight), codings, notes (memos and highlight comments), users (coders) and variables
// that match Glossa's attributes. Everything else is reported as a warning. Everything is
// read first, then written in ONE transaction; the project is built under a temp name in the
// destination folder and renamed only when the import succeeded.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { codePointIndex } from '../../../shared/anchoring/code-points';
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import type { QdpxImportResult } from '../../../shared/domain/share';
import { GlossaError } from '../../../shared/errors';
import { MAX_CODE_NAME, MAX_NOTE } from '../../../shared/rules/code-rules';
import type { Db } from '../../db/connection';
import { upsertCoder } from '../../db/repositories/coders';
import { appendHistory } from '../../db/repositories/history';
import * as repo from '../../db/repositories/merge';
import { type ExtractPool, sharedExtractPool } from '../../pdf/extract-pool';
import { emptyText } from '../../../shared/codebook/code-text';
import { codeToRow } from '../../db/repositories/codes';
import { importedText } from '../codebook/qdc-description';
import { computeSortIndex } from '../coding/annotations';
import { CODE_PALETTE } from '../coding/code-tree';
import { closeProject, createProject } from '../project/project-file';
import { importingName } from '../../db/private-copies';
import { type QdeCode, type QdeModel, type QdePdfSource, readModel } from './qdpx-model';
import { type DocPages, insertSources, loadSources, sourceEntry } from './qdpx-sources';
import { openSafeZip, type SafeZip } from './safe-zip';
import { findIgnoringSpace } from './text-to-pdf';
import { decodeQde, MAX_QDE_BYTES, parseQde } from './safe-xml';

const CONTEXT = 32;

export interface QdpxImportOptions {
  coder: Coder;
  /** Defaults to the process-wide extraction pool; tests pass their own (e.g. a short timeout). */
  pool?: ExtractPool;
  /** Largest project.qde read, in bytes (default MAX_QDE_BYTES, 200 MB). */
  maxQdeBytes?: number;
}

/** A code name the codebook rules accept: control characters become spaces, at most 200 characters. */
function importedCodeName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const n = name.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_CODE_NAME).trim();
  return n || 'Unnamed code';
}

function normaliseColor(v: string | null, i: number): string {
  const m = v ? /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(v.trim()) : null;
  if (!m) return CODE_PALETTE[i % CODE_PALETTE.length];
  const hex = m[1].toLowerCase();
  return '#' + (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex);
}

async function readQde(zip: SafeZip, maxBytes: number): Promise<QdeModel> {
  const qdeName = zip.names.get('project.qde');
  if (!qdeName) throw new GlossaError('qdpx.badArchive', 'This .qdpx file has no project.qde; it is not a REFI-QDA project.');
  const size = zip.size(qdeName);
  if (size > maxBytes) {
    const mb = (n: number) => Math.ceil(n / 1024 ** 2);
    throw new GlossaError('qdpx.tooLarge', `The project.qde in this .qdpx file is ${mb(size)} MB; Glossa reads project.qde files of up to ${mb(maxBytes)} MB. Nothing was imported.`, { size: mb(size), max: mb(maxBytes) });
  }
  return readModel(parseQde(decodeQde(await zip.read(qdeName))));
}

export async function importQdpx(qdpxPath: string, projectPath: string, opts: QdpxImportOptions): Promise<QdpxImportResult> {
  const dest = path.resolve(projectPath);
  if (fs.existsSync(dest)) throw new GlossaError('project.alreadyExists', `A file already exists at ${dest}`, { path: dest });
  const zip = await openSafeZip(path.resolve(qdpxPath));
  const tmp = importingName(dest, randomUUID()); // also removes what killed imports left there
  try {
    const model = await readQde(zip, opts.maxQdeBytes ?? MAX_QDE_BYTES);
    const read = await readArchive(zip, model, opts.pool ?? sharedExtractPool());
    const handle = createProject(tmp, model.name || path.basename(dest, path.extname(dest)));
    let result: QdpxImportResult;
    try {
      result = writeProject(handle.db, model, read, opts.coder);
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

/** Everything the archive holds besides project.qde, read before the project is written. */
interface ArchiveContents {
  sources: Awaited<ReturnType<typeof loadSources>>;
  /** Memo bodies by what they are about: the project, a source guid, a code guid, a selection guid. */
  memos: { project: string; sources: Map<string, string>; codes: Map<string, string>; selections: Map<string, string> };
  /** Notes attached to nothing Glossa keeps: appended to the project memo. */
  leftover: string[];
  warnings: string[];
}

async function readArchive(zip: SafeZip, model: QdeModel, pool: ExtractPool): Promise<ArchiveContents> {
  const warnings = [...model.warnings];
  const sources = await loadSources(zip, model, pool, warnings);
  const noteText = async (guid: string): Promise<string | null> => {
    const n = model.notes.get(guid);
    if (!n) return null;
    if (n.text !== null) return n.text;
    return n.textFile ? ((await sourceEntry(zip, n.textFile))?.toString('utf8') ?? null) : null;
  };
  const used = new Set<string>();
  const body = async (refs: string[]) => {
    const parts: string[] = [];
    for (const r of refs) {
      const t = await noteText(r);
      if (t !== null && t.trim() !== '') {
        parts.push(t);
        used.add(r);
      }
    }
    return parts.join('\n\n');
  };
  const memos: ArchiveContents['memos'] = { project: await body(model.projectNoteRefs), sources: new Map(), codes: new Map(), selections: new Map() };
  for (const { src } of sources) memos.sources.set(src.guid, await body(src.noteRefs));
  const walk = async (codes: QdeCode[]) => {
    for (const c of codes) {
      memos.codes.set(c.guid, await body(c.noteRefs));
      await walk(c.children);
    }
  };
  await walk(model.codes);
  for (const src of model.sources) for (const s of [...src.textSelections, ...src.pdfSelections]) memos.selections.set(s.guid, await body(s.noteRefs));
  const leftover: string[] = [];
  for (const [guid, n] of model.notes) if (!used.has(guid)) leftover.push(`${n.name ? `${n.name}\n` : ''}${(await noteText(guid)) ?? ''}`);
  if (leftover.length) warnings.push(`${leftover.length} notes not attached to anything Glossa keeps were added to the project memo.`);
  return { sources, memos, leftover, warnings };
}

/** Writes the whole project in one transaction: documents, coders, codes, highlights, memos. */
function writeProject(db: Db, model: QdeModel, read: ArchiveContents, coder: Coder): QdpxImportResult {
  const { warnings } = read;
  const now = new Date().toISOString();
  const counts: QdpxImportResult = { path: '', documents: 0, codes: 0, annotations: 0, codings: 0, memos: 0, coders: 0, warnings };
  const putMemo = (target_type: 'project' | 'document' | 'code', target_id: string, body: string | undefined) => {
    if (!body) return;
    repo.putMemoRaw(db, { id: randomUUID(), target_type, target_id, body, coder_id: coder.id, created_at: now, updated_at: now });
    counts.memos++;
  };
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    const docs = insertSources(db, read.sources, warnings, counts);
    repo.deleteAllCodes(db); // the new project's default codebook: the file brings its own
    upsertCoder(db, coder, now);
    model.users.forEach((u, i) => {
      repo.insertCoderIfMissing(db, { id: u.guid, name: u.name.slice(0, 200), color: CODE_PALETTE[(i + 3) % CODE_PALETTE.length], first_seen_at: now });
      counts.coders++;
    });
    const coderIds = new Set([coder.id, ...model.users.map((u) => u.guid)]);
    const who = (g: string | null) => (g && coderIds.has(g) ? g : coder.id);
    const codeIds = insertCodes(db, model.codes, { warnings, counts, now, putMemo: (guid, extra) => putMemo('code', guid, [read.memos.codes.get(guid) ?? '', extra].filter((t) => t !== '').join('\n\n---\n\n')) });
    const annIds = new Set<string>();
    for (const src of model.sources) {
      const d = docs.get(src.guid);
      if (!d) continue;
      counts.annotations += importSelections(db, src, d, { who, codeIds, annIds, warnings, counts, comments: read.memos.selections, now });
      putMemo('document', d.id, read.memos.sources.get(src.guid));
    }
    putMemo('project', '', [read.memos.project, ...read.leftover].filter((s) => s.trim() !== '').join('\n\n---\n\n'));
    appendHistory(db, { at: now, coderId: coder.id, coderName: coder.name, action: 'qdpx.import', summary: `Imported a REFI-QDA project: ${counts.documents} documents, ${counts.codes} codes, ${counts.annotations} highlights`, details: { documents: counts.documents, codes: counts.codes, annotations: counts.annotations, codings: counts.codings, memos: counts.memos, coders: counts.coders, warnings: warnings.length } });
    if (repo.foreignKeyProblems(db) > 0) throw new GlossaError('qdpx.badXml', 'The project.qde refers to items it does not contain; nothing was imported.');
  })();
  return counts;
}

/** Inserts the code tree (guids kept); returns the guids stored. A repeated guid is skipped. */
function insertCodes(db: Db, codes: QdeCode[], ctx: { warnings: string[]; counts: { codes: number }; now: string; putMemo(guid: string, longDescription: string): void }): Set<string> {
  const codeIds = new Set<string>();
  let colorIndex = 0;
  const walk = (list: QdeCode[], parent: string | null) => {
    list.forEach((c, position) => {
      if (codeIds.has(c.guid)) return ctx.warnings.push(`Code "${c.name}" appears twice; the second was skipped.`);
      const name = importedCodeName(c.name);
      const parts = importedText(name, c.description);
      const text = { en: { ...emptyText(), ...parts.en }, ru: { ...emptyText(), ...parts.ru } };
      // Every open holds code rows to shared/rules/code-rules.ts: store only what passes.
      let longDescription = '';
      const notes = [text.en, text.ru].flatMap((t) => [t.definition, t.inclusion, t.exclusion]);
      if (notes.some((n) => n.length > MAX_NOTE)) {
        longDescription = c.description;
        for (const t of [text.en, text.ru]) for (const k of ['definition', 'inclusion', 'exclusion'] as const) t[k] = t[k].slice(0, MAX_NOTE);
        ctx.warnings.push(`The description of code "${c.name}" is longer than ${MAX_NOTE} characters; it was kept whole in the code's memo.`);
      }
      for (const t of [text.en, text.ru]) if (t.name) t.name = importedCodeName(t.name);
      repo.upsertCodeRaw(db, codeToRow({ id: c.guid, parentId: parent, text, color: normaliseColor(c.color, colorIndex++), position, createdAt: ctx.now, updatedAt: ctx.now }));
      codeIds.add(c.guid);
      ctx.counts.codes++;
      ctx.putMemo(c.guid, longDescription);
      walk(c.children, c.guid);
    });
  };
  walk(codes, null);
  return codeIds;
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
      anchor_status: a.orphan ? 'orphan' : 'anchored', coder_id: a.user, updated_by: null, created_at: a.at, updated_at: ctx.now,
    });
    for (const c of a.codes) repo.insertCodingRaw(db, { annotation_id: a.id, code_id: c, coder_id: a.user, created_at: a.at });
    ctx.counts.codings += a.codes.size;
  }
  return created.length;
}
