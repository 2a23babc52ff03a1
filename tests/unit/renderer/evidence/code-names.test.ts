// Code names in the interface language for evidence and analysis: localized path from the
// codebook, the backend's stored path for a code the codebook does not know.
import { describe, expect, it } from 'vitest';
import { makeCodeNames } from '../../../../renderer/features/evidence/code-names';

const codes = [
  { id: 'root', parentId: null, name: 'Influence instruments', localizedNames: { en: 'Influence instruments', ru: 'Инструменты влияния' } },
  { id: 'kp', parentId: 'root', name: 'Knowledge production', localizedNames: { en: 'Knowledge production', ru: 'Производство знаний' } },
  { id: 'mine', parentId: 'kp', name: 'Моя подкатегория', localizedNames: {} },
];

describe('code names', () => {
  it('walks the codebook for a localized path; typed names stay as typed', () => {
    const ru = makeCodeNames(codes, 'ru');
    expect(ru.path('mine', ['x'])).toEqual(['Инструменты влияния', 'Производство знаний', 'Моя подкатегория']);
    expect(ru.name('kp', ['Influence instruments', 'Knowledge production'])).toBe('Производство знаний');
    expect(makeCodeNames(codes, 'en').name('kp', [])).toBe('Knowledge production');
  });

  it('falls back to the stored path for unknown codes and survives a parent cycle', () => {
    const names = makeCodeNames([{ id: 'a', parentId: 'b', name: 'A', localizedNames: {} }, { id: 'b', parentId: 'a', name: 'B', localizedNames: {} }], 'ru');
    expect(names.path('gone', ['Old', 'Path'])).toEqual(['Old', 'Path']);
    expect(names.path('a', []).length).toBeLessThanOrEqual(64);
  });
});
