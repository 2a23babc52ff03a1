// "Send project" and opening what was received.
// sendProject writes one self-contained file: a consistent copy through SQLite's backup API
// (every committed write, WAL included) to a temp name in the destination folder, renamed
// into place when complete; the open project stays open. The copy is stamped with a send id,
// and the sender records the content hashes of that snapshot (merge_state peer
// "snapshot:<send id>"), so the first merge back from the recipient has a true common base.
// openReceivedProject validates a received file (validate-project-file.ts) before opening it;
// on first open a sent copy becomes a project of its own: a new project id, remembering
// whom it was forked from, with the snapshot recorded as its base for that peer.
// "Send for independent coding" (independent-round.ts) writes the same copy without the
// highlights of coders not chosen, and records the round in both files; the snapshot is taken
// after that removal, so the merge back does not read the sender's withheld highlights as
// deleted by the recipient.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GlossaError } from '../../../shared/errors';
import { applyPragmas } from '../../db/connection';
import { getMeta, setMeta } from '../../db/repositories/meta';
import { deleteMetaKeys, readMergeState, writeMergeState } from '../../db/repositories/merge';
import type { Coder } from '../../../shared/domain/code';
import type { ProjectHandle } from '../backend-context';
import { openProject } from '../project/project-file';
import { fsyncPath, isSameFile, removeWithSideFiles, SIDE_FILES } from '../project/project-file-ops';
import { prepareIndependentCopy, recordRound, type RoundSpec, roundSpec } from './independent-round';
import { hashesOf, loadItems } from './merge-items';
import { validateProjectFile } from './validate-project-file';

export interface SendResult {
  path: string;
  byteSize: number;
  sendId: string;
  /** Set for a copy sent for independent coding. */
  roundId?: string;
}

export interface SendOptions {
  /** Send for independent coding: the copy carries no highlights but those of `keepCoderIds`. */
  independent?: { sender: Coder; keepCoderIds?: string[] };
}

export const snapshotPeer = (sendId: string) => `snapshot:${sendId}`;

export async function sendProject(handle: ProjectHandle, destPath: string, opts: SendOptions = {}): Promise<SendResult> {
  const dest = path.resolve(destPath);
  if (isSameFile(handle.path, dest)) {
    throw new GlossaError('project.alreadyExists', 'Send the project to another file: this is the project that is open.', { path: dest });
  }
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.${randomUUID()}.tmp`);
  const sendId = randomUUID();
  const round: RoundSpec | null = opts.independent ? roundSpec(handle.db, opts.independent.sender, opts.independent.keepCoderIds ?? []) : null;
  try {
    await handle.db.backup(tmp);
    const copy = new Database(tmp);
    let hashes: Map<string, string>;
    try {
      applyPragmas(copy);
      if (round) copy.transaction(() => prepareIndependentCopy(copy, round))();
      hashes = hashesOf(loadItems(copy));
      copy.transaction(() => {
        setMeta(copy, 'sent_id', sendId);
        setMeta(copy, 'sent_from', getMeta(copy, 'id') ?? '');
        setMeta(copy, 'sent_at', new Date().toISOString());
      })();
      copy.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      copy.close();
    }
    fsyncPath(tmp, false);
    for (const s of SIDE_FILES) fs.rmSync(dest + s, { force: true });
    fs.renameSync(tmp, dest);
    // Recorded after the copy is in place: a failed send leaves no snapshot behind.
    handle.db.transaction(() => {
      writeMergeState(handle.db, snapshotPeer(sendId), hashes);
      if (round) recordRound(handle.db, round);
    })();
    return { path: dest, byteSize: fs.statSync(dest).size, sendId, ...(round ? { roundId: round.row.id } : {}) };
  } catch (err) {
    removeWithSideFiles(tmp);
    throw err;
  }
}

/**
 * Opens a received project file as the user's project, after validating it. A sent copy is
 * re-identified on first open (new id; forked_from / forked_snapshot recorded) so that the two
 * projects are distinct peers for merging from then on.
 */
export function openReceivedProject(file: string): ProjectHandle {
  validateProjectFile(file).close();
  const handle = openProject(file);
  try {
    const db = handle.db;
    const sentFrom = getMeta(db, 'sent_from');
    const sentId = getMeta(db, 'sent_id');
    if (sentFrom && sentId && !getMeta(db, 'forked_snapshot')) {
      db.transaction(() => {
        const hashes = hashesOf(loadItems(db));
        setMeta(db, 'id', randomUUID());
        setMeta(db, 'forked_from', sentFrom);
        setMeta(db, 'forked_snapshot', sentId);
        // Our base for the sender is what we both had when the file was sent.
        if (readMergeState(db, sentFrom).size === 0) writeMergeState(db, sentFrom, hashes);
        deleteMetaKeys(db, ['sent_id', 'sent_from', 'sent_at']);
      })();
    }
    return handle;
  } catch (err) {
    handle.db.close();
    throw err;
  }
}
