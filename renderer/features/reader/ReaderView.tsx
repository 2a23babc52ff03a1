// The PDF reader view: toolbar, side panel (thumbnails or outline), find bar, the
// continuous page area and, when the coding workspace gives it marks, the coding strip. A thin React shell around ReaderController, which owns pdf.js, the
// page DOM and the viewer state; this component only mounts it and wires keys and menus.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api, onEvent, transportKind } from '../../api';
import { rangeSourceFor } from './pdf-source';
import { errorMessage, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { Modal } from '../shell/Modal';
import { CodingStrip } from './CodingStrip';
import { FindBar } from './FindBar';
import { OutlinePanel } from './OutlinePanel';
import { ReaderController } from './reader-controller';
import { useDocumentName, useWindowTitle } from './document-name';
import { readerKeyAction, type ReaderAction } from './reader-keys';
import { ReaderToolbar } from './ReaderToolbar';
import { OcrControl } from './OcrControl';
import { ocrStore } from './ocr-store';
import { useDocumentPageLabels } from './use-page-labels';
import { ThumbnailsPanel } from './ThumbnailsPanel';
import './reader.css';

export interface ReaderViewProps {
  documentId: string;
  initialPageIndex?: number;
  highlightTerms?: string[];
  onClose?: () => void;
  /** Extra panel on the right of the pages (the coding workspace mounts its panel and layers here). */
  renderSide?: (controller: ReaderController) => ReactNode;
}

export function ReaderView(props: ReaderViewProps) {
  const { documentId, initialPageIndex, highlightTerms, onClose, renderSide } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<ReaderController | null>(null);
  const termsKey = (highlightTerms ?? []).join('\u0001');
  const documentName = useDocumentName(documentId);
  useWindowTitle(documentName);
  const pageLabels = useDocumentPageLabels(documentId);
  // A finished OCR run reopens the document: its scanned pages get their new text layer.
  const ocrReload = useStore(ocrStore).reloads[documentId] ?? 0;

  useEffect(() => {
    if (!scrollRef.current || !pagesRef.current) return;
    const c = new ReaderController(
      { api, documentId, initialPageIndex, highlightTerms: termsKey ? termsKey.split('\u0001') : undefined, webHost: transportKind() === 'web', rangeSource: rangeSourceFor(documentId) },
      scrollRef.current,
      pagesRef.current,
    );
    setController(c);
    void c.load();
    return () => c.dispose();
  }, [documentId, initialPageIndex, termsKey, ocrReload]);

  useEffect(() => {
    if (!controller) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const inTextField = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      const action = readerKeyAction({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey, inTextField });
      if (action && runAction(controller, action)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const offMenu = onEvent('menu.command', ({ command }) => {
      const map: Record<string, ReaderAction> = { 'view.zoomIn': 'zoomIn', 'view.zoomOut': 'zoomOut', 'edit.find': 'find' };
      if (command === 'view.fitWidth') controller.fitWidth();
      else if (command === 'view.fitPage') controller.fitPage();
      else if (map[command]) runAction(controller, map[command]);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
    };
  }, [controller]);

  return (
    <main className="reader" data-testid="reader" data-document-id={documentId}>
      {controller && <ReaderToolbar
          controller={controller}
          onClose={onClose}
          documentName={documentName}
          pageLabels={pageLabels}
          ocrControl={<OcrControl controller={controller} documentId={documentId} />}
        />}
      <div className="reader-body">
        {controller && <ReaderSidebar controller={controller} />}
        <div className="reader-main">
          {controller && <FindSlot controller={controller} />}
          <div className="reader-scroll-row">
            <div className="reader-scroll" ref={scrollRef} tabIndex={-1}>
              <div className="reader-pages" ref={pagesRef} />
            </div>
            {controller && <CodingStrip controller={controller} pageLabels={pageLabels} />}
          </div>
          {controller && <ReaderStatus controller={controller} />}
        </div>
        {controller && renderSide?.(controller)}
      </div>
      {controller && <ExternalLinkConfirm controller={controller} />}
    </main>
  );
}

/** Runs a keyboard / menu action; false when it does not apply (the key keeps its default). */
function runAction(c: ReaderController, action: ReaderAction): boolean {
  if (c.store.getSnapshot().status !== 'ready') return false;
  switch (action) {
    case 'zoomIn': c.zoomIn(); return true;
    case 'zoomOut': c.zoomOut(); return true;
    case 'zoomReset': c.setZoomPercent(100); return true;
    case 'find': c.find?.open(); focusFindInput(); return true;
    case 'findNext': c.find?.next(); return !!c.find?.store.getSnapshot().open;
    case 'findPrevious': c.find?.previous(); return !!c.find?.store.getSnapshot().open;
    case 'closeFind':
      if (!c.find?.store.getSnapshot().open) return false;
      c.find.close();
      return true;
    case 'nextPage': c.nextPage(); return true;
    case 'previousPage': c.previousPage(); return true;
    case 'firstPage': c.firstPage(); return true;
    case 'lastPage': c.lastPage(); return true;
  }
}

function focusFindInput() {
  // The find bar mounts on the next render when it was closed.
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLInputElement>('[data-testid="find-input"]');
    el?.focus();
    el?.select();
  });
}

/** The find bar exists once the document is open (the find controller needs it). */
function FindSlot({ controller }: { controller: ReaderController }) {
  const { status } = useStore(controller.store);
  return status === 'ready' && controller.find ? <FindBar find={controller.find} /> : null;
}

function ReaderSidebar({ controller }: { controller: ReaderController }) {
  const { sidebar, status } = useStore(controller.store);
  if (status !== 'ready' || sidebar === 'none') return null;
  return (
    <aside className="reader-sidebar">
      {sidebar === 'thumbnails' ? <ThumbnailsPanel controller={controller} /> : <OutlinePanel controller={controller} />}
    </aside>
  );
}

function ReaderStatus({ controller }: { controller: ReaderController }) {
  const { t } = useT();
  const { status, error, preview } = useStore(controller.store);
  // The stored first-page image says enough while pdf.js opens the document.
  if (status === 'loading' && preview) return null;
  if (status === 'loading') {
    return <div className="reader-status" data-testid="reader-loading">{t('reader.loading')}</div>;
  }
  if (status === 'error' && error) {
    const message =
      error.kind === 'invalid' ? t('reader.errorInvalid')
        : error.kind === 'password' ? t('reader.errorPassword')
          : t('reader.errorLoad', { message: errorMessage(error.data) });
    return (
      <div className="reader-status reader-error" role="alert" data-testid="reader-error">
        <p>{message}</p>
      </div>
    );
  }
  return null;
}

function ExternalLinkConfirm({ controller }: { controller: ReaderController }) {
  const { t } = useT();
  const { confirmUrl } = useStore(controller.store);
  if (!confirmUrl) return null;
  const cancel = () => controller.confirmExternal(false);
  return (
    <Modal
      title={t('reader.externalLinkTitle')}
      onCancel={cancel}
      testId="external-link-dialog"
      footer={
        <>
          <button type="button" onClick={cancel} data-testid="external-link-cancel">{t('common.cancel')}</button>
          <button type="button" className="primary" onClick={() => controller.confirmExternal(true)} data-testid="external-link-open">
            {t('reader.externalLinkOpen')}
          </button>
        </>
      }
    >
      <p>{t('reader.externalLinkBody')}</p>
      <p className="mono reader-external-url">{confirmUrl}</p>
    </Modal>
  );
}
