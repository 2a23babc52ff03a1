// The few sentences the CLI prints in the user's language (--lang en|ru), read from the same
// catalogs as the interface (renderer/i18n/en.json, ru.json) so the two never say different
// things: a key's text with {params}, plural objects chosen by Intl.PluralRules like the
// renderer's t(). The rest of the CLI speaks English.
import en from '../../renderer/i18n/en.json';
import ru from '../../renderer/i18n/ru.json';
import { UsageError } from './command-registry';

export type CliLang = 'en' | 'ru';
const CATALOGS: Record<CliLang, unknown> = { en, ru };

/** --lang's value, checked (default English). */
export function cliLang(value: string | undefined): CliLang {
  if (value === undefined || value === 'en' || value === 'ru') return value ?? 'en';
  throw new UsageError(`--lang must be en or ru (got "${value}")`);
}

function lookup(catalog: unknown, key: string): unknown {
  let node = catalog;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/** The text of `key` in `lang` (English when missing there), or null when neither has it. */
export function cliText(lang: CliLang, key: string, params: Record<string, string | number> = {}): string | null {
  for (const l of [lang, 'en'] as const) {
    let value = lookup(CATALOGS[l], key);
    if (value && typeof value === 'object') {
      const forms = value as Record<string, string>;
      value = forms[new Intl.PluralRules(l).select(Number(params.count ?? 0))] ?? forms.other;
    }
    if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (m, name: string) => (params[name] === undefined ? m : String(params[name])));
  }
  return null;
}
