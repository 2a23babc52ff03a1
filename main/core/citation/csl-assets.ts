// The CSL files citations are made with: one style per CitationStyleId and the locales
// en-US, en-GB and ru-RU, shipped in assets/csl (see assets/csl/NOTICE.md) and found like the
// report fonts and the OCR data by asset-dirs.ts (the repository's assets/ under tsx, vitest
// and the bundles; <resources>/assets/csl in the packaged app). Read once and kept: the seven
// files are 390 kB of XML, and citeproc-js parses a style again for every engine anyway.
import fs from 'node:fs';
import path from 'node:path';
import { GlossaError } from '../../../shared/errors';
import type { CitationStyleId } from '../../../shared/csl/citation-styles';
import { findAssetFiles, type AssetPlaces } from '../assets/asset-dirs';

export const CSL_STYLE_FILES: Record<CitationStyleId, string> = {
  'chicago-author-date': 'styles/chicago-author-date.csl',
  apa: 'styles/apa.csl',
  'harvard-cite-them-right': 'styles/harvard-cite-them-right.csl',
  oscola: 'styles/oscola.csl',
  'gost-r-7-0-5-2008-author-date': 'styles/gost-r-7-0-5-2008-author-date.csl',
};

export const CSL_LOCALES = ['en-US', 'en-GB', 'ru-RU'] as const;
export type CslLocaleTag = (typeof CSL_LOCALES)[number];

export const CSL_FILES = [...Object.values(CSL_STYLE_FILES), ...CSL_LOCALES.map((l) => `locales/locales-${l}.xml`)];

/** The assets/csl folder for these places (the packaging test passes the packaged app's); null when none has every file. */
export function findCslDir(places?: AssetPlaces, exists?: (file: string) => boolean): string | null {
  const found = findAssetFiles('csl', CSL_FILES, places, exists);
  return found ? path.dirname(path.dirname(found[0])) : null;
}

let dir: string | null = null;
const texts = new Map<string, string>();

function read(rel: string): string {
  let text = texts.get(rel);
  if (text !== undefined) return text;
  if (!dir) dir = findCslDir();
  if (!dir) throw new GlossaError('internal', 'The citation styles are missing (assets/csl/styles/*.csl).');
  text = fs.readFileSync(path.join(dir, rel), 'utf8');
  texts.set(rel, text);
  return text;
}

export function styleXml(style: CitationStyleId): string {
  return read(CSL_STYLE_FILES[style]);
}

/** A locale's XML; undefined for a locale Glossa does not ship (citeproc then falls back to en-US). */
export function localeXml(tag: string): string | undefined {
  return (CSL_LOCALES as readonly string[]).includes(tag) ? read(`locales/locales-${tag}.xml`) : undefined;
}
