// The independent-coding part of the contract (issue 11): the rounds of a project, resolving a
// disputed passage into the consensus layer, and replies on highlights. Inputs are untrusted
// JSON: their shape is checked here, their content by shared/rules/round-rules.ts. Mutations
// are undoable coding actions and emit 'coding.changed' so the reader and panels refresh.
import type { Handlers } from '../../../shared/contract';
import type { Coder } from '../../../shared/domain/code';
import type { ConsensusChoice, ConsensusRequest } from '../../../shared/domain/rounds';
import { asObject, asVoid, int, reqInt, str, stringArray } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { addReply, deleteReply, listReplies, updateReply } from '../coding/replies';
import { listResolutions, resolvePassage } from './consensus';
import { listRounds } from './independent-round';

type RoundChannels = 'rounds.list' | 'consensus.resolve' | 'consensus.list' | 'replies.list' | 'replies.add' | 'replies.update' | 'replies.delete';

function consensusRequest(input: unknown): ConsensusRequest {
  const o = asObject(input);
  return {
    documentId: str(o, 'documentId', { max: 100 }),
    pageIndex: reqInt(o, 'pageIndex', { min: 0 }),
    start: reqInt(o, 'start', { min: 0 }),
    end: reqInt(o, 'end', { min: 1 }),
    codeId: str(o, 'codeId', { max: 100 }),
    coderA: str(o, 'coderA', { max: 100 }),
    coderB: str(o, 'coderB', { max: 100 }),
    choice: str(o, 'choice', { max: 20 }) as ConsensusChoice,
    editStart: int(o, 'editStart', { min: 0, optional: true }),
    editEnd: int(o, 'editEnd', { min: 1, optional: true }),
  };
}

export function roundHandlers(ctx: BackendContext, coder: () => Coder): Pick<Handlers, RoundChannels> {
  const db = () => ctx.requireProject().db;
  const mutate = <T>(run: () => { result: T; documentIds: string[] }): T => {
    const out = run();
    ctx.emit('coding.changed', out.documentIds.length === 1 ? { documentId: out.documentIds[0] } : {});
    return out.result;
  };
  return {
    'rounds.list': (input) => {
      asVoid(input);
      return listRounds(db());
    },
    'consensus.resolve': (input) => mutate(() => resolvePassage(db(), coder(), consensusRequest(input))),
    'consensus.list': (input) => {
      const o = input === undefined || input === null ? {} : asObject(input);
      return listResolutions(db(), o.documentIds === undefined ? undefined : stringArray(o.documentIds, 'documentIds'));
    },
    'replies.list': (input) => listReplies(db(), str(asObject(input), 'annotationId', { max: 100 })),
    'replies.add': (input) => {
      const o = asObject(input);
      return mutate(() => addReply(db(), coder(), str(o, 'annotationId', { max: 100 }), o.body));
    },
    'replies.update': (input) => {
      const o = asObject(input);
      return mutate(() => updateReply(db(), coder(), str(o, 'id', { max: 100 }), o.body));
    },
    'replies.delete': (input) => {
      mutate(() => deleteReply(db(), coder(), str(asObject(input), 'id', { max: 100 })));
    },
  };
}
