// "Merge from…": brings a colleague's project file into the open project.
//   1. the received file is validated (validate-project-file.ts) and read through its own
//      read-only connection (a private, possibly migrated copy), never ATTACHed;
//   2. a backup of the open project is written (project/backups.ts):
//      <name>.glossa.backups/<name>.<UTC timestamp>.merge.bak;
//   3. the three-way plan (merge-plan.ts) against the base recorded for that peer;
//   4. ONE transaction writes the plan, the conflicts, the rounds, independent codings,
//      resolutions and replies (merge-rounds.ts), bibliographic records (merge-bibliography.ts),
//      the new base, the other project's history entries, the cases (merge-cases.ts), the
//      exemplar flags (merge-exemplars.ts), the links between passages
//      (merge-passage-links.ts), the journal memos and memo links (merge-memos.ts), the
//      attributes users defined with their values (merge-attributes.ts) and a
//      'merge' history entry with the summary. Foreign keys are checked
//      at commit (defer_foreign_keys), and any failure rolls everything back.
// Documents match by sha256; everything else by stable id. No coding is dropped silently:
// a coding disappears only when the other side deleted it and this side did not touch it.
// The colleague is named by their coder name (who made the work being merged in), not by the
// project's name, which a sent copy inherits from the sender.
import { createHash, randomUUID } from 'node:crypto';
import type { Coder } from '../../../shared/domain/code';
import type { MergeCounts, MergeSummary } from '../../../shared/domain/share';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { upsertCoder } from '../../db/repositories/coders';
import { appendHistory, type HistoryRowRaw, insertHistoryRaw, readHistoryRows } from '../../db/repositories/history';
import { getMeta } from '../../db/repositories/meta';
import * as repo from '../../db/repositories/merge';
import { insertPagePreviewRow, readPagePreviewRows } from '../../db/repositories/page-previews';
import { insertPageOcrRow, readPageOcrRows } from '../../db/repositories/page-ocr';
import type { ProjectHandle } from '../backend-context';
import { clearUndo } from '../coding/undo-stack';
import { writeBackup } from '../project/backups';
import { isSameFile } from '../project/project-file-ops';
import { conflictLabel } from './conflict-labels';
import { codeKey, hashesOf, type Item, loadItems, type ProjectItems } from './merge-items';
import { type MergePlan, planMerge } from './merge-plan';
import { mergeBibliography } from './merge-bibliography';
import { mergeAttributes } from './merge-attributes';
import { mergeCases } from './merge-cases';
import { mergeExemplars } from './merge-exemplars';
import { mergePassageLinks } from './merge-passage-links';
import { mergeMemos } from './merge-memos';
import { mergeRoundsAndThreads } from './merge-rounds';
import { snapshotPeer } from './send-project';
import { validateProjectFile } from './validate-project-file';

export interface MergeOptions {
  /** Who merges (history entry, coder row). */
  coder: Coder;
  /** Write a backup (reason 'merge') first (default true). */
  backup?: boolean;
}

const emptyCounts = (): MergeCounts => ({ documents: 0, codes: 0, annotations: 0, codings: 0, memos: 0 });

const COUNT_FIELD: Record<Item['kind'], keyof MergeCounts> = {
  doc: 'documents',
  code: 'codes',
  ann: 'annotations',
  coding: 'codings',
  memo: 'memos',
};

export async function mergeProject(into: ProjectHandle, fromPath: string, opts: MergeOptions): Promise<MergeSummary> {
  if (isSameFile(into.path, fromPath)) throw new GlossaError('share.sameProject', 'A project cannot be merged with itself: choose the other project file.');
  const received = validateProjectFile(fromPath);
  try {
    const peer = repo.readProjectMeta(received.db);
    const peerId = peer.id || 'unknown-peer';
    let backupPath = '';
    if (opts.backup !== false) backupPath = (await writeBackup(into.db, into.path, 'merge')).path;
    const mine = loadItems(into.db);
    const theirs = loadItems(received.db);
    const base = mergeBase(into.db, received.db, peerId);
    const plan = planMerge(mine, theirs, base, peerId);
    const peerName = colleagueName(into.db, received.db) || peer.name;
    const summary = applyPlan(into.db, received.db, plan, mine, theirs, { peerId, peerName, peerProjectName: peer.name, backupPath, coder: opts.coder });
    clearUndo(into.db); // rows changed outside the coding actions: the session's undo no longer applies
    return summary;
  } finally {
    received.close();
  }
}

/**
 * The base for a three-way merge with `peerId`: what was seen at the last merge from it, or,
 * before any merge, the snapshot recorded when this project sent the file the peer started
 * from (send-project.ts). Empty when there is no common history: nothing is then deleted.
 */
function mergeBase(db: Db, theirsDb: Db, peerId: string): Map<string, string> {
  const base = repo.readMergeState(db, peerId);
  if (base.size > 0) return base;
  const myId = getMeta(db, 'id');
  const snapshot =
    getMeta(theirsDb, 'forked_from') === myId ? getMeta(theirsDb, 'forked_snapshot') : getMeta(theirsDb, 'sent_from') === myId ? getMeta(theirsDb, 'sent_id') : null;
  return snapshot ? repo.readMergeState(db, snapshotPeer(snapshot)) : base;
}

interface ApplyContext {
  peerId: string;
  /** The colleague's coder name (the project's name when their file names no one). */
  peerName: string;
  peerProjectName: string;
  backupPath: string;
  coder: Coder;
}

function applyPlan(db: Db, theirsDb: Db, plan: MergePlan, mine: ProjectItems, theirs: ProjectItems, ctx: ApplyContext): MergeSummary {
  const added = emptyCounts();
  const updated = emptyCounts();
  const removed = emptyCounts();
  const now = new Date().toISOString();

  const run = db.transaction(() => {
    // FK checks at commit: rows arrive in plan order, parents may come after children.
    db.pragma('defer_foreign_keys = ON');
    upsertCoder(db, ctx.coder, now);
    for (const c of repo.readCoderRows(theirsDb)) repo.insertCoderIfMissing(db, c);

    // Document ids in this project after the merge, by sha256.
    const docIdBySha = new Map(mine.idBySha);
    const usedDocIds = new Set(mine.shaById.keys());
    const docId = (sha: string): string => {
      const id = docIdBySha.get(sha);
      if (!id) throw new GlossaError('share.badContent', 'A highlight refers to a document missing from both projects; nothing was merged.');
      return id;
    };
    const puts = [...plan.ops.values()].filter((o) => o.op === 'put').map((o) => o.item);
    const dels = [...plan.ops.values()].filter((o) => o.op === 'del').map((o) => o.item);

    for (const item of puts) {
      if (item.kind !== 'doc') continue;
      if (mine.idBySha.has(item.row.sha256)) {
        repo.updateDocumentAttrsRaw(db, mine.idBySha.get(item.row.sha256)!, item.row, item.row.updated_at);
        updated.documents++;
        continue;
      }
      const bytes = repo.readDocumentBytes(theirsDb, item.row.id);
      const pages = repo.readPageTexts(theirsDb, item.row.id);
      // The sha256 is what documents match by: it must be the hash of the bytes we copy.
      if (!bytes || pages.length !== item.row.page_count || createHash('sha256').update(bytes).digest('hex') !== item.row.sha256) {
        throw new GlossaError('share.badContent', `The other project's copy of "${item.row.title}" is incomplete; nothing was merged.`);
      }
      const id = usedDocIds.has(item.row.id) ? randomUUID() : item.row.id;
      usedDocIds.add(id);
      repo.insertDocumentRaw(db, { ...item.row, id }, bytes, pages);
      // Their OCR of scanned pages comes with the document (rows checked like input on open).
      for (const o of readPageOcrRows(theirsDb, item.row.id)) insertPageOcrRow(db, { ...o, document_id: id });
      // So is the preview the reader shows while it opens (held to the same rule again here).
      for (const v of readPagePreviewRows(theirsDb, item.row.id)) insertPagePreviewRow(db, id, v, item.row.page_count);
      docIdBySha.set(item.row.sha256, id);
      added.documents++;
    }
    for (const item of puts) {
      const had = mine.items.has(item.key);
      if (item.kind === 'code') repo.upsertCodeRaw(db, item.row);
      else if (item.kind === 'ann') repo.upsertAnnotationRaw(db, { ...item.row, document_id: docId(item.docSha) });
      else if (item.kind === 'coding') repo.insertCodingRaw(db, item.row);
      else if (item.kind === 'memo') {
        const targetId = item.row.target_type === 'document' ? docId(item.targetRef) : item.row.target_id;
        repo.putMemoRaw(db, { ...item.row, target_id: targetId });
      } else continue;
      (had ? updated : added)[COUNT_FIELD[item.kind]]++;
    }
    for (const copy of plan.copies) {
      repo.upsertAnnotationRaw(db, { ...copy.theirs.row, id: copy.copyId, document_id: docId(copy.theirs.docSha) });
      for (const c of copy.codings) repo.insertCodingRaw(db, c);
      added.annotations++;
      added.codings += copy.codings.length;
    }
    // Deletions, most dependent first (codings, memos, highlights, codes, documents).
    const order: Item['kind'][] = ['coding', 'memo', 'ann', 'code', 'doc'];
    for (const kind of order) {
      for (const item of dels) {
        if (item.kind !== kind) continue;
        if (item.kind === 'coding') repo.deleteCodingRaw(db, item.row.annotation_id, item.row.code_id);
        else if (item.kind === 'memo') repo.deleteMemoRaw(db, item.row.target_type, item.row.target_id);
        else if (item.kind === 'ann') repo.deleteAnnotationRaw(db, item.row.id);
        else if (item.kind === 'code') repo.deleteCodeRaw(db, item.row.id);
        else if (item.kind === 'doc') repo.deleteDocumentRaw(db, item.row.id);
        removed[COUNT_FIELD[item.kind]]++;
      }
    }

    let conflictCount = 0;
    const record = (c: Parameters<typeof repo.insertConflict>[1]) => {
      repo.insertConflict(db, c);
      conflictCount++;
    };
    for (const c of plan.conflicts.values()) {
      const item = (c.mine ?? c.theirs)!;
      record({
        id: randomUUID(),
        created_at: now,
        peer_id: ctx.peerId,
        peer_name: ctx.peerName,
        item_type: item.kind === 'doc' ? 'document' : item.kind === 'ann' ? 'annotation' : item.kind === 'code' ? 'code' : 'memo',
        item_key: itemKeyForUser(item),
        kind: c.kind,
        label: conflictLabel(item, mine, theirs),
        mine: c.mine ? JSON.stringify(versionOf(c.mine, mine)) : null,
        theirs: c.theirs ? JSON.stringify(versionOf(c.theirs, theirs)) : null,
        copy_id: c.copyId,
      });
    }
    for (const s of plan.sameNameCodes) {
      const t = theirs.items.get(codeKey(s.theirsId))!;
      const m = mine.items.get(codeKey(s.mineId)) ?? theirs.items.get(codeKey(s.mineId))!;
      record({
        id: randomUUID(),
        created_at: now,
        peer_id: ctx.peerId,
        peer_name: ctx.peerName,
        item_type: 'code',
        item_key: s.theirsId,
        kind: 'sameNameCode',
        label: `Two codes named "${s.name}"`,
        mine: JSON.stringify(versionOf(m, mine)),
        theirs: JSON.stringify(versionOf(t, theirs)),
        copy_id: null,
      });
    }

    mergeRoundsAndThreads(db, theirsDb, mine, theirs, docIdBySha);
    mergeBibliography(db, theirsDb, theirs, docIdBySha);
    mergeCases(db, theirsDb, docIdBySha);
    mergeExemplars(db, theirsDb);
    mergePassageLinks(db, theirsDb);
    mergeMemos(db, theirsDb, docIdBySha);
    mergeAttributes(db, theirsDb, docIdBySha, now);
    repo.writeMergeState(db, ctx.peerId, hashesOf(theirs));
    importHistory(db, theirsDb);

    const problems = repo.foreignKeyProblems(db);
    if (problems > 0) throw new GlossaError('share.badContent', `The merge would leave ${problems} broken references; nothing was merged.`);

    const summary: MergeSummary = {
      peerId: ctx.peerId,
      peerName: ctx.peerName,
      peerProjectName: ctx.peerProjectName,
      backupPath: ctx.backupPath,
      added,
      updated,
      removed,
      conflicts: conflictCount - plan.sameNameCodes.length,
      sameNameCodes: plan.sameNameCodes.map((s) => ({ mineId: s.mineId, theirsId: s.theirsId, name: s.name })),
    };
    appendHistory(db, {
      at: now,
      coderId: ctx.coder.id,
      coderName: ctx.coder.name,
      action: 'merge',
      summary: summaryLine(summary),
      details: { ...summary },
    });
    return summary;
  });
  return run();
}

const historySig = (h: HistoryRowRaw) => `${h.at}\u0000${h.coder_id}\u0000${h.action}\u0000${h.summary}`;

/**
 * Who the work being merged in is by: the coder of the other project's latest action that this
 * project has not seen (their own work since they received it), else of its latest action at
 * all; '' when their history is empty.
 */
export function colleagueName(db: Db, theirsDb: Db): string {
  const have = new Set(readHistoryRows(db).map(historySig));
  const theirs = readHistoryRows(theirsDb).filter((h) => h.action !== 'merge' && h.coder_name.trim() !== '');
  const fresh = theirs.filter((h) => !have.has(historySig(h)));
  return (fresh.at(-1) ?? theirs.at(-1))?.coder_name ?? '';
}

/** The other project's audit entries that this project does not have yet (same time, coder, action, text). */
function importHistory(db: Db, theirsDb: Db): void {
  const sig = historySig;
  const have = new Set(readHistoryRows(db).map(sig));
  for (const h of readHistoryRows(theirsDb)) {
    if (h.action === 'merge' || have.has(sig(h))) continue;
    insertHistoryRaw(db, h);
    have.add(sig(h));
  }
}

function itemKeyForUser(item: Item): string {
  if (item.kind === 'doc') return item.row.sha256;
  if (item.kind === 'memo') return `${item.row.target_type}:${item.targetRef}`;
  if (item.kind === 'coding') return `${item.row.annotation_id}|${item.row.code_id}`;
  return item.row.id;
}

/** The stored version of an item for the conflicts list (plain JSON; annotations with their codes). */
function versionOf(item: Item, side: ProjectItems): Record<string, unknown> {
  if (item.kind === 'ann') {
    const codeIds = (side.codingsByAnnotation.get(item.row.id) ?? []).map((c) => c.code_id);
    return { ...item.row, documentSha: item.docSha, codeIds };
  }
  if (item.kind === 'memo') return { ...item.row, targetRef: item.targetRef };
  if (item.kind === 'doc') return { ...item.row };
  return { ...item.row };
}

function total(c: MergeCounts): number {
  return c.documents + c.codes + c.annotations + c.codings + c.memos;
}

export function summaryLine(s: MergeSummary): string {
  const from = s.peerName ? `"${s.peerName}"` : 'another project';
  return (
    `Merged from ${from}: ${total(s.added)} added (${s.added.documents} documents, ${s.added.codes} codes, ${s.added.annotations} highlights, ` +
    `${s.added.codings} codings, ${s.added.memos} memos), ${total(s.updated)} updated, ${total(s.removed)} removed, ` +
    `${s.conflicts} conflicts, ${s.sameNameCodes.length} codes with the same name`
  );
}
