// Public surface of the text-anchoring library (pure TypeScript: no DOM, no Node APIs),
// shared by the renderer's highlight layer and the backend's re-anchoring and export.

export { codePointIndex, type CodePointIndex } from './code-points';
export { type PageTexts } from './page-texts';
export { QUOTE_CONTEXT_LENGTH, createSelectors, createTargets, trimRange, type TextSelectors } from './create-selectors';
export { normalise, normaliseWithMap, type NormalisedText } from './normalise-text';
export { approximateSearch, type ApproxMatch } from './approx-search';
export { matchQuote, maxErrorsFor, type QuoteContext, type QuoteMatch, type MatchOptions } from './match-quote';
export { createAnchorDocument, type AnchorDocument } from './anchor-document';
export { anchorTarget, anchorTargets, positionHoldsQuote, type AnchorOptions, type AnchorResult } from './anchor';
export { sortIndex, parseSortIndex, compareSortIndex, topFromPageTop } from './sort-index';
export {
  createViewport,
  toViewportPoint,
  toPdfPoint,
  pdfRectToViewport,
  viewportRectToPdf,
  normaliseRotation,
  type Viewport,
  type ViewportSpec,
  type ViewportRect,
  type ViewBox,
  type Matrix,
} from './geometry';
export { mergeLineRects, mergePdfLineRects, rectsForRange, pdfRectsForRange, directionForRotation, type PdfSpan, type SpanBox, type TextDirection, type MergeOptions } from './text-range-rects';
export { moveEdge, retarget, setEdge, stepOffset, targetsRange, type EdgeStep, type RangeEdge } from './move-edge';
