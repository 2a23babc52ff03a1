// A code's words in a given language with the other language as fallback: the one place that
// decides which name the codebook panel, the coding popup, the evidence browser, agreement,
// charts, filters, the CLI and the reports show. Pure; imports nothing but domain types.
import type { Code, CodeLang, CodeText } from '../domain/code';

type Texts = Pick<Code, 'text'>;

/** 'ru' for Russian, 'en' for anything else (a report or interface language tag). */
export function codeLangOf(lang: string | null | undefined): CodeLang {
  return typeof lang === 'string' && lang.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function otherLang(lang: CodeLang): CodeLang {
  return lang === 'en' ? 'ru' : 'en';
}

/** The language whose name is shown for `lang`: `lang` itself, or the other when it has no name. */
export function shownNameLang(code: Texts, lang: string): CodeLang {
  const l = codeLangOf(lang);
  return code.text[l].name ? l : otherLang(l);
}

/** The code's name in `lang`, the other language's name when it has none there. */
export function codeNameFor(code: Texts, lang: string): string {
  return code.text[shownNameLang(code, lang)].name;
}

/** A definition or note in `lang`, falling back to the other language when empty there. */
export function codeFieldFor(code: Texts, field: Exclude<keyof CodeText, 'name'>, lang: string): string {
  const l = codeLangOf(lang);
  return code.text[l][field] || code.text[otherLang(l)][field];
}

/** Every non-empty name of the code (for matching a typed filter in either language). */
export function allCodeNames(code: Texts): string[] {
  return [code.text.en.name, code.text.ru.name].filter((n) => n !== '');
}

export function emptyText(): CodeText {
  return { name: '', definition: '', inclusion: '', exclusion: '' };
}

/** Russian when a text has more Cyrillic than Latin letters, English otherwise (also for ''). */
export function textLanguage(text: string): CodeLang {
  const cyr = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const lat = (text.match(/[A-Za-z]/g) ?? []).length;
  return cyr > lat ? 'ru' : 'en';
}
