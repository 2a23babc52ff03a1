// Which library rows to render: those in the viewport plus a margin, with the rest stood for
// by two spacer rows of the same height, so the scroll bar and the last row stay where they
// would be. At 2,000 documents rendering every row took seconds on open and on each sort
// click; a window of ~50 rows takes a few milliseconds whatever the size. Rows have one fixed
// height (cells never wrap; see .doc-row in app.css).

/** Height of one library row in CSS pixels (the .doc-row rule in app.css sets the same). */
export const LIBRARY_ROW_HEIGHT = 32;
/** Rows rendered beyond each edge of the viewport: keyboard moves and fast scrolls land on rendered rows. */
const OVERSCAN = 12;
/** Viewport assumed before the scroll box is measured (first paint; jsdom has no layout). */
const UNMEASURED_VIEWPORT = 1200;

export interface RowWindow {
  start: number;
  /** One past the last rendered row. */
  end: number;
  padTop: number;
  padBottom: number;
}

export function rowWindow(total: number, scrollTop: number, viewportHeight: number, rowHeight = LIBRARY_ROW_HEIGHT): RowWindow {
  const viewport = viewportHeight > 0 ? viewportHeight : UNMEASURED_VIEWPORT;
  // A scroll position read before the list shrank (a filter) may lie past its end: clamp it,
  // so the last rows show even before the browser's own scroll event arrives.
  const top = Math.max(0, Math.min(scrollTop, total * rowHeight - viewport));
  const start = Math.min(total, Math.max(0, Math.floor(top / rowHeight) - OVERSCAN));
  const end = Math.min(total, Math.max(start, Math.ceil((top + viewport) / rowHeight) + OVERSCAN));
  return { start, end, padTop: start * rowHeight, padBottom: (total - end) * rowHeight };
}
