// The coder view (me / everyone / one coder): its default and the coder ids it asks for; the
// agreement view's round choice and stretch keys.
import { describe, expect, it } from 'vitest';
import { agreementRequest, defaultRound, stretchKey } from '../../../../renderer/features/agreement/agreement-logic';
import { coderIdsOf, defaultCoderView, EVERYONE, ME, viewOfCoderIds } from '../../../../renderer/features/coding/coder-view';

describe('coder view', () => {
  it('defaults to my own highlights in a project with an independent-coding round, else everyone\'s', () => {
    expect(defaultCoderView([{ id: 'r1' }])).toBe(ME);
    expect(defaultCoderView([])).toBe(EVERYONE);
  });

  it('asks for my id, nobody in particular, or the chosen coder', () => {
    expect(coderIdsOf(ME, 'alice')).toEqual(['alice']);
    expect(coderIdsOf(EVERYONE, 'alice')).toBeUndefined();
    expect(coderIdsOf('boris', 'alice')).toEqual(['boris']);
    expect(coderIdsOf(ME, null)).toBeUndefined();
  });

  it('reads an explicit list of coders back as a view (null for several)', () => {
    expect(viewOfCoderIds([], 'alice')).toBe(EVERYONE);
    expect(viewOfCoderIds(['alice'], 'alice')).toBe(ME);
    expect(viewOfCoderIds(['boris'], 'alice')).toBe('boris');
    expect(viewOfCoderIds(['alice', 'boris'], 'alice')).toBeNull();
  });
});


describe('agreement choices for rounds', () => {
  const r = (id: string, coders: string[]) => ({ id, senderId: 'a', senderName: 'A', sentAt: 'x', documentIds: [], keptCoderIds: [], independentCoderIds: coders });
  it('offers the newest round two coders coded independently, and sends its id', () => {
    expect(defaultRound([r('new', ['a']), r('old', ['a', 'b'])])?.id).toBe('old');
    expect(defaultRound([r('new', [])])).toBeNull();
    expect(agreementRequest({ coderIds: ['a', 'b'], documentIds: [], codeIds: [], roundId: 'old' }).roundId).toBe('old');
    expect(agreementRequest({ coderIds: ['a', 'b'], documentIds: [], codeIds: [], roundId: '' })).not.toHaveProperty('roundId');
  });
  it('matches a stretch to its resolution by document, page, extent and code', () => {
    const s = { documentId: 'd', pageIndex: 1, start: 10, end: 40, codeId: 'c' };
    expect(stretchKey(s)).toBe(stretchKey({ ...s }));
    expect(stretchKey(s)).not.toBe(stretchKey({ ...s, end: 41 }));
  });
});
