// Where "Insert passage" puts a cited quote in a memo (renderer/features/memos/memo-insert.ts):
// at the cursor, as a block of its own, the cursor after it, the text around kept as typed.
import { describe, expect, it } from 'vitest';
import { insertBlock } from '../../../../renderer/features/memos/memo-insert';

const Q = '> “Quote” (EU 2024, 3)';

describe('insertBlock', () => {
  it('an empty memo gets the quote and a line after it', () => {
    expect(insertBlock('', 0, Q)).toEqual({ body: `${Q}\n`, cursor: Q.length + 1 });
  });

  it('after text, a blank line first; before text, a blank line after', () => {
    expect(insertBlock('Why funding matters.', 20, Q)).toEqual({ body: `Why funding matters.\n\n${Q}\n`, cursor: 20 + 2 + Q.length + 1 });
    const mid = insertBlock('One.Two.', 4, Q);
    expect(mid.body).toBe(`One.\n\n${Q}\n\nTwo.`);
    expect(mid.body.slice(mid.cursor)).toBe('Two.');
  });

  it('uses the blank lines already there, and keeps a cursor past the end inside the text', () => {
    expect(insertBlock('One.\n\nTwo.', 6, Q).body).toBe(`One.\n\n${Q}\n\nTwo.`);
    expect(insertBlock('One.\n', 5, Q).body).toBe(`One.\n\n${Q}\n`);
    expect(insertBlock('One.', 99, Q).body).toBe(`One.\n\n${Q}\n`);
    expect(insertBlock('One.', -3, Q).body).toBe(`${Q}\n\nOne.`);
  });
});
