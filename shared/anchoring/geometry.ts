// Page geometry without pdf.js: the mapping between PDF user space (points, origin at the
// viewBox's bottom-left, y up) and viewport space (CSS pixels of the rendered page, origin
// top-left, y down) for a given viewBox, scale and rotation. The maths are those of pdf.js'
// PageViewport (transform = rotation x flip x scale, centred on the viewBox), standalone so the
// backend, tests and the highlight layer share it and stored rects stay in PDF points: a
// highlight is redrawn at any zoom by converting its stored rects with the current viewport.

import type { PdfRect } from '../domain/annotation';

/** [x1, y1, x2, y2] of the page in user space (pdf.js `page.view`). */
export type ViewBox = readonly [number, number, number, number];

/** Affine matrix [a, b, c, d, e, f]: x' = a x + c y + e, y' = b x + d y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export interface ViewportSpec {
  viewBox: ViewBox;
  /** CSS pixels per point (pdf.js `scale`). */
  scale: number;
  /** Clockwise page rotation in degrees, a multiple of 90 (negative values are normalised). */
  rotation: number;
  offsetX?: number;
  offsetY?: number;
  /** PDF /UserUnit (points per unit); default 1. */
  userUnit?: number;
}

export interface Viewport {
  transform: Matrix;
  /** Size of the rendered page in viewport units. */
  width: number;
  height: number;
}

/** Axis-aligned rectangle in viewport space (top < bottom). */
export interface ViewportRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Normalises a rotation to 0, 90, 180 or 270; other angles are rounded to the nearest quarter turn. */
export function normaliseRotation(rotation: number): 0 | 90 | 180 | 270 {
  const quarter = ((Math.round((Number.isFinite(rotation) ? rotation : 0) / 90) % 4) + 4) % 4;
  return (quarter * 90) as 0 | 90 | 180 | 270;
}

export function createViewport(spec: ViewportSpec): Viewport {
  const [x1, y1, x2, y2] = spec.viewBox;
  const scale = spec.scale * (spec.userUnit ?? 1);
  const offsetX = spec.offsetX ?? 0;
  const offsetY = spec.offsetY ?? 0;
  const centerX = (x1 + x2) / 2;
  const centerY = (y1 + y2) / 2;
  // Rotation combined with the y flip (PDF y up -> screen y down).
  let a: number, b: number, c: number, d: number;
  switch (normaliseRotation(spec.rotation)) {
    case 90: [a, b, c, d] = [0, 1, 1, 0]; break;
    case 180: [a, b, c, d] = [-1, 0, 0, 1]; break;
    case 270: [a, b, c, d] = [0, -1, -1, 0]; break;
    default: [a, b, c, d] = [1, 0, 0, -1];
  }
  // A quarter turn swaps the page's width and height on screen.
  const swapped = a === 0;
  const canvasX = (swapped ? Math.abs(centerY - y1) : Math.abs(centerX - x1)) * scale + offsetX;
  const canvasY = (swapped ? Math.abs(centerX - x1) : Math.abs(centerY - y1)) * scale + offsetY;
  const width = (swapped ? y2 - y1 : x2 - x1) * scale;
  const height = (swapped ? x2 - x1 : y2 - y1) * scale;
  const transform: Matrix = [
    a * scale,
    b * scale,
    c * scale,
    d * scale,
    canvasX - a * scale * centerX - c * scale * centerY,
    canvasY - b * scale * centerX - d * scale * centerY,
  ];
  return { transform, width, height };
}

export function applyMatrix(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function invertMatrix(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det, (m[2] * m[5] - m[4] * m[3]) / det, (m[4] * m[1] - m[5] * m[0]) / det];
}

/** PDF user-space point -> viewport point (pdf.js convertToViewportPoint). */
export function toViewportPoint(viewport: Viewport, x: number, y: number): [number, number] {
  return applyMatrix(viewport.transform, x, y);
}

/** Viewport point -> PDF user-space point (pdf.js convertToPdfPoint). */
export function toPdfPoint(viewport: Viewport, x: number, y: number): [number, number] {
  return applyMatrix(invertMatrix(viewport.transform), x, y);
}

export function pdfRectToViewport(viewport: Viewport, rect: PdfRect): ViewportRect {
  const [ax, ay] = toViewportPoint(viewport, rect.x1, rect.y1);
  const [bx, by] = toViewportPoint(viewport, rect.x2, rect.y2);
  return { left: Math.min(ax, bx), top: Math.min(ay, by), right: Math.max(ax, bx), bottom: Math.max(ay, by) };
}

/** Viewport rect -> PDF rect with x1 <= x2 and y1 <= y2 (bottom-left, top-right). */
export function viewportRectToPdf(viewport: Viewport, rect: ViewportRect): PdfRect {
  const inverse = invertMatrix(viewport.transform);
  const [ax, ay] = applyMatrix(inverse, rect.left, rect.top);
  const [bx, by] = applyMatrix(inverse, rect.right, rect.bottom);
  return { x1: Math.min(ax, bx), y1: Math.min(ay, by), x2: Math.max(ax, bx), y2: Math.max(ay, by) };
}
