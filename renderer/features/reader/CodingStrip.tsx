// The strip beside the reader's scroll bar: where the document's codings fall, in code colours,
// over the whole document (a 600-page report at a glance). Marks are bucketed per pixel row
// (coding-strip.ts) and painted into one canvas; a translucent band shows the part in view.
// Hover names the page and the codes; a click opens the passage under the pointer, or goes to
// that point of the document; Up / Down (when focused) go to the previous / next passage.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { bucketMarks, documentOffsetAt, marksNear, stepMark, stripRects, summarise, type StripSource } from './coding-strip';
import { pageIndexAtOffset } from './reader-layout';
import type { ReaderController } from './reader-controller';

/** The strip's width in CSS px: wide enough for three codes side by side in 4 px lanes. */
const STRIP_WIDTH = 14;
/** The band of the part in view is at least this tall: a screen of a 600-page report is 1 px. */
const MIN_BAND_PX = 5;
/** Codes named in the hover text before "+N". */
const MAX_NAMED_CODES = 4;

export function CodingStrip({ controller, pageLabels }: { controller: ReaderController; pageLabels?: readonly string[] }) {
  const { source } = useStore(controller.strip);
  // Shown from the start, while the document opens (the coding session sets its source at
  // once): a strip appearing later would narrow the pages and move the first page sideways.
  if (!source) return null;
  return <Strip controller={controller} source={source} pageLabels={pageLabels} />;
}

function Strip({ controller, source, pageLabels }: { controller: ReaderController; source: StripSource; pageLabels?: readonly string[] }) {
  const { t } = useT();
  const { layoutVersion, numPages } = useStore(controller.store);
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const bandRef = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  const [hover, setHover] = useState<{ y: number; indexes: number[] } | null>(null);
  const layout = controller.layoutSnapshot;

  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  // The layout object is replaced whenever layoutVersion changes.
  const buckets = useMemo(() => (layout && height > 0 ? bucketMarks(source.marks, layout, height) : null), [source, layoutVersion, height]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !buckets) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(STRIP_WIDTH * dpr);
    canvas.height = Math.round(buckets.height * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, STRIP_WIDTH, buckets.height);
    // 1 px of track each side so a mark never touches the scroll bar.
    for (const r of stripRects(buckets.runs, STRIP_WIDTH - 2)) {
      ctx.fillStyle = r.color;
      ctx.fillRect(r.x + 1, r.y, r.width, r.height);
    }
  }, [buckets]);

  // The band of the part in view follows the scroll position without a React render.
  useEffect(() => {
    const scroller = controller.scrollElement;
    let frame = 0;
    const place = () => {
      frame = 0;
      const band = bandRef.current;
      const total = controller.layoutSnapshot?.totalHeight ?? 0;
      if (!band || total <= 0 || height <= 0) return;
      band.style.top = `${(scroller.scrollTop / total) * height}px`;
      band.style.height = `${Math.max(MIN_BAND_PX, (scroller.clientHeight / total) * height)}px`;
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [controller, height, layoutVersion]);

  const yOf = (e: MouseEvent) => e.clientY - e.currentTarget.getBoundingClientRect().top;
  const onMove = (e: MouseEvent<HTMLDivElement>) => {
    if (!buckets) return;
    const y = yOf(e);
    setHover({ y, indexes: marksNear(buckets, y) });
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (!buckets || !layout) return;
    const y = yOf(e);
    const near = marksNear(buckets, y);
    if (near.length > 0) source.activate(source.marks[near[0]].id);
    else controller.goToDocumentOffset(documentOffsetAt(y, buckets.height, layout));
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const mark = stepMark(source.marks, controller.store.getSnapshot().pageIndex, e.key);
    if (mark === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    if (mark) source.activate(mark.id);
  };

  const passages = useMemo(() => new Set(source.marks.map((m) => m.id)).size, [source]);
  const pageName = (i: number) => {
    const label = pageLabels && pageLabels.length === numPages ? pageLabels[i] : undefined;
    return label && label !== String(i + 1) ? t('reader.strip.pagePrinted', { page: i + 1, label }) : t('reader.strip.page', { page: i + 1 });
  };
  const hoverText = (() => {
    if (!hover || !layout || !buckets) return null;
    const s = summarise(source.marks, hover.indexes);
    if (!s) {
      const offset = documentOffsetAt(hover.y, buckets.height, layout);
      const page = pageIndexAtOffset(layout, offset);
      return t('reader.strip.goTo', { page: pageName(page) });
    }
    const pages = s.firstPage === s.lastPage ? pageName(s.firstPage) : t('reader.strip.pages', { first: s.firstPage + 1, last: s.lastPage + 1 });
    const names = s.codeIds.slice(0, MAX_NAMED_CODES).map((id) => source.labelOf(id));
    if (s.codeIds.length > MAX_NAMED_CODES) names.push(t('reader.strip.moreCodes', { count: s.codeIds.length - MAX_NAMED_CODES }));
    const parts = [pages];
    if (s.passages > 1) parts.push(t('reader.strip.passages', { count: s.passages }));
    if (names.length > 0) parts.push(names.join(', '));
    return parts.join(' · ');
  })();

  return (
    <div
      ref={wrapRef}
      className="reader-strip"
      data-testid="coding-strip"
      data-passages={passages}
      role="navigation"
      tabIndex={0}
      aria-label={t('reader.strip.label', { count: passages })}
      onMouseMove={onMove}
      onMouseLeave={() => setHover(null)}
      onClick={onClick}
      onKeyDown={onKey}
    >
      <canvas ref={canvasRef} className="reader-strip-canvas" style={{ width: STRIP_WIDTH, height }} data-testid="coding-strip-canvas" />
      <div ref={bandRef} className="reader-strip-band" aria-hidden="true" />
      {hover && hoverText && (
        <div className="reader-strip-tip" role="tooltip" data-testid="coding-strip-tip" style={{ top: Math.max(0, Math.min(hover.y - 12, height - 28)) }}>
          {hoverText}
        </div>
      )}
    </div>
  );
}
