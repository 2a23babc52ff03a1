// The named rules of merge-rounds.ts, one at a time, on plain rows.
import { describe, expect, it } from 'vitest';
import { freshCoders, independentCodings, mergeRoundRows, sideOfEachCoder } from '../../../../../main/core/share/merge-rounds';
import type { ProjectItems } from '../../../../../main/core/share/merge-items';
import type { RoundCodingRow, RoundRow } from '../../../../../main/db/repositories/rounds';
import { CONSENSUS_CODER } from '../../../../../shared/domain/rounds';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const round = (id: string, kept: string[] = [], docs = [SHA_A]): RoundRow => ({
  id, sender_id: 'alice', sender_name: 'Alice', sent_at: '2026-12-01T10:00:00Z', documents: JSON.stringify(docs), kept_coders: JSON.stringify(kept),
});
const rc = (coder: string, ann: string, roundId = 'r1'): RoundCodingRow => ({ round_id: roundId, annotation_id: ann, code_id: 'c', coder_id: coder });

/** Items with one highlight per [annotation id, document sha, coder]. */
function side(rows: Array<[string, string, string]>): ProjectItems {
  const items = new Map();
  const codingsByAnnotation = new Map();
  for (const [id, sha, coder] of rows) {
    items.set(`ann:${id}`, { kind: 'ann', key: `ann:${id}`, hash: 'h', row: { id, coder_id: coder }, docSha: sha });
    codingsByAnnotation.set(id, [{ annotation_id: id, code_id: 'c', coder_id: coder, created_at: 'x' }]);
  }
  return { items, shaById: new Map(), idBySha: new Map(), codingsByAnnotation } as unknown as ProjectItems;
}

describe('merge rules for rounds', () => {
  it('mergeRoundRows keeps every round either side has, once', () => {
    expect(mergeRoundRows([round('r1')], [round('r1'), round('r2')]).map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('independentCodings: the round\'s documents, not the kept coders, not the consensus layer', () => {
    const items = side([['a1', SHA_A, 'alice'], ['a2', SHA_B, 'alice'], ['c1', SHA_A, 'carol'], ['k1', SHA_A, CONSENSUS_CODER.id]]);
    expect(independentCodings(round('r1', ['carol']), items)).toEqual([rc('alice', 'a1')]);
  });

  it('sideOfEachCoder takes a coder who coded in the other file from that file only', () => {
    const mine = [rc('alice', 'a1'), rc('boris', 'old')];
    const theirs = [rc('boris', 'b1')];
    expect(sideOfEachCoder(mine, theirs)).toEqual([rc('boris', 'b1'), rc('alice', 'a1')]);
  });

  it('freshCoders records a coder once per round', () => {
    expect(freshCoders([rc('alice', 'a9'), rc('boris', 'b2'), rc('boris', 'b3', 'r2')], [rc('alice', 'a1')])).toEqual([rc('boris', 'b2'), rc('boris', 'b3', 'r2')]);
  });
});
