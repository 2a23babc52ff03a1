// The coding-query grammar: every operator, precedence, distances, quoting, and the errors a
// user sees for what it cannot read.
import { describe, expect, it } from 'vitest';
import { codeRefs, parseQuery } from '../../../../shared/query/query-syntax';
import { GlossaError } from '../../../../shared/errors';

const code = (ref: string) => ({ kind: 'code', ref });

describe('parseQuery', () => {
  it('reads each relation with its distance', () => {
    expect(parseQuery('"Funding" OVERLAPS "Co-funding"')).toEqual({ kind: 'relation', op: 'overlaps', distance: null, left: code('Funding'), right: code('Co-funding') });
    expect(parseQuery('A near/200 B')).toMatchObject({ op: 'near', distance: { unit: 'chars', n: 200 } });
    expect(parseQuery('A NEAR/PARAGRAPH B')).toMatchObject({ op: 'near', distance: { unit: 'paragraph' } });
    expect(parseQuery('A NEAR/page B')).toMatchObject({ op: 'near', distance: { unit: 'page' } });
    expect(parseQuery('A FOLLOWED-BY B')).toMatchObject({ op: 'followed-by', distance: null });
    expect(parseQuery('A FOLLOWED-BY/5000 B')).toMatchObject({ op: 'followed-by', distance: { unit: 'chars', n: 5000 } });
    expect(parseQuery('A INSIDE B')).toMatchObject({ op: 'inside' });
    expect(parseQuery('A OUTSIDE B')).toMatchObject({ op: 'outside' });
  });

  it('binds relations tighter than NOT, NOT tighter than AND, AND tighter than OR', () => {
    expect(parseQuery('A OR B AND NOT C OVERLAPS D')).toEqual({
      kind: 'or',
      left: code('A'),
      right: { kind: 'and', left: code('B'), right: { kind: 'not', operand: { kind: 'relation', op: 'overlaps', distance: null, left: code('C'), right: code('D') } } },
    });
    expect(parseQuery('(A OR B) OVERLAPS C')).toMatchObject({ kind: 'relation', left: { kind: 'or' } });
    expect(parseQuery('A OVERLAPS B INSIDE C')).toMatchObject({ kind: 'relation', op: 'inside', left: { kind: 'relation', op: 'overlaps' } });
  });

  it('takes code names with spaces, paths and Russian quotes', () => {
    expect(codeRefs(parseQuery('"Influence instruments/Funding" AND «Партнёр: МОМ» OR “EU funding”'))).toEqual([
      'Influence instruments/Funding',
      'Партнёр: МОМ',
      'EU funding',
    ]);
  });

  it.each([
    ['', /empty/],
    ['"Funding', /not closed/],
    ['A OVERLAPS', /code name is missing/],
    ['A B', /operator is missing/],
    ['A NEAR B', /NEAR needs a distance/],
    ['A NEAR/x B', /NEAR\/x needs a number/],
    ['A INSIDE/3 B', /INSIDE takes no distance/],
    ['(A OR B', /closing parenthesis/],
    ['A AND )', /code name is expected/],
  ])('refuses %j with a message', (input, message) => {
    let error: unknown;
    try {
      parseQuery(input);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GlossaError);
    expect((error as GlossaError).code).toBe('query.syntax');
    expect((error as GlossaError).message).toMatch(message);
  });
});
