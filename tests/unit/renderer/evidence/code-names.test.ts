// Code names in the interface language for evidence and analysis: localized path from the
// codebook, the backend's stored path for a code the codebook does not know.
import { textOf } from '../../../helpers/code-text';
import { describe, expect, it } from 'vitest';
import { makeCodeNames } from '../../../../renderer/features/evidence/code-names';

const codes = [
  { id: 'root', parentId: null, text: textOf('Influence instruments', 'Инструменты влияния') },
  { id: 'kp', parentId: 'root', text: textOf('Knowledge production', 'Производство знаний') },
  // Typed in the Russian interface: no English name, so English shows the Russian one.
  { id: 'mine', parentId: 'kp', text: textOf('', 'Моя подкатегория') },
];

describe('code names', () => {
  it('walks the codebook for a localized path; a code named in one language only shows that name in both', () => {
    const ru = makeCodeNames(codes, 'ru');
    expect(ru.path('mine', ['x'])).toEqual(['Инструменты влияния', 'Производство знаний', 'Моя подкатегория']);
    expect(ru.name('kp', ['Influence instruments', 'Knowledge production'])).toBe('Производство знаний');
    expect(makeCodeNames(codes, 'en').name('kp', [])).toBe('Knowledge production');
    expect(makeCodeNames(codes, 'en').path('mine', [])).toEqual(['Influence instruments', 'Knowledge production', 'Моя подкатегория']);
  });

  it('falls back to the stored path for unknown codes and survives a parent cycle', () => {
    const names = makeCodeNames([{ id: 'a', parentId: 'b', text: textOf('A') }, { id: 'b', parentId: 'a', text: textOf('B') }], 'ru');
    expect(names.path('gone', ['Old', 'Path'])).toEqual(['Old', 'Path']);
    expect(names.path('a', []).length).toBeLessThanOrEqual(64);
  });
});
