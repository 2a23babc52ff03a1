// "Send for independent coding" (issue 11): the copy carries the documents and the codebook but
// no highlights except those of the coders the sender chose to keep (whose work the recipient
// then sees, so it is not independent of theirs), and both files record the round: its id, the
// sender, when, the documents (by sha256) and the kept coders. The merge back
// (merge-rounds.ts) then knows which codings were made independently.
import { randomUUID } from 'node:crypto';
import type { Coder } from '../../../shared/domain/code';
import { CONSENSUS_CODER, type CodingRound } from '../../../shared/domain/rounds';
import { checkCoderIdsJson, checkRoundDocumentsJson } from '../../../shared/rules/round-rules';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { listCoders, upsertCoder } from '../../db/repositories/coders';
import { readDocumentRows } from '../../db/repositories/merge';
import { independentCodersByRound, insertRoundIfMissing, readRoundRows, removeHighlightsExcept, type RoundRow } from '../../db/repositories/rounds';

export interface RoundSpec {
  row: RoundRow;
  sender: Coder;
  keepCoderIds: string[];
}

/** The round to record for a send; the kept coders must be coders of the project. */
export function roundSpec(db: Db, sender: Coder, keepCoderIds: readonly string[]): RoundSpec {
  const known = new Set(listCoders(db).map((c) => c.id));
  const keep = [...new Set(keepCoderIds)];
  for (const id of keep) {
    if (!known.has(id) || id === CONSENSUS_CODER.id) throw new GlossaError('api.badInput', `Unknown coder to keep in the copy: ${id}`, { id });
  }
  const documents = readDocumentRows(db).map((d) => d.sha256).sort();
  return {
    sender,
    keepCoderIds: keep,
    row: {
      id: randomUUID(),
      sender_id: sender.id,
      sender_name: sender.name,
      sent_at: new Date().toISOString(),
      documents: JSON.stringify(documents),
      kept_coders: JSON.stringify(keep),
    },
  };
}

/** In the copy (one transaction): withhold the highlights of coders not kept; record the round. */
export function prepareIndependentCopy(copy: Db, round: RoundSpec): void {
  removeHighlightsExcept(copy, round.keepCoderIds);
  recordRound(copy, round);
}

export function recordRound(db: Db, round: RoundSpec): void {
  upsertCoder(db, round.sender, round.row.sent_at);
  insertRoundIfMissing(db, round.row);
}

/** The rounds of a project, newest first, with documents as this project's ids. */
export function listRounds(db: Db): CodingRound[] {
  const idBySha = new Map(readDocumentRows(db).map((d) => [d.sha256, d.id]));
  const coders = independentCodersByRound(db);
  return readRoundRows(db)
    .reverse()
    .map((r) => ({
      id: r.id,
      senderId: r.sender_id,
      senderName: r.sender_name,
      sentAt: r.sent_at,
      documentIds: checkRoundDocumentsJson(r.documents).flatMap((sha) => (idBySha.has(sha) ? [idBySha.get(sha)!] : [])),
      keptCoderIds: checkCoderIdsJson(r.kept_coders),
      independentCoderIds: coders.get(r.id) ?? [],
    }));
}
