// Which codings an agreement on an independent-coding round compares: for each chosen coder,
// the codings recorded as made independently in the round (round_codings, written at the merge
// back), and for the consensus layer its current codings; on the round's documents where every
// chosen coder (the consensus layer aside) has at least one such coding, because a document a
// coder never coded in the round was not judged by them, and counting it as "not coded" is
// exactly the κ = 0 the issue reported. Compared with the consensus layer, the documents are
// those every independent coder of the round coded: the same N as the agreement before consensus.
import { CONSENSUS_CODER } from '../../../shared/domain/rounds';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { type CodingWithTargets, codingsForAgreement, independentCodingsForAgreement } from '../../db/repositories/agreement';
import { listRounds } from '../share/independent-round';

export interface IndependentScopeResult {
  roundId: string;
  documents: Array<{ id: string; title: string }>;
  codings: CodingWithTargets[];
}

function bad(message: string): GlossaError {
  return new GlossaError('agreement.badInput', message);
}

export function independentScope(
  db: Db,
  roundId: string,
  coders: ReadonlyArray<{ id: string; name: string }>,
  documents: ReadonlyArray<{ id: string; title: string }>,
  codeFilter: readonly string[] | null,
): IndependentScopeResult {
  const round = listRounds(db).find((r) => r.id === roundId);
  if (!round) throw bad('This independent-coding round is not in the project.');
  const people = coders.filter((c) => c.id !== CONSENSUS_CODER.id);
  for (const c of people) {
    if (!round.independentCoderIds.includes(c.id)) throw bad(`${c.name} has no independent codings in this round.`);
  }
  const withConsensus = coders.some((c) => c.id === CONSENSUS_CODER.id);
  const judges = withConsensus ? round.independentCoderIds : people.map((c) => c.id);
  const inRound = new Set(round.documentIds);
  const candidates = documents.filter((d) => inRound.has(d.id)).map((d) => d.id);
  const codedBy = new Map<string, Set<string>>();
  for (const c of independentCodingsForAgreement(db, roundId, judges, candidates, codeFilter)) codedBy.set(c.documentId, (codedBy.get(c.documentId) ?? new Set()).add(c.coderId));
  const chosen = documents.filter((d) => inRound.has(d.id) && judges.every((id) => codedBy.get(d.id)?.has(id)));
  const ids = [...chosen.map((d) => d.id)];
  const independent = independentCodingsForAgreement(db, roundId, people.map((c) => c.id), ids, codeFilter);
  const consensus = withConsensus ? codingsForAgreement(db, [CONSENSUS_CODER.id], ids, codeFilter) : [];
  return { roundId, documents: chosen, codings: [...independent, ...consensus] };
}
