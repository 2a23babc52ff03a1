// Matching bibliography entries to documents (main/core/bibliography/match-entries.ts and
// title-similarity.ts): DOI, then URL, then a normalised title (case, ё/е, punctuation), then
// the file name; each document proposed once, the strongest pair first.
import { describe, expect, it } from 'vitest';
import { doisInText, matchEntries, matchOne, type MatchDocument, normaliseDoi, normaliseUrl } from '../../../../../main/core/bibliography/match-entries';
import { normaliseTitle, titleSimilarity } from '../../../../../main/core/bibliography/title-similarity';

const doc = (id: string, title: string, fileName = `${id}.pdf`, more: Partial<MatchDocument> = {}): MatchDocument => ({ id, title, fileName, dois: [], urls: [], ...more });

describe('titles', () => {
  it('fold case, ё to е, quotes, dashes and colons', () => {
    expect(normaliseTitle('Национальный доклад: «её» роль — 2020')).toBe('национальный доклад ее роль 2020');
    expect(titleSimilarity('Национальный доклад: её роль', 'национальный доклад — ее роль')).toBe(1);
    expect(titleSimilarity('Report on Trafficking, 2019', 'report on trafficking 2019')).toBe(1);
  });
  it('a word more or less still matches; another report of the same series does not', () => {
    expect(titleSimilarity('Report on Trafficking in Human Beings in the OSCE Region', 'Report on trafficking in human beings in the OSCE region, 2019')).toBeGreaterThan(0.9);
    expect(titleSimilarity('Evaluation Report: Ukraine, Second Evaluation Round', 'Evaluation Report: Moldova, Third Evaluation Round')).toBeLessThan(0.75);
    expect(titleSimilarity('', 'x')).toBe(0);
  });
});

describe('DOIs and URLs', () => {
  it('normalises DOIs and finds them in page text', () => {
    expect(normaliseDoi('https://doi.org/10.1787/9789264312345-EN')).toBe('10.1787/9789264312345-en');
    expect(doisInText('Please cite as: OECD (2019), doi:10.1787/9789264312345-en. Paris.')).toEqual(['10.1787/9789264312345-en']);
    expect(normaliseUrl('https://WWW.OSCE.org/odihr/Report/')).toBe('osce.org/odihr/Report');
  });
});

describe('matchOne', () => {
  const entry = { type: 'report', title: 'Trafficking and Corruption', DOI: '10.1787/ABC', URL: 'https://example.org/files/tc-report.pdf' };
  it('DOI first, then URL, then title, then file name', () => {
    expect(matchOne(entry, null, doc('d', 'Something else', 'x.pdf', { dois: ['10.1787/abc'] }))).toEqual({ documentId: 'd', reason: 'doi', confidence: 1 });
    expect(matchOne(entry, null, doc('d', 'Something else', 'x.pdf', { urls: ['http://example.org/files/tc-report.pdf/'] }))).toMatchObject({ reason: 'url', confidence: 0.95 });
    expect(matchOne(entry, null, doc('d', 'Something else', 'TC-report.pdf'))).toMatchObject({ reason: 'url', confidence: 0.9 });
    expect(matchOne(entry, null, doc('d', 'Trafficking and corruption'))).toMatchObject({ reason: 'title', confidence: 1 });
    expect(matchOne(entry, 'greta-2018-20', doc('d', 'Scan 001', 'GRETA_2018_20.pdf'))).toMatchObject({ reason: 'fileName', confidence: 0.8 });
    expect(matchOne(entry, null, doc('d', 'Scan 001', 'trafficking-and-corruption.pdf'))).toMatchObject({ reason: 'fileName' });
    expect(matchOne(entry, null, doc('d', 'Annual statistics of shelters', 'stats.pdf'))).toBeNull();
  });
});

describe('matchEntries', () => {
  it('proposes each document for one entry, the stronger evidence first, and leaves the rest unmatched', () => {
    const entries = [
      { citekey: 'a', csl: { type: 'report', title: 'Report on trafficking 2019' } },
      { citekey: 'b', csl: { type: 'report', title: 'Report on trafficking 2019 (revised)', DOI: '10.1234/rev' } },
      { citekey: 'c', csl: { type: 'article', title: 'Unrelated article about fisheries' } },
    ];
    const docs = [doc('rev', 'Report on trafficking 2019', 'rev.pdf', { dois: ['10.1234/rev'] })];
    expect(matchEntries(entries, docs)).toEqual([null, { documentId: 'rev', reason: 'doi', confidence: 1 }, null]);
    const two = [...docs, doc('orig', 'Report on trafficking, 2019')];
    expect(matchEntries(entries, two).map((m) => m?.documentId ?? null)).toEqual(['orig', 'rev', null]);
  });
});
