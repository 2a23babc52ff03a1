// The rules for memos and researcher identities, applied by the memo and coder handlers and
// to every memo and coder row of a project file before it is opened (main/db/row-check.ts).
import type { MemoTargetType } from '../domain/code';
import type { MemoLinkKind } from '../domain/memo';
import { GlossaError } from '../errors';
import { isHexColor } from './colour-rules';

/** A memo can be long (a project's analytic notes), but not unbounded: 1 MB of text. */
export const MAX_MEMO = 1_000_000;
export const MEMO_TARGET_TYPES: readonly MemoTargetType[] = ['project', 'document', 'code', 'annotation'];
export const MAX_CODER_NAME = 200;

export function checkMemoBody(body: unknown): string {
  if (typeof body !== 'string') throw new GlossaError('api.badInput', '"body" must be text', { field: 'body' });
  if (body.length > MAX_MEMO) throw new GlossaError('api.badInput', `A memo is limited to ${MAX_MEMO} characters.`, { field: 'body' });
  return body;
}

export function checkCoderName(name: unknown): string {
  const n = typeof name === 'string' ? name.trim() : '';
  if (n === '' || n.length > MAX_CODER_NAME) throw new GlossaError('coder.badInput', 'Type a name for the researcher.', { field: 'name' });
  return n;
}

export function checkCoderColor(color: unknown): string {
  if (!isHexColor(color)) throw new GlossaError('coder.badInput', 'The colour must be like #4e79a7.', { field: 'color' });
  return color.toLowerCase();
}

/** A title is a line, like a code name: 300 characters. */
export const MAX_MEMO_TITLE = 300;
export const MEMO_LINK_KINDS: readonly MemoLinkKind[] = ['document', 'code', 'case', 'annotation'];
/** A memo linked to more items than a report has codes is a mistake, not a memo: 2,000. */
export const MAX_MEMO_LINKS = 2000;

export function checkMemoTitle(title: unknown): string {
  const t = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : '';
  if (t === '') throw new GlossaError('memo.badInput', 'Type a title for the memo.', { field: 'title' });
  if (t.length > MAX_MEMO_TITLE) throw new GlossaError('memo.badInput', `A memo title is at most ${MAX_MEMO_TITLE} characters.`, { field: 'title' });
  return t;
}

export function checkMemoLinkKind(kind: unknown): MemoLinkKind {
  if (!MEMO_LINK_KINDS.includes(kind as MemoLinkKind)) {
    throw new GlossaError('memo.badInput', 'A memo links to a document, a code, a case or a passage.', { field: 'kind' });
  }
  return kind as MemoLinkKind;
}
