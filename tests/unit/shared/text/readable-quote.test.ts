// The readable quote on phrases as they come out of real EU, GRETA, OSCE and UNODC reports
// (pdf.js page text: "\n" per line, hyphens kept at line ends, ligatures as U+FB01 etc.).
import { describe, expect, it } from 'vitest';
import { documentVocabulary, typicalLineLength } from '../../../../shared/text/document-vocabulary';
import { readableQuote } from '../../../../shared/text/readable-quote';

const vocabulary = documentVocabulary([
  'The EU co-financing of shelters and the approximation of laws.\nCross-border cooperation.',
  'социально-экономический контекст и противодействие торговле людьми',
]);

describe('readableQuote', () => {
  it('turns line breaks inside a paragraph into single spaces', () => {
    expect(readableQuote('Trafficking in persons remains\na serious   crime across\nthe region.')).toBe(
      'Trafficking in persons remains a serious crime across the region.',
    );
  });

  it('joins a word split at a line end and keeps a compound the document writes with a hyphen', () => {
    const exact = 'progress in the approxima-\ntion of legislation and EU co-\nfinancing of shelters';
    expect(readableQuote(exact, { vocabulary })).toBe('progress in the approximation of legislation and EU co-financing of shelters');
  });

  it('joins a split word the document never writes hyphenated, even if absent from the vocabulary', () => {
    expect(readableQuote('GRETA urges the authorities to strength-\nen the identifica-\ntion of victims', { vocabulary })).toBe(
      'GRETA urges the authorities to strengthen the identification of victims',
    );
  });

  it('keeps the hyphen only when the document writes the compound and never the joined word', () => {
    const both = documentVocabulary(['Send an e-mail or an email; re-entry and co-operation.']);
    expect(readableQuote('by e-\nmail, re-\nentry and co-\noperation', { vocabulary: both })).toBe('by email, re-entry and co-operation');
    expect(readableQuote('co-\noperation', { vocabulary: documentVocabulary(['cooperation']) })).toBe('cooperation');
  });

  it('keeps a multi-part compound ("cross-border") split after its first hyphen', () => {
    expect(readableQuote('enhanced cross-\nborder cooperation', { vocabulary })).toBe('enhanced cross-border cooperation');
  });

  it('keeps the hyphen after an acronym and before a capital', () => {
    expect(readableQuote('the OSCE-\nled programme and anti-\nTrafficking Day')).toBe('the OSCE-led programme and anti-Trafficking Day');
  });

  it('always joins at a soft hyphen and drops other soft hyphens', () => {
    expect(readableQuote('co\u00ad\nfinancing and traf\u00adficking', { vocabulary })).toBe('cofinancing and trafficking');
  });

  it('handles Russian: split words joined, compounds kept', () => {
    const exact = 'в части противо-\nдействия торговле людьми, социально-\nэкономический контекст и по-\nмощь пострадавшим';
    expect(readableQuote(exact, { vocabulary })).toBe(
      'в части противодействия торговле людьми, социально-экономический контекст и помощь пострадавшим',
    );
  });

  it('expands ligatures', () => {
    expect(readableQuote('identi\ufb01cation of o\ufb00enders in the \ufb01eld')).toBe('identification of offenders in the field');
  });

  it('keeps paragraph breaks: before a numbered paragraph, after an empty line, after a short sentence end', () => {
    expect(readableQuote('the Action Plan was adopted.\n87. GRETA considers that\nthe authorities')).toBe(
      'the Action Plan was adopted.\n87. GRETA considers that the authorities',
    );
    expect(readableQuote('first paragraph ends here.\n\nSecond one')).toBe('first paragraph ends here.\nSecond one');
    const lineLength = 60;
    const exact = 'of the strategy for the period 2021-2025 and the national\nreferral mechanism was adopted.\nThe ministry then reported that the number of identified';
    expect(readableQuote(exact, { lineLength })).toBe(
      'of the strategy for the period 2021-2025 and the national referral mechanism was adopted.\nThe ministry then reported that the number of identified',
    );
  });

  it('does not take a full line that ends a sentence for a paragraph end', () => {
    const exact = 'The first line of this paragraph is as long as any other one.\nIt goes on here.';
    expect(readableQuote(exact, { lineLength: 60 })).toBe('The first line of this paragraph is as long as any other one. It goes on here.');
  });
});

describe('typicalLineLength', () => {
  it('is the 75th percentile of the lines of 20 characters or more', () => {
    const page = ['Header', 'a'.repeat(60), 'b'.repeat(62), 'c'.repeat(58), 'd'.repeat(61), 'short end of para.', '3'].join('\n');
    expect(typicalLineLength(page)).toBe(62);
    expect(typicalLineLength('one\ntwo')).toBeUndefined();
  });
});
