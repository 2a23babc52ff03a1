// Imports a .qdpx from another tool into a NEW project. The archive is checked first
// (safe-zip.ts), project.qde (or the one .qde ATLAS.ti 26 names after the project:
// qde-entry.ts) size-checked, decoded (UTF-8 or UTF-16) and parsed without DTDs
// (safe-xml.ts) into plain records (qdpx-model.ts, linked-notes.ts; source paths limited to
// internal://). Then, each in its own module: the sources and their page texts
// (qdpx-sources.ts, text-to-pdf.ts, source-text.ts, source-alignment.ts), the notes that
// become memos and comments (qdpx-notes.ts), the selections, placed by the other tool's way
// of counting offsets (offset-convention.ts, place-selections.ts); codes, users (coders) and
// the write are here. What cannot be taken over is reported item by item and counted by
// kind (import-report.ts). Everything is read first, then written in ONE transaction; the
// project is built under a temp name in the destination folder and renamed only when the
// import succeeded, so a failure leaves nothing and the user's open project is never touched.
import { randomUUID } from 'node:crypto';
import { ownerTitle } from '../coding/memos';
import { insertLinkRaw } from '../../db/repositories/memos';
import fs from 'node:fs';
import path from 'node:path';
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
import { CODE_PALETTE } from '../coding/code-tree';
import { closeProject, createProject } from '../project/project-file';
import { importingName } from '../../db/private-copies';
import { type QdeCode, type QdeModel, readModel } from './qdpx-model';
import { qdeEntryName } from './qde-entry';
import { type ImportReport, note, skippedSummary } from './import-report';
import { importSelections } from './place-selections';
import { type ArchiveNotes, readNotes } from './qdpx-notes';
import { insertSources, type LoadedSource, loadSources } from './qdpx-sources';
import { openSafeZip, type SafeZip } from './safe-zip';
import { decodeQde, MAX_QDE_BYTES, parseQde } from './safe-xml';

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
  const qdeName = qdeEntryName(zip.names);
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
  sources: LoadedSource[];
  memos: ArchiveNotes;
  report: ImportReport;
}

async function readArchive(zip: SafeZip, model: QdeModel, pool: ExtractPool): Promise<ArchiveContents> {
  const report = model.report;
  const sources = await loadSources(zip, model, pool, report);
  const memos = await readNotes(zip, model, sources.map((l) => l.src), report);
  return { sources, memos, report };
}

/** Writes the whole project in one transaction: documents, coders, codes, highlights, memos. */
function writeProject(db: Db, model: QdeModel, read: ArchiveContents, coder: Coder): QdpxImportResult {
  const { report } = read;
  const now = new Date().toISOString();
  const counts: QdpxImportResult = { path: '', documents: 0, codes: 0, annotations: 0, codings: 0, memos: 0, coders: 0, warnings: report.lines };
  const putMemo = (target_type: 'project' | 'document' | 'code', target_id: string, body: string | undefined) => {
    if (!body) return;
    const id = randomUUID();
    repo.putMemoRaw(db, { id, title: ownerTitle(db, target_type, target_id), target_type, target_id, body, coder_id: coder.id, created_at: now, updated_at: now });
    if (target_type !== 'project') insertLinkRaw(db, { id: randomUUID(), memo_id: id, document_id: target_type === 'document' ? target_id : null, code_id: target_type === 'code' ? target_id : null, case_id: null, annotation_id: null, created_at: now });
    counts.memos++;
  };
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    const docs = insertSources(db, read.sources, report, counts);
    repo.deleteAllCodes(db); // the new project's default codebook: the file brings its own
    upsertCoder(db, coder, now);
    model.users.forEach((u, i) => {
      repo.insertCoderIfMissing(db, { id: u.guid, name: u.name.slice(0, 200), color: CODE_PALETTE[(i + 3) % CODE_PALETTE.length], first_seen_at: now });
      counts.coders++;
    });
    const coderIds = new Set([coder.id, ...model.users.map((u) => u.guid)]);
    const who = (g: string | null) => (g && coderIds.has(g) ? g : coder.id);
    const codeIds = insertCodes(db, model.codes, { report, counts, now, putMemo: (guid, extra) => putMemo('code', guid, [read.memos.codes.get(guid) ?? '', extra].filter((t) => t !== '').join('\n\n---\n\n')) });
    const annIds = new Set<string>();
    const conventions = new Map<string, string>();
    for (const src of model.sources) {
      const d = docs.get(src.guid);
      if (!d) continue;
      counts.annotations += importSelections(db, src, d, { origin: model.origin, who, codeIds, annIds, report, counts, comments: read.memos.selections, now, conventions });
      putMemo('document', d.id, read.memos.sources.get(src.guid));
    }
    counts.offsets = Object.fromEntries(conventions);
    putMemo('project', '', [read.memos.project, ...read.memos.leftover].filter((s) => s.trim() !== '').join('\n\n---\n\n'));
    appendHistory(db, { at: now, coderId: coder.id, coderName: coder.name, action: 'qdpx.import', summary: `Imported a REFI-QDA project: ${counts.documents} documents, ${counts.codes} codes, ${counts.annotations} highlights`, details: { documents: counts.documents, codes: counts.codes, annotations: counts.annotations, codings: counts.codings, memos: counts.memos, coders: counts.coders, warnings: report.lines.length } });
    if (repo.foreignKeyProblems(db) > 0) throw new GlossaError('qdpx.badXml', 'The project.qde refers to items it does not contain; nothing was imported.');
  })();
  return { ...counts, skipped: skippedSummary(report) };
}

/** Inserts the code tree (guids kept); returns the guids stored. A repeated guid is skipped. */
function insertCodes(db: Db, codes: QdeCode[], ctx: { report: ImportReport; counts: { codes: number }; now: string; putMemo(guid: string, longDescription: string): void }): Set<string> {
  const codeIds = new Set<string>();
  let colorIndex = 0;
  const walk = (list: QdeCode[], parent: string | null) => {
    list.forEach((c, position) => {
      if (codeIds.has(c.guid)) return note(ctx.report, 'duplicateCode', `Code "${c.name}" appears twice; the second was skipped.`);
      const name = importedCodeName(c.name);
      const parts = importedText(name, c.description);
      const text = { en: { ...emptyText(), ...parts.en }, ru: { ...emptyText(), ...parts.ru } };
      // Every open holds code rows to shared/rules/code-rules.ts: store only what passes.
      let longDescription = '';
      const notes = [text.en, text.ru].flatMap((t) => [t.definition, t.inclusion, t.exclusion]);
      if (notes.some((n) => n.length > MAX_NOTE)) {
        longDescription = c.description;
        for (const t of [text.en, text.ru]) for (const k of ['definition', 'inclusion', 'exclusion'] as const) t[k] = t[k].slice(0, MAX_NOTE);
        note(ctx.report, 'longDescription', `The description of code "${c.name}" is longer than ${MAX_NOTE} characters; it was kept whole in the code's memo.`);
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
