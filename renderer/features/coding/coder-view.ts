// Whose highlights the reader, the annotations panel and the evidence browser show (issue 11):
// "me", "everyone" or one chosen coder. Pure, so the rules are unit-tested. In a project that
// takes part in an independent-coding round each coder sees only their own highlights by
// default (seeing the others' would make the coding no longer independent); otherwise everyone's.
import type { CodingRound } from '../../../shared/domain/rounds';

/** 'me', 'everyone', or a coder id. */
export type CoderView = string;

export const ME = 'me';
export const EVERYONE = 'everyone';

export function defaultCoderView(rounds: readonly Pick<CodingRound, 'id'>[]): CoderView {
  return rounds.length > 0 ? ME : EVERYONE;
}

/** The coder ids to ask the backend for; undefined = everyone's. */
export function coderIdsOf(view: CoderView, meId: string | null): string[] | undefined {
  if (view === EVERYONE) return undefined;
  if (view === ME) return meId ? [meId] : undefined;
  return [view];
}

/** The view an explicit list of coder ids (the evidence filter's) amounts to, or null for several. */
export function viewOfCoderIds(ids: readonly string[] | undefined, meId: string | null): CoderView | null {
  if (!ids || ids.length === 0) return EVERYONE;
  if (ids.length > 1) return null;
  return ids[0] === meId ? ME : ids[0];
}
