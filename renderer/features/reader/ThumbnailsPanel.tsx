// Page thumbnails, rendered lazily: 600 sized placeholders, a canvas only for the ones in or
// near the panel's viewport (an IntersectionObserver with a 300 px margin), released again
// when they scroll away. Renders go through ThumbnailQueue, one at a time.
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import type { ReaderController } from './reader-controller';

/** Thumbnail width in CSS px: wide enough to recognise a chart or a table on the page. */
const THUMB_WIDTH = 120;

export function ThumbnailsPanel({ controller }: { controller: ReaderController }) {
  const { t } = useT();
  const { sizes, pageIndex } = useStore(controller.store);
  const panelRef = useRef<HTMLDivElement>(null);
  const observerRef = useRef<IntersectionObserver | null>(null);

  useEffect(() => {
    const panel = panelRef.current;
    const queue = controller.thumbnails;
    if (!panel || !queue) return;
    const live = new Map<Element, { canvas: HTMLCanvasElement; cancel: () => void }>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const slot = e.target.querySelector<HTMLElement>('.reader-thumb-canvas');
          if (!slot) continue;
          const current = live.get(e.target);
          if (e.isIntersecting && !current) {
            const canvas = document.createElement('canvas');
            slot.replaceChildren(canvas);
            const index = Number((e.target as HTMLElement).dataset.pageIndex);
            live.set(e.target, { canvas, cancel: queue.request(index, canvas, THUMB_WIDTH) });
          } else if (!e.isIntersecting && current) {
            current.cancel();
            current.canvas.width = 0;
            current.canvas.remove();
            live.delete(e.target);
          }
        }
      },
      { root: panel, rootMargin: '300px 0px' },
    );
    observerRef.current = observer;
    panel.querySelectorAll('.reader-thumb').forEach((el) => observer.observe(el));
    return () => {
      observer.disconnect();
      observerRef.current = null;
      for (const { cancel, canvas } of live.values()) {
        cancel();
        canvas.width = 0;
      }
    };
  }, [controller, sizes]);

  // Keep the current page's thumbnail in view while reading.
  useEffect(() => {
    panelRef.current
      ?.querySelector<HTMLElement>(`.reader-thumb[data-page-index="${pageIndex}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [pageIndex]);

  return (
    <div className="reader-thumbs" ref={panelRef} data-testid="thumbnails" aria-label={t('reader.thumbnails')}>
      {sizes.map((size, i) => (
        <button
          type="button"
          key={i}
          className={i === pageIndex ? 'reader-thumb current' : 'reader-thumb'}
          data-testid="thumbnail"
          data-page-index={i}
          aria-current={i === pageIndex ? 'page' : undefined}
          aria-label={t('reader.thumbnailLabel', { page: i + 1 })}
          onClick={() => controller.goToPage(i)}
        >
          <span className="reader-thumb-canvas" style={{ width: THUMB_WIDTH, height: Math.round((THUMB_WIDTH * size.height) / size.width) }} />
          <span className="reader-thumb-number">{i + 1}</span>
        </button>
      ))}
    </div>
  );
}
