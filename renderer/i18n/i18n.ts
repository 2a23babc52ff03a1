// The one i18n layer of the renderer: t(key, params), the useT() hook, plurals, error messages.
//
// FORMAT OF en.json / ru.json (for every helper adding keys): NESTED JSON objects, one level per
// dot in the key — the key reader.zoomIn reads { "reader": { "zoomIn": "…" } }. Never write a dotted
// key inside a file. Params are written {name}. A plural message is an object whose keys are
// Intl.PluralRules categories, chosen by params.count: English needs "one" and "other", Russian
// "one", "few", "many" and "other" (1 документ, 2 документа, 5 документов, 1,5 документа).
// Both files must hold the same keys: tests/unit/renderer/i18n/keys.test.ts checks it, and that
// every literal key passed to t() under renderer/ exists.
import { useSyncExternalStore } from 'react';
import { toErrorData } from '../../shared/errors';
import en from './en.json';
import ru from './ru.json';

export type Locale = 'en' | 'ru';
export type LanguageSetting = 'system' | Locale;
export type Params = Record<string, string | number>;

type Messages = { [key: string]: string | Messages };

const CATALOGS: Record<Locale, Messages> = { en: en as Messages, ru: ru as Messages };
export const LOCALES: Locale[] = ['en', 'ru'];
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

let current: Locale = 'en';
const listeners = new Set<() => void>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** 'system' follows the OS / browser language: Russian for any ru-*, English otherwise. */
export function resolveLocale(setting: LanguageSetting, systemLocale: string): Locale {
  if (setting === 'en' || setting === 'ru') return setting;
  return systemLocale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  for (const l of [...listeners]) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function lookup(catalog: Messages, key: string): string | Messages | undefined {
  let node: string | Messages | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

/** True when the value is a plural object ({one, other, …}) rather than a branch of keys. */
export function isPluralObject(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((k) => PLURAL_CATEGORIES.includes(k));
}

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined ? m : String(params[name]),
  );
}

function resolveIn(locale: Locale, key: string, params?: Params): string | undefined {
  const value = lookup(CATALOGS[locale], key);
  if (typeof value === 'string') return interpolate(value, params);
  if (isPluralObject(value)) {
    const count = Number(params?.count ?? 0);
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    const text = value[rules.select(count)] ?? value.other;
    return interpolate(text, { ...params, count: formatNumber(count, locale) });
  }
  return undefined;
}

/** True if the key exists in the current locale (or English). */
export function hasKey(key: string, locale: Locale = current): boolean {
  return resolveIn(locale, key) !== undefined || resolveIn('en', key) !== undefined;
}

/** Translates a key in the current locale; falls back to English, then to the key itself. */
export function t(key: string, params?: Params, locale: Locale = current): string {
  return resolveIn(locale, key, params) ?? resolveIn('en', key, params) ?? key;
}

export function formatNumber(n: number, locale: Locale = current): string {
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB').format(n);
}

/** ISO date string -> local date: 'medium' 3 Mar 2025 / 3 мар. 2025 г., 'short' 03/03/2025 / 03.03.2025. */
export function formatDate(iso: string, locale: Locale = current, style: 'medium' | 'short' = 'medium'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: style }).format(d);
}

/**
 * A user-facing message for anything thrown by the API: errors.<code> translated with the
 * error's params, else the backend's English message (errors with unknown codes keep their text).
 */
export function errorMessage(err: unknown, locale: Locale = current): string {
  const data = toErrorData(err);
  const key = `errors.${data.code}`;
  const translated = data.code !== 'internal' ? resolveIn(locale, key, data.params) : undefined;
  return translated ?? (data.message || t('errors.internal', undefined, locale));
}

/** Translated label of a vocabulary value (vocab.<list>.<id>); '' stays '' (unknown). */
export function vocabLabel(
  list: 'organisation' | 'country' | 'docType' | 'language',
  id: string,
  locale: Locale = current,
): string {
  if (!id) return '';
  return resolveIn(locale, `vocab.${list}.${id}`) ?? id;
}

export interface Translator {
  t: (key: string, params?: Params) => string;
  locale: Locale;
}

const translators = new Map<Locale, Translator>();

/** React hook: a translator bound to the current locale; re-renders when the locale changes. */
export function useT(): Translator {
  const locale = useSyncExternalStore(subscribe, getLocale, getLocale);
  let tr = translators.get(locale);
  if (!tr) {
    tr = { t: (key, params) => t(key, params, locale), locale };
    translators.set(locale, tr);
  }
  return tr;
}
