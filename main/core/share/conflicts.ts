// Listing and resolving merge conflicts. A conflict keeps both versions until the user
// decides: 'mine' keeps this project's version, 'theirs' takes the other project's, 'both'
// keeps the two (annotations side by side; a code as a second code; memos concatenated), and
// for two codes with one name 'merge' folds their code into ours (codings move over).
// Each resolution is one transaction with a history entry ('merge.resolve').
import { CONFLICT_RESOLUTIONS } from '../../../shared/rules/record-rules';
import { randomUUID } from 'node:crypto';
import type { Coder } from '../../../shared/domain/code';
import type { ConflictResolution, MergeConflict, MergeConflictKind, MergeItemType } from '../../../shared/domain/share';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AnnotationRow } from '../../db/repositories/annotations';
import type { CodeRow } from '../../db/repositories/codes';
import { upsertCoder } from '../../db/repositories/coders';
import { appendHistory } from '../../db/repositories/history';
import type { DocumentRow } from '../../db/repositories/document-rows';
import * as repo from '../../db/repositories/merge';
import type { MemoRow } from '../../db/repositories/memos';
import { mergeCodes } from '../coding/codes';
import { clearUndo } from '../coding/undo-stack';


function parse(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function toConflict(r: repo.ConflictRow): MergeConflict {
  return {
    id: r.id,
    createdAt: r.created_at,
    peerId: r.peer_id,
    peerName: r.peer_name,
    itemType: r.item_type as MergeItemType,
    itemKey: r.item_key,
    kind: r.kind as MergeConflictKind,
    label: r.label,
    mine: parse(r.mine),
    theirs: parse(r.theirs),
    copyId: r.copy_id,
    status: r.status === 'resolved' ? 'resolved' : 'open',
    resolution: (r.resolution as ConflictResolution | null) ?? null,
    resolvedAt: r.resolved_at,
  };
}

export function listConflicts(db: Db, status?: 'open' | 'resolved'): MergeConflict[] {
  return repo.listConflictRows(db, status).map(toConflict);
}

/** Which resolutions a conflict accepts (the UI shows these buttons). */
export function allowedResolutions(c: Pick<MergeConflict, 'kind' | 'itemType'>): ConflictResolution[] {
  if (c.kind === 'sameNameCode') return ['merge', 'both'];
  if (c.kind === 'bothChanged' && c.itemType === 'document') return ['mine', 'theirs'];
  return ['mine', 'theirs', 'both'];
}

function bad(message: string): GlossaError {
  return new GlossaError('merge.badResolution', message);
}

export function resolveConflict(db: Db, coder: Coder, id: string, resolution: ConflictResolution): MergeConflict {
  if (!(CONFLICT_RESOLUTIONS as readonly unknown[]).includes(resolution)) throw bad(`Unknown resolution "${String(resolution)}".`);
  const row = typeof id === 'string' ? repo.getConflictRow(db, id) : null;
  if (!row) throw new GlossaError('merge.conflictNotFound', 'This merge conflict no longer exists.', { id: String(id) });
  const c = toConflict(row);
  if (c.status === 'resolved') return c;
  if (!allowedResolutions(c).includes(resolution)) throw bad(`"${resolution}" is not available for this conflict.`);
  const now = new Date().toISOString();
  db.transaction(() => {
    upsertCoder(db, coder, now);
    apply(db, coder, c, resolution, now);
    repo.markConflictResolved(db, c.id, resolution, now);
    appendHistory(db, {
      at: now,
      coderId: coder.id,
      coderName: coder.name,
      action: 'merge.resolve',
      summary: `Resolved merge conflict (${c.label}): kept ${resolution === 'both' ? 'both versions' : resolution === 'merge' ? 'one merged code' : resolution === 'mine' ? 'this project\'s version' : 'the other version'}`,
      details: { conflictId: c.id, resolution, kind: c.kind, itemType: c.itemType, itemKey: c.itemKey },
    });
  })();
  clearUndo(db);
  return toConflict(repo.getConflictRow(db, c.id)!);
}

function apply(db: Db, coder: Coder, c: MergeConflict, resolution: ConflictResolution, now: string): void {
  const mine = c.mine;
  const theirs = c.theirs;
  if (c.kind === 'sameNameCode') {
    if (resolution === 'merge') mergeCodes(db, coder, String(theirs!.id), String(mine!.id));
    return;
  }
  switch (c.itemType) {
    case 'annotation':
      return resolveAnnotation(db, c, resolution, now);
    case 'code': {
      if (c.kind === 'bothChanged' && resolution === 'theirs') repo.upsertCodeRaw(db, { ...(theirs as unknown as CodeRow), position: Number(mine!.position), updated_at: now });
      if (c.kind === 'bothChanged' && resolution === 'both') {
        const t = theirs as unknown as CodeRow;
        const tag = (n: string) => (n ? `${n} (${c.peerName || 'other project'})` : '');
        repo.upsertCodeRaw(db, { ...t, id: randomUUID(), name_en: tag(t.name_en), name_ru: tag(t.name_ru), created_at: now, updated_at: now });
      }
      if ((c.kind === 'deletedHere' && resolution === 'mine') || (c.kind === 'deletedThere' && resolution === 'theirs')) deleteCodeTree(db, c.itemKey);
      return;
    }
    case 'memo': {
      const m = mine as unknown as MemoRow | null;
      const t = theirs as unknown as MemoRow | null;
      const any = (m ?? t)!;
      const type = any.target_type;
      // Their version names documents by their own id; the stored targetRef is the sha256.
      const target = m ? m.target_id : type === 'document' ? (docIdOf(db, String((t as unknown as { targetRef: string }).targetRef)) ?? '') : any.target_id;
      if (c.kind === 'bothChanged' && resolution === 'theirs') repo.putMemoRaw(db, { ...t!, target_id: m!.target_id, updated_at: now });
      if (c.kind === 'bothChanged' && resolution === 'both') repo.putMemoRaw(db, { ...m!, body: `${m!.body}\n\n---\n\n${t!.body}`, updated_at: now });
      if ((c.kind === 'deletedHere' && resolution === 'mine') || (c.kind === 'deletedThere' && resolution === 'theirs')) repo.deleteMemoRaw(db, type, target);
      return;
    }
    case 'document': {
      const docId = docIdOf(db, c.itemKey);
      if (!docId) return;
      if (c.kind === 'bothChanged' && resolution === 'theirs') repo.updateDocumentAttrsRaw(db, docId, theirs as unknown as DocumentRow, now);
      if ((c.kind === 'deletedHere' && resolution === 'mine') || (c.kind === 'deletedThere' && resolution === 'theirs')) repo.deleteDocumentRaw(db, docId);
      return;
    }
  }
}

function docIdOf(db: Db, sha: string): string | null {
  return repo.readDocumentRows(db).find((d) => d.sha256 === sha)?.id ?? null;
}

function resolveAnnotation(db: Db, c: MergeConflict, resolution: ConflictResolution, now: string): void {
  const id = c.itemKey;
  if (c.kind === 'bothChanged' && c.copyId) {
    if (resolution === 'mine') repo.deleteAnnotationRaw(db, c.copyId);
    if (resolution === 'theirs') {
      const copy = repo.readAnnotationRows(db).find((a) => a.id === c.copyId);
      if (!copy) return; // the copy was already deleted by hand: mine stays
      const codings = repo.readCodingRows(db).filter((r) => r.annotation_id === c.copyId);
      repo.upsertAnnotationRaw(db, { ...(copy as AnnotationRow), id, updated_at: now });
      for (const r of repo.readCodingRows(db).filter((r) => r.annotation_id === id)) repo.deleteCodingRaw(db, id, r.code_id);
      for (const r of codings) repo.insertCodingRaw(db, { ...r, annotation_id: id });
      repo.deleteAnnotationRaw(db, c.copyId);
    }
    return;
  }
  if ((c.kind === 'deletedHere' && resolution === 'mine') || (c.kind === 'deletedThere' && resolution === 'theirs')) repo.deleteAnnotationRaw(db, id);
}

/** Deletes a code, its sub-codes and their codings (what deleting a code does in the codebook). */
function deleteCodeTree(db: Db, rootId: string): void {
  const codes = repo.readCodeRows(db);
  const doomed: string[] = [];
  const visit = (id: string) => {
    doomed.push(id);
    for (const k of codes.filter((x) => x.parent_id === id)) visit(k.id);
  };
  if (!codes.some((x) => x.id === rootId)) return;
  visit(rootId);
  for (const id of doomed.reverse()) {
    repo.deleteCodingsOfCode(db, id);
    repo.deleteCodeRaw(db, id);
  }
}
