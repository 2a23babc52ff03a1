// The rules for independent-coding rounds, consensus resolutions and replies, applied by their
// handlers and to every such row of a project file before it is opened (main/db/row-check.ts).
import { CONSENSUS_CHOICES, type ConsensusChoice } from '../domain/rounds';
import { GlossaError } from '../errors';
import { checkSha256 } from './document-rules';

/** A reply is a short argument about a passage, not a memo: 20,000 characters. */
export const MAX_REPLY = 20_000;
/** More documents than any corpus Glossa is used for; bounds the JSON of a colleague's file. */
export const MAX_ROUND_DOCUMENTS = 100_000;
const ID_RE = /^[A-Za-z0-9-]{1,100}$/;

function bad(field: string, message: string): GlossaError {
  return new GlossaError('api.badInput', message, { field });
}

export function checkReplyBody(body: unknown): string {
  if (typeof body !== 'string') throw bad('body', '"body" must be text');
  if (body.length > MAX_REPLY) throw bad('body', `A reply is limited to ${MAX_REPLY} characters.`);
  return body;
}

export function checkId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ID_RE.test(value)) throw bad(field, `"${field}" must be an id`);
  return value;
}

function jsonList(json: unknown, field: string): unknown[] {
  let v: unknown;
  try {
    v = typeof json === 'string' ? JSON.parse(json) : undefined;
  } catch {
    v = undefined;
  }
  if (!Array.isArray(v) || v.length > MAX_ROUND_DOCUMENTS) throw bad(field, `"${field}" must be a JSON list`);
  return v;
}

/** The stored documents column of a round: a JSON list of sha256. */
export function checkRoundDocumentsJson(json: unknown): string[] {
  return jsonList(json, 'documents').map((s) => checkSha256(s));
}

/** The stored kept_coders column of a round: a JSON list of coder ids. */
export function checkCoderIdsJson(json: unknown): string[] {
  return jsonList(json, 'kept_coders').map((s) => checkId(s, 'kept_coders'));
}

export function checkConsensusChoice(choice: unknown): ConsensusChoice {
  if (!CONSENSUS_CHOICES.includes(choice as ConsensusChoice)) throw bad('choice', `"choice" must be one of ${CONSENSUS_CHOICES.join(', ')}`);
  return choice as ConsensusChoice;
}

/** A stretch of code points on a page: 0 <= start < end. */
export function checkStretch(start: unknown, end: unknown): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
    throw bad('start', 'A passage needs a start before its end (whole characters).');
  }
  return { start: start as number, end: end as number };
}
