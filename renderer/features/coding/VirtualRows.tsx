// A scrolling <ol> that renders only the rows near its viewport (row-window.ts): padding above
// and below stands for the rows left out, so the scroll bar spans the whole list. Row heights
// are measured after render and watched (a selected row grows with its replies, an edited row
// with its editor). `revealKey` (the selected row) is scrolled into view when it changes, also
// when that row is far outside the rendered window: first to its estimated offset, then, once
// rendered, exactly (block 'nearest', as the panel did before).
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { rowOffsets, rowWindow, scrollToReveal } from './row-window';

/** 600 px of rows above and below the viewport: a PageDown's worth, measured before it is needed. */
const OVERSCAN_PX = 600;

export interface VirtualRowsProps<T> {
  items: readonly T[];
  keyOf(item: T): string;
  /** One <li> with React key and `data-row-key` both keyOf(item): the element that is measured. */
  renderRow(item: T): ReactNode;
  /** Height of a row not rendered yet. */
  estimate: number;
  revealKey?: string | null;
  className?: string;
  /** Shown instead of rows when there are none. */
  placeholder?: ReactNode;
}

export function VirtualRows<T>({ items, keyOf, renderRow, estimate, revealKey, className, placeholder }: VirtualRowsProps<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  const heights = useRef(new Map<string, number>());
  const keyOfElement = useRef(new WeakMap<Element, string>());
  const [view, setView] = useState({ top: 0, height: 0 });
  const [, setMeasured] = useState(0);
  const pendingReveal = useRef<string | null>(null);

  const heightOf = useCallback((i: number) => heights.current.get(keyOf(items[i])), [items, keyOf]);
  const win = rowWindow({ count: items.length, heightOf, estimate, scrollTop: view.top, viewport: view.height, overscan: OVERSCAN_PX });

  // Scrolled to the end: stays at the end while rows near it are measured (taller or shorter
  // than the estimate), so the last row does not slide out of view.
  const atEnd = useRef(false);
  const readView = useCallback(() => {
    const el = listRef.current;
    if (el) atEnd.current = el.scrollTop > 0 && el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
    if (el) setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
  }, []);

  // Row heights as they change (selection, editor, replies loading, font, panel width).
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    const ro = new ResizeObserver((entries) => {
      let changed = false;
      for (const e of entries) {
        if (e.target === listRef.current) continue;
        const key = keyOfElement.current.get(e.target);
        const h = (e.target as HTMLElement).offsetHeight;
        if (key !== undefined && h > 0 && heights.current.get(key) !== h) {
          heights.current.set(key, h);
          changed = true;
        }
      }
      if (changed) setMeasured((n) => n + 1);
      readView();
    });
    if (listRef.current) ro.observe(listRef.current);
    observer.current = ro;
    return () => ro.disconnect();
  }, [readView]);

  // After each render: measure the rendered rows, watch them, and finish a pending reveal.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const rows = [...list.querySelectorAll<HTMLElement>(':scope > [data-row-key]')];
    let changed = false;
    for (const el of rows) {
      const key = el.dataset.rowKey!;
      if (!keyOfElement.current.has(el)) {
        keyOfElement.current.set(el, key);
        observer.current?.observe(el);
      }
      const h = el.offsetHeight;
      if (h > 0 && heights.current.get(key) !== h) {
        heights.current.set(key, h);
        changed = true;
      }
    }
    if (view.height === 0 && list.clientHeight > 0) readView();
    if (atEnd.current && list.scrollTop + list.clientHeight < list.scrollHeight - 2) list.scrollTop = list.scrollHeight;
    const want = pendingReveal.current;
    if (want !== null) {
      const el = rows.find((r) => r.dataset.rowKey === want);
      if (el) {
        pendingReveal.current = null;
        el.scrollIntoView({ block: 'nearest' });
        readView();
      }
    }
    if (changed) setMeasured((n) => n + 1);
  });

  // A new revealKey: jump to its estimated offset when it is outside the window; the layout
  // effect above scrolls to it exactly once it is rendered.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !revealKey) return;
    const index = items.findIndex((it) => keyOf(it) === revealKey);
    if (index < 0) return;
    pendingReveal.current = revealKey;
    if (index < win.start || index >= win.end) {
      const offsets = rowOffsets(items.length, heightOf, estimate);
      const top = scrollToReveal(offsets, index, list.scrollTop, list.clientHeight);
      if (top !== null) {
        list.scrollTop = top;
        readView();
      }
    }
    // Only when the key changes: a reload of the list must not pull the view back to the selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealKey]);

  return (
    <ol ref={listRef} className={className} onScroll={readView} data-rows-total={items.length}>
      {items.length === 0 && placeholder}
      {win.padTop > 0 && <li aria-hidden="true" className="virtual-pad" style={{ height: win.padTop }} />}
      {items.slice(win.start, win.end).map((item) => renderRow(item))}
      {win.padBottom > 0 && <li aria-hidden="true" className="virtual-pad" style={{ height: win.padBottom }} />}
    </ol>
  );
}
