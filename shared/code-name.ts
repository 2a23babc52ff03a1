// The name a code carries in a given language: the one place exports (and later every other
// caller) ask for it, so bilingual code names can change this body without touching callers.
// Today: the shipped translation of a default-codebook code, else the name the user typed.
import type { Code } from './domain/code';

export type NameLanguage = 'en' | 'ru';

export function codeNameFor(code: Pick<Code, 'name' | 'localizedNames'>, lang: NameLanguage): string {
  return code.localizedNames?.[lang] || code.name;
}
