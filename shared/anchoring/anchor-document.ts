// A document's page texts prepared for anchoring, computed lazily and kept: the normalised
// text with its offset map and the code-point index of each page. Anchoring 2,000 highlights
// of one 600-page report normalises each page once (~1.8 M characters, ~50 ms) instead of
// once per highlight. Create one per document and pass it to anchorTarget for every target;
// drop it when the document closes (it holds ~10 bytes per character).

import { codePointIndex, type CodePointIndex } from './code-points';
import { normaliseWithMap, type NormalisedText } from './normalise-text';
import { knownPageIndices, pageTextOf, type PageTexts } from './page-texts';

export interface PreparedPage {
  readonly text: string;
  readonly normalised: NormalisedText;
  readonly codePoints: CodePointIndex;
}

export interface AnchorDocument {
  readonly kind: 'anchor-document';
  /** The prepared page, or undefined when the source does not know its text. */
  page(pageIndex: number): PreparedPage | undefined;
  /** Page indices the whole-document search visits, ascending. */
  pageIndices(): number[];
}

export function createAnchorDocument(pageTexts: PageTexts, pageCount?: number): AnchorDocument {
  const cache = new Map<number, PreparedPage | null>();
  return {
    kind: 'anchor-document',
    page(pageIndex) {
      const cached = cache.get(pageIndex);
      if (cached !== undefined) return cached ?? undefined;
      const text = pageTextOf(pageTexts, pageIndex);
      if (text === undefined) {
        cache.set(pageIndex, null);
        return undefined;
      }
      let normalised: NormalisedText | undefined;
      let codePoints: CodePointIndex | undefined;
      const prepared: PreparedPage = {
        text,
        get normalised() {
          return (normalised ??= normaliseWithMap(text));
        },
        get codePoints() {
          return (codePoints ??= codePointIndex(text));
        },
      };
      cache.set(pageIndex, prepared);
      return prepared;
    },
    pageIndices: () => knownPageIndices(pageTexts, pageCount),
  };
}

export function isAnchorDocument(value: unknown): value is AnchorDocument {
  return typeof value === 'object' && value !== null && (value as AnchorDocument).kind === 'anchor-document';
}
