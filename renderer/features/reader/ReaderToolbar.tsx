// The reader's toolbar: the open document's name, panels, page navigation ("N / total", or
// "printed 3 · PDF 7 of 12" when the document's printed page numbers differ from the PDF's),
// zoom steps and fit modes, find, and whose highlights are shown (CoderSwitch). Every control calls the controller; nothing here holds viewer
// state of its own except the page number being typed, which is a printed label ("3", "iv").
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { pageIndexForLabel } from '../../../shared/pdf/page-labels';
import { useStore } from '../../state/store';
import { CoderSwitch } from '../coding/CoderSwitch';
import type { ReaderController } from './reader-controller';
import { MAX_ZOOM, MIN_ZOOM, zoomPercent } from './zoom';

export interface ReaderToolbarProps {
  controller: ReaderController;
  onClose?: () => void;
  /** The open document's name (toolbar and window title). */
  documentName?: string;
  /** Printed page label per page (documentPageLabels); absent: the PDF numbers. */
  pageLabels?: readonly string[];
  /** The OCR menu (OcrControl), placed before Find. */
  ocrControl?: ReactNode;
}

export function ReaderToolbar({ controller, onClose, documentName, pageLabels, ocrControl }: ReaderToolbarProps) {
  const { t } = useT();
  const s = useStore(controller.store);
  const ready = s.status === 'ready';
  const labels = pageLabels && pageLabels.length === s.numPages ? pageLabels : null;
  const printed = labels !== null && labels.some((l, i) => l !== String(i + 1));
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
      <CoderSwitch testId="reader-coder-view" />
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
        ▦ <span className="reader-button-label">{t('reader.thumbnails')}</span>
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
          ☰ <span className="reader-button-label">{t('reader.outline')}</span>
        </button>
      )}
      <span className="reader-toolbar-sep" />
      <button type="button" disabled={!ready || s.pageIndex <= 0} onClick={() => controller.previousPage()} data-testid="page-previous" title={t('reader.previousPage')} aria-label={t('reader.previousPage')}>
        ↑
      </button>
      {printed && <span className="reader-page-printed">{t('pages.printed')}</span>}
      <PageInput controller={controller} pageIndex={s.pageIndex} numPages={s.numPages} labels={printed ? labels : null} disabled={!ready} />
      {printed ? (
        <span className="reader-page-total">
          <span data-testid="page-pdf-position">{`\u00b7 ${t('pages.pdfOf', { page: s.pageIndex + 1, total: s.numPages })}`}</span>
          <span data-testid="page-count" hidden>{s.numPages}</span>
        </span>
      ) : (
        <span className="reader-page-total">
          /&nbsp;<span data-testid="page-count">{s.numPages || '–'}</span>
        </span>
      )}
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
      {ocrControl}
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

function PageInput(props: { controller: ReaderController; pageIndex: number; numPages: number; labels: readonly string[] | null; disabled: boolean }) {
  const { t } = useT();
  const { controller, pageIndex, numPages, labels } = props;
  const shown = (i: number) => labels?.[i] ?? String(i + 1);
  const [text, setText] = useState(shown(pageIndex));
  const [editing, setEditing] = useState(false);
  // Enter and Escape blur the field; the blur that follows must not commit a second time.
  const skipBlur = useRef(false);
  const labelKey = labels?.join('\u0001') ?? '';
  useEffect(() => {
    if (!editing) setText(shown(pageIndex));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labelKey stands for labels
  }, [pageIndex, editing, labelKey]);

  const commit = () => {
    setEditing(false);
    if (numPages <= 0) return;
    // A printed label first ("3" is printed page 3, PDF page 7), then a PDF page number;
    // a number past the end goes to the last page, as before.
    let target = labels ? pageIndexForLabel(labels, text) : -1;
    if (target < 0) {
      const n = Number.parseInt(text, 10);
      target = Number.isFinite(n) ? Math.min(numPages, Math.max(1, n)) - 1 : -1;
    }
    if (target >= 0) controller.goToPage(target);
    setText(shown(target >= 0 ? target : pageIndex));
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
      setText(shown(pageIndex));
      skipBlur.current = true;
      (e.target as HTMLInputElement).blur();
    }
  };
  return (
    <input
      className="reader-page-input"
      data-testid="page-input"
      aria-label={t('reader.pageNumber')}
      inputMode={labels ? 'text' : 'numeric'}
      disabled={props.disabled}
      value={text}
      size={Math.max(2, String(numPages).length, ...(labels ? [text.length] : []))}
      onFocus={(e) => {
        setEditing(true);
        e.target.select();
      }}
      onChange={(e) => setText(e.target.value.replace(labels ? /[^0-9a-zA-Z]/g : /[^0-9]/g, '').slice(0, 12))}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (skipBlur.current) skipBlur.current = false;
        else if (editing) commit();
      }}
    />
  );
}
