import { describe, expect, it } from 'vitest';
import { matchQuote, maxErrorsFor } from '../../../../shared/anchoring/match-quote';

describe('matchQuote', () => {
  it('returns an exact occurrence with score 1 when context and position agree', () => {
    const text = 'before the quote after';
    const m = matchQuote(text, 'the quote', { prefix: 'before ', suffix: ' after', hint: 7 });
    expect(m).toMatchObject({ start: 7, end: 16, errors: 0, score: 1 });
  });

  it('picks among repeated occurrences by prefix and suffix', () => {
    const text = 'Article 4 applies to states. Article 4 applies to victims. Article 4 applies to courts.';
    const m = matchQuote(text, 'Article 4 applies', { prefix: 'to states. ', suffix: ' to victims.' });
    expect(m?.start).toBe(text.indexOf('Article 4 applies to victims'));
  });

  it('finds a quote with a few edits and scores it below an exact one', () => {
    const text = 'The report notes that identification of victims remains weak in most member states.';
    const m = matchQuote(text, 'identification of victims remained poor in most member states');
    expect(m).not.toBeNull();
    expect(m!.start).toBe(text.indexOf('identification'));
    expect(m!.errors).toBeGreaterThan(0);
    expect(m!.score).toBeLessThan(1);
  });

  it('returns null for unrelated text', () => {
    expect(matchQuote('Completely different content about fisheries policy.', 'trafficking for forced criminality')).toBeNull();
  });

  it('allows one error per four characters beyond eight, at most 64', () => {
    expect(maxErrorsFor(4)).toBe(0);
    expect(maxErrorsFor(12)).toBe(1);
    expect(maxErrorsFor(48)).toBe(10);
    expect(maxErrorsFor(1000)).toBe(64);
  });

  it('uses the position hint to break ties between identical contexts', () => {
    const text = 'x same y x same y x same y';
    expect(matchQuote(text, 'same', { prefix: 'x ', suffix: ' y', hint: 20 })?.start).toBe(20);
    expect(matchQuote(text, 'same', { prefix: 'x ', suffix: ' y', hint: 0 })?.start).toBe(2);
  });
});
