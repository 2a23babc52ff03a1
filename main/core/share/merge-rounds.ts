// What a merge brings besides the three-way items (merge-plan.ts): independent-coding rounds,
// the codings each made independently, consensus resolutions and replies on highlights. Each
// rule is a small named function (tests/unit/main/core/share/merge-rounds.test.ts):
//   mergeRoundRows        rounds are immutable records: a round either file has is kept;
//   independentCodings    per round, the codings of the round's documents by coders whose work
//                         did not travel in the copy (not kept, not the consensus layer);
//   sideOfEachCoder       a coder whose codings the other file brings coded there (the copy): their
//                         codings are taken from that file only, never from this one, which may
//                         hold older work of theirs made before the round;
//   freshCoders           a coder's independent codings are recorded ONCE, at the first merge
//                         that brings them: later, that coder may have seen the others' work;
//   mergeResolutions      a resolution joins unless the same passage and code is resolved here;
//   mergeReplies          replies, with tombstones for deleted ones: merge-replies.ts.
import { CONSENSUS_CODER } from '../../../shared/domain/rounds';
import { checkCoderIdsJson, checkRoundDocumentsJson } from '../../../shared/rules/round-rules';
import type { Db } from '../../db/connection';
import type { CodingRow } from '../../db/repositories/annotations';
import { insertResolutionIfMissing, listResolutionRows } from '../../db/repositories/consensus';
import { insertRoundCodingIfMissing, insertRoundIfMissing, readRoundCodingRows, readRoundRows, type RoundCodingRow, type RoundRow } from '../../db/repositories/rounds';
import type { ProjectItems } from './merge-items';
import { mergeReplies } from './merge-replies';

/** The rounds of the result: mine plus the ones only theirs has. */
export function mergeRoundRows(mine: readonly RoundRow[], theirs: readonly RoundRow[]): RoundRow[] {
  const ids = new Set(mine.map((r) => r.id));
  return [...mine, ...theirs.filter((r) => !ids.has(r.id))];
}

/** One side's codings that count as made independently in `round`. */
export function independentCodings(round: RoundRow, side: ProjectItems): RoundCodingRow[] {
  const docs = new Set(checkRoundDocumentsJson(round.documents));
  const kept = new Set(checkCoderIdsJson(round.kept_coders));
  const out: RoundCodingRow[] = [];
  for (const item of side.items.values()) {
    if (item.kind !== 'ann' || !docs.has(item.docSha)) continue;
    for (const c of side.codingsByAnnotation.get(item.row.id) ?? []) {
      if (countsAsIndependent(c, kept)) out.push({ round_id: round.id, annotation_id: c.annotation_id, code_id: c.code_id, coder_id: c.coder_id });
    }
  }
  return out;
}

function countsAsIndependent(c: CodingRow, kept: ReadonlySet<string>): boolean {
  return !kept.has(c.coder_id) && c.coder_id !== CONSENSUS_CODER.id;
}

/** Independent codings from both sides, each coder's from one side: theirs when they coded there. */
export function sideOfEachCoder(fromMine: readonly RoundCodingRow[], fromTheirs: readonly RoundCodingRow[]): RoundCodingRow[] {
  const codedThere = new Set(fromTheirs.map((c) => c.coder_id));
  return [...fromTheirs, ...fromMine.filter((c) => !codedThere.has(c.coder_id))];
}

/** Drops the codings of coders already recorded for the round (their later work is not independent). */
export function freshCoders(candidates: readonly RoundCodingRow[], recorded: readonly RoundCodingRow[]): RoundCodingRow[] {
  const done = new Set(recorded.map((r) => `${r.round_id}\u0000${r.coder_id}`));
  return candidates.filter((c) => !done.has(`${c.round_id}\u0000${c.coder_id}`));
}

/**
 * Inside the merge transaction, after the plan is written: rounds, independent codings,
 * resolutions and replies. `docIdBySha` maps the
 * documents of the result; `theirsShaById` their document ids.
 */
export function mergeRoundsAndThreads(db: Db, theirsDb: Db, mine: ProjectItems, theirs: ProjectItems, docIdBySha: ReadonlyMap<string, string>): void {
  const theirRounds = readRoundRows(theirsDb);
  for (const r of mergeRoundRows(readRoundRows(db), theirRounds)) insertRoundIfMissing(db, r);
  const recorded = readRoundCodingRows(db);
  for (const round of theirRounds) {
    const already = recorded.filter((r) => r.round_id === round.id);
    const candidates = freshCoders(sideOfEachCoder(independentCodings(round, mine), independentCodings(round, theirs)), already);
    for (const row of candidates) insertRoundCodingIfMissing(db, row);
  }
  // Independent codings a colleague recorded in a merge of their own (a third coder's round).
  for (const row of freshCoders(readRoundCodingRows(theirsDb), readRoundCodingRows(db))) insertRoundCodingIfMissing(db, row);
  mergeResolutions(db, theirsDb, theirs, docIdBySha);
  mergeReplies(db, theirsDb);
}

export function mergeResolutions(db: Db, theirsDb: Db, theirs: ProjectItems, docIdBySha: ReadonlyMap<string, string>): void {
  for (const r of listResolutionRows(theirsDb)) {
    const documentId = docIdBySha.get(theirs.shaById.get(r.document_id) ?? '');
    if (documentId) insertResolutionIfMissing(db, { ...r, document_id: documentId });
  }
}
