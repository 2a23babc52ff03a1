// The citation styles Glossa ships (assets/csl/styles, CSL 1.0) and the two citation locales:
// what the export dialog, "Copy with citation", the CLI's --style/--locale and the contract
// accept. Pure: the renderer's pickers and the backend's checks read the same list.
export const CITATION_STYLES = [
  'chicago-author-date',
  'apa',
  'harvard-cite-them-right',
  'oscola',
  'gost-r-7-0-5-2008-author-date',
] as const;

export type CitationStyleId = (typeof CITATION_STYLES)[number];

export const CITATION_LOCALES = ['en', 'ru'] as const;
export type CitationLocale = (typeof CITATION_LOCALES)[number];

export const DEFAULT_CITATION_STYLE: CitationStyleId = 'chicago-author-date';

export function isCitationStyle(value: unknown): value is CitationStyleId {
  return typeof value === 'string' && (CITATION_STYLES as readonly string[]).includes(value);
}

export function isCitationLocale(value: unknown): value is CitationLocale {
  return typeof value === 'string' && (CITATION_LOCALES as readonly string[]).includes(value);
}

/** The user's citation choice ("Copy with citation", and the export dialog's starting point). */
export interface CitationChoice {
  style: CitationStyleId;
  locale: CitationLocale;
}
