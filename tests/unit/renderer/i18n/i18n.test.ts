// The i18n layer: lookup with fallback, interpolation, Russian plurals, locale resolution,
// translated error messages and vocabulary labels.
import { afterEach, describe, expect, it } from 'vitest';
import { GlossaError } from '../../../../shared/errors';
import { errorMessage, getLocale, resolveLocale, setLocale, t, vocabLabel } from '../../../../renderer/i18n/i18n';

afterEach(() => setLocale('en'));

describe('t()', () => {
  it('translates nested keys in the current locale and switches at run time', () => {
    expect(t('common.cancel')).toBe('Cancel');
    setLocale('ru');
    expect(getLocale()).toBe('ru');
    expect(t('common.cancel')).toBe('Отмена');
  });

  it('interpolates params and leaves unknown placeholders visible', () => {
    expect(t('search.noHits', { query: 'торговля' })).toBe('Nothing found for “торговля”.');
    expect(t('search.noHits')).toBe('Nothing found for “{query}”.');
  });

  it('returns the key itself for a missing key (visible, never blank)', () => {
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('chooses English plural forms', () => {
    expect(t('library.count', { count: 1 })).toBe('1 document');
    expect(t('library.count', { count: 0 })).toBe('0 documents');
    expect(t('library.count', { count: 2500 })).toBe('2,500 documents');
  });

  it('chooses the three Russian plural forms (1 документ, 3 документа, 5 документов, 21 документ)', () => {
    setLocale('ru');
    expect(t('library.count', { count: 1 })).toBe('1 документ');
    expect(t('library.count', { count: 3 })).toBe('3 документа');
    expect(t('library.count', { count: 5 })).toBe('5 документов');
    expect(t('library.count', { count: 11 })).toBe('11 документов');
    expect(t('library.count', { count: 21 })).toBe('21 документ');
    expect(t('library.count', { count: 24 })).toBe('24 документа');
  });
});

describe('resolveLocale', () => {
  it("follows the system locale for 'system' and obeys an explicit choice", () => {
    expect(resolveLocale('system', 'ru-RU')).toBe('ru');
    expect(resolveLocale('system', 'RU')).toBe('ru');
    expect(resolveLocale('system', 'de-DE')).toBe('en');
    expect(resolveLocale('en', 'ru-RU')).toBe('en');
    expect(resolveLocale('ru', 'en-US')).toBe('ru');
  });
});

describe('errorMessage', () => {
  it('translates errors.<code> with the error params', () => {
    const err = new GlossaError('project.newerVersion', 'English text', { version: 9, supported: 2 });
    setLocale('ru');
    expect(errorMessage(err)).toContain('формат файла 9');
    expect(errorMessage(err)).toContain('до 2');
  });

  it('handles plain ErrorData as it arrives over the wire', () => {
    expect(errorMessage({ code: 'import.encrypted', message: 'x' })).toBe(
      'This PDF is password-protected and cannot be imported.',
    );
  });

  it('falls back to the English message for internal and unknown codes', () => {
    expect(errorMessage(new Error('disk full'))).toBe('disk full');
    expect(errorMessage({ code: 'future.code', message: 'Something new' })).toBe('Something new');
  });
});

describe('vocabLabel', () => {
  it('translates vocabulary ids and keeps unknown ones readable', () => {
    expect(vocabLabel('organisation', 'osce-odihr')).toBe('OSCE – ODIHR');
    setLocale('ru');
    expect(vocabLabel('country', 'moldova')).toBe('Молдова');
    expect(vocabLabel('docType', 'not-a-type')).toBe('not-a-type');
    expect(vocabLabel('language', '')).toBe('');
  });
});
