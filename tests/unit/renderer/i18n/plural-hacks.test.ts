// No message fakes a plural with "(s)" ("coding(s)") or Russian endings in brackets ("код(ов)"):
// counts go through the plural rules (a {one, few, many, other} object chosen by Intl.PluralRules),
// and the codebook's delete and merge confirmations read right for 1, 3 and 5 in both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { isPluralObject, setLocale, t } from '../../../../renderer/i18n/i18n';
import en from '../../../../renderer/i18n/en.json';
import ru from '../../../../renderer/i18n/ru.json';

afterEach(() => setLocale('en'));

function strings(node: unknown, key = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[key, node]];
  if (isPluralObject(node)) return Object.entries(node).map(([k, v]) => [`${key}.${k}`, v]);
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
}

describe('plural hacks', () => {
  it('has no "(s)" / "(es)" in English messages', () => {
    expect(strings(en).filter(([, v]) => /\w\((s|es)\)/i.test(v)).map(([k]) => k)).toEqual([]);
  });

  it('has no bracketed plural endings in Russian messages', () => {
    expect(strings(ru).filter(([, v]) => /[а-яё]\((ов|ей|и|ы|ев|ам|ами|ах)\)/i.test(v)).map(([k]) => k)).toEqual([]);
  });

  it('counts codes and codings of a deletion with the plural rules', () => {
    const body = () => t('codebook.deleteBody', { codes: t('codebook.codeCount', { count: 1 }), codings: t('codebook.codingCount', { count: 5 }) });
    expect(body()).toContain('removes 1 code and 5 codings');
    setLocale('ru');
    expect(body()).toContain('удалены 1 код и 5 кодировок');
    expect(t('codebook.codingCount', { count: 3 })).toBe('3 кодировки');
    expect(t('codebook.codingCount', { count: 21 })).toBe('21 кодировка');
  });

  it('words the merge confirmation for one and for many codings', () => {
    const p = { source: 'A', target: 'B' };
    expect(t('codebook.mergeBody', { ...p, count: 1 })).toMatch(/^The 1 coding of “A” moves/);
    expect(t('codebook.mergeBody', { ...p, count: 4 })).toMatch(/^All 4 codings of “A” move/);
    setLocale('ru');
    expect(t('codebook.mergeBody', { ...p, count: 1 })).toMatch(/^1 кодировка «A» перейдёт/);
    expect(t('codebook.mergeBody', { ...p, count: 3 })).toMatch(/^Все 3 кодировки «A» перейдут/);
    expect(t('codebook.mergeBody', { ...p, count: 7 })).toMatch(/^Все 7 кодировок «A» перейдут/);
  });
});
