// A code's per-language text for tests that build Code objects by hand: names only, no notes.
import type { Code } from '../../shared/domain/code';

export function textOf(en: string, ru = '', notes: Partial<{ definition: string; inclusion: string; exclusion: string }> = {}): Code['text'] {
  const empty = { definition: '', inclusion: '', exclusion: '' };
  return { en: { ...empty, ...notes, name: en }, ru: { ...empty, name: ru } };
}
