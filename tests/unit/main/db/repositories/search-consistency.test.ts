// Property: the JS side (normalizeSearch + searchTokens, used for snippets and the reader's
// highlights) sees the same words as SQLite's unicode61 tokenizer. For random page texts
// mixing scripts, case, ё, Latin diacritics, digits, punctuation and combining marks, every
// page that FTS returns for a word taken from it gets a snippet with that word marked.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchPages } from '../../../../../main/db/repositories/search';
import { normalizeSearch } from '../../../../../shared/text/normalize-search';
import { searchTokens } from '../../../../../shared/text/search-tokens';
import { addDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';

let p: TempProject;
beforeAll(() => {
  p = tempProject('glossa-consistency-');
});
afterAll(() => p.close());

const letters = [...'abcxyzABCXYZéÉüÜİçñøßабвгдеёжйЁЙЖЮя0123456789'];
const separators = [' ', ' ', '\n', '-', '.', ',', '/', '«', '»', '\u00ad', '_', ':', '"', '*', '(', ')'];
const word = fc.array(fc.constantFrom(...letters, '\u0301'), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
const pageText = fc.array(fc.tuple(word, fc.constantFrom(...separators)), { minLength: 1, maxLength: 40 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('JS tokenisation agrees with FTS5 unicode61', () => {
  it('marks the searched word in the snippet of every page FTS returns', () => {
    let n = 0;
    fc.assert(
      fc.property(pageText, fc.nat(), (text, pick) => {
        const tokens = searchTokens(normalizeSearch(text));
        fc.pre(tokens.length > 0);
        const doc = addDocument(p.db, [text], { fileName: `doc-${n++}-end.pdf` });
        const key = tokens[pick % tokens.length].key;
        const r = searchPages(p.handle.db, { text: `"${key}"`, filter: { text: doc.fileName }, limit: 5 });
        expect(r.hits.length, `FTS did not find "${key}" in ${JSON.stringify(text)}`).toBe(1);
        expect(r.hits[0].snippet, JSON.stringify(text)).toMatch(/\u0002[^\u0003]+\u0003/);
      }),
      { numRuns: 200 },
    );
  });
});
