// The reader's toolbar: the open document's name, panels, page navigation ("N / total"), zoom steps and fit modes,
// find. Every control calls the controller; nothing here holds viewer state of its own
// except the page number being typed.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import type { ReaderController } from './reader-controller';
import { MAX_ZOOM, MIN_ZOOM, zoomPercent } from './zoom';

export function ReaderToolbar(props: { controller: ReaderController; onClose?: () => void; documentName?: string }) {
  const { controller, onClose, documentName } = props;
  const { t } = useT();
  const s = useStore(controller.store);
  const ready = s.status === 'ready';
  return (
    <div className="reader-toolbar" role="toolbar" aria-label={t('reader.toolbar')}>
      {onClose && (
        <button type="button" onClick={onClose} data-testid="reader-close" title={t('reader.close')}>
          ← {t('reader.close')}
        </button>
      )}
      {documentName && (
        <span className="reader-document-name" data-testid="reader-document-name" title={documentName}>
          {documentName}
        </span>
      )}
      <span className="reader-toolbar-sep" />
      <button
        type="button"
        className={s.sidebar === 'thumbnails' ? 'toggled' : undefined}
        aria-pressed={s.sidebar === 'thumbnails'}
        disabled={!ready}
        onClick={() => controller.toggleSidebar('thumbnails')}
        data-testid="toggle-thumbnails"
        title={t('reader.thumbnails')}
      >
        ▦ {t('reader.thumbnails')}
      </button>
      {s.outline.length > 0 && (
        <button
          type="button"
          className={s.sidebar === 'outline' ? 'toggled' : undefined}
          aria-pressed={s.sidebar === 'outline'}
          onClick={() => controller.toggleSidebar('outline')}
          data-testid="toggle-outline"
          title={t('reader.outline')}
        >
          ☰ {t('reader.outline')}
        </button>
      )}
      <span className="reader-toolbar-sep" />
      <button type="button" disabled={!ready || s.pageIndex <= 0} onClick={() => controller.previousPage()} data-testid="page-previous" title={t('reader.previousPage')} aria-label={t('reader.previousPage')}>
        ↑
      </button>
      <PageInput controller={controller} pageIndex={s.pageIndex} numPages={s.numPages} disabled={!ready} />
      <span className="reader-page-total">
        /&nbsp;<span data-testid="page-count">{s.numPages || '–'}</span>
      </span>
      <button type="button" disabled={!ready || s.pageIndex >= s.numPages - 1} onClick={() => controller.nextPage()} data-testid="page-next" title={t('reader.nextPage')} aria-label={t('reader.nextPage')}>
        ↓
      </button>
      <span className="reader-toolbar-sep" />
      <button type="button" disabled={!ready || s.zoom <= MIN_ZOOM} onClick={() => controller.zoomOut()} data-testid="zoom-out" title={t('reader.zoomOut')} aria-label={t('reader.zoomOut')}>
        −
      </button>
      <span className="reader-zoom-value" data-testid="zoom-value" aria-label={t('reader.zoom')}>
        {zoomPercent(s.zoom)}%
      </span>
      <button type="button" disabled={!ready || s.zoom >= MAX_ZOOM} onClick={() => controller.zoomIn()} data-testid="zoom-in" title={t('reader.zoomIn')} aria-label={t('reader.zoomIn')}>
        +
      </button>
      <button
        type="button"
        className={s.zoomSetting === 'fit-width' ? 'toggled' : undefined}
        aria-pressed={s.zoomSetting === 'fit-width'}
        disabled={!ready}
        onClick={() => controller.fitWidth()}
        data-testid="fit-width"
      >
        {t('reader.fitWidth')}
      </button>
      <button
        type="button"
        className={s.zoomSetting === 'fit-page' ? 'toggled' : undefined}
        aria-pressed={s.zoomSetting === 'fit-page'}
        disabled={!ready}
        onClick={() => controller.fitPage()}
        data-testid="fit-page"
      >
        {t('reader.fitPage')}
      </button>
      <span className="spacer" />
      <button
        type="button"
        disabled={!ready}
        onClick={() => {
          controller.find?.open();
          requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="find-input"]')?.focus());
        }}
        data-testid="find-open"
        title={t('reader.findShortcut')}
      >
        {t('reader.find')}
      </button>
    </div>
  );
}

function PageInput(props: { controller: ReaderController; pageIndex: number; numPages: number; disabled: boolean }) {
  const { t } = useT();
  const { controller, pageIndex, numPages } = props;
  const [text, setText] = useState(String(pageIndex + 1));
  const [editing, setEditing] = useState(false);
  // Enter and Escape blur the field; the blur that follows must not commit a second time.
  const skipBlur = useRef(false);
  useEffect(() => {
    if (!editing) setText(String(pageIndex + 1));
  }, [pageIndex, editing]);

  const commit = () => {
    const n = Number.parseInt(text, 10);
    if (Number.isFinite(n) && numPages > 0) controller.goToPage(Math.min(numPages, Math.max(1, n)) - 1);
    setEditing(false);
    setText(String((Number.isFinite(n) ? Math.min(numPages, Math.max(1, n)) : pageIndex + 1)));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
      skipBlur.current = true;
      (e.target as HTMLInputElement).blur();
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setEditing(false);
      setText(String(pageIndex + 1));
      skipBlur.current = true;
      (e.target as HTMLInputElement).blur();
    }
  };
  return (
    <input
      className="reader-page-input"
      data-testid="page-input"
      aria-label={t('reader.pageNumber')}
      inputMode="numeric"
      disabled={props.disabled}
      value={text}
      size={Math.max(2, String(numPages).length)}
      onFocus={(e) => {
        setEditing(true);
        e.target.select();
      }}
      onChange={(e) => setText(e.target.value.replace(/[^0-9]/g, ''))}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (skipBlur.current) skipBlur.current = false;
        else if (editing) commit();
      }}
    />
  );
}
