// Worker thread entry: opens PDFs with pdf.js and streams page texts (or text boxes, or a
// page rendered for OCR, or a page region rendered for a report) back to the pool.
// One task at a time (the pool never sends a second before `done`/`failed`/`opened`),
// except `cancel`, handled at once and checked between pages. The two most recent
// documents stay open: a large file is split into page ranges and the same worker
// usually gets several ranges of it; re-opening costs a full xref/page-tree parse.
import { parentPort } from 'node:worker_threads';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPageAnnotations } from './pdf-annotations';
import { classifyPdfError, extractPageLayout, extractPageText, openPdf, readMetadata, renderPageGray, renderPagePreview, renderPageRegion, warmUp } from './pdfjs-node';
import type { FromWorker, RegionOutcome, ToWorker } from './extract-protocol';

const MAX_OPEN_DOCS = 2;
const openDocs = new Map<number, Promise<PDFDocumentProxy>>();
const cancelled = new Set<number>();
let chain: Promise<void> = Promise.resolve();

function send(msg: FromWorker): void {
  parentPort!.postMessage(msg);
}

function getDoc(fileId: number, bytes: SharedArrayBuffer): Promise<PDFDocumentProxy> {
  let doc = openDocs.get(fileId);
  if (!doc) {
    doc = openPdf(new Uint8Array(bytes).slice());
    openDocs.set(fileId, doc);
    doc.catch(() => openDocs.delete(fileId));
    while (openDocs.size > MAX_OPEN_DOCS) {
      const oldest = openDocs.keys().next().value as number;
      void release(oldest);
    }
  }
  return doc;
}

async function release(fileId: number): Promise<void> {
  const doc = openDocs.get(fileId);
  openDocs.delete(fileId);
  cancelled.delete(fileId);
  if (doc) await doc.then((d) => d.destroy()).catch(() => undefined);
}

/** Embedded annotations of a page, so the import can offer them; unreadable ones count 0. */
async function countAnnotations(doc: Awaited<ReturnType<typeof openPdf>>, n: number): Promise<number> {
  try {
    return (await readPageAnnotations(doc, n)).length;
  } catch {
    return 0;
  }
}

function fail(fileId: number, err: unknown): void {
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  send({ type: 'failed', fileId, code: classifyPdfError(err), detail });
}

async function handle(msg: ToWorker): Promise<void> {
  switch (msg.type) {
    case 'open':
      try {
        const doc = await getDoc(msg.fileId, msg.bytes);
        const meta = await readMetadata(doc);
        send({ type: 'opened', fileId: msg.fileId, numPages: doc.numPages, meta });
      } catch (err) {
        fail(msg.fileId, err);
      }
      return;
    case 'pages':
      try {
        const doc = await getDoc(msg.fileId, msg.bytes);
        for (let n = msg.from; n <= msg.to && !cancelled.has(msg.fileId); n++) {
          const text = await extractPageText(doc, n);
          send({ type: 'page', fileId: msg.fileId, pageNumber: n, text, annotations: await countAnnotations(doc, n) });
        }
        send({ type: 'done', fileId: msg.fileId });
      } catch (err) {
        fail(msg.fileId, err);
      }
      return;
    case 'layout':
      try {
        const doc = await getDoc(msg.fileId, msg.bytes);
        for (const n of msg.pages) {
          if (cancelled.has(msg.fileId)) break;
          if (n >= 1 && n <= doc.numPages) send({ type: 'layout', fileId: msg.fileId, pageNumber: n, spans: await extractPageLayout(doc, n) });
        }
        send({ type: 'done', fileId: msg.fileId });
      } catch (err) {
        fail(msg.fileId, err);
      }
      return;
    case 'render':
      try {
        const doc = await getDoc(msg.fileId, msg.bytes);
        if (msg.page >= 1 && msg.page <= doc.numPages && !cancelled.has(msg.fileId)) {
          const image = await renderPageGray(doc, msg.page, msg.dpi);
          parentPort!.postMessage({ type: 'image', fileId: msg.fileId, image } satisfies FromWorker, [image.gray.buffer as ArrayBuffer]);
        }
        send({ type: 'done', fileId: msg.fileId });
      } catch (err) {
        fail(msg.fileId, err);
      }
      return;
    case 'preview':
      // A preview is a nicety: a page pdf.js cannot paint leaves the document without one.
      try {
        const doc = await getDoc(msg.fileId, msg.bytes);
        if (!cancelled.has(msg.fileId)) {
          const preview = await renderPagePreview(doc, 1);
          parentPort!.postMessage({ type: 'preview', fileId: msg.fileId, preview } satisfies FromWorker, [preview.bytes.buffer as ArrayBuffer]);
        }
      } catch {
        // no preview
      }
      send({ type: 'done', fileId: msg.fileId });
      return;
    case 'region': {
      // Every failure is this region's answer (as RegionImages gives it in-process): a PDF
      // pdf.js cannot open, or a page it cannot draw, is 'broken'; the task still ends `done`.
      let outcome: RegionOutcome;
      try {
        const doc = await getDoc(msg.fileId, msg.bytes);
        const { page, rect, dpi, maxPixels } = msg.region;
        outcome = page < 1 || page > doc.numPages ? 'outside' : await renderPageRegion(doc, page, rect, { dpi, maxPixels });
      } catch {
        outcome = 'broken';
      }
      const bytes = typeof outcome === 'string' ? null : outcome.bytes;
      const transfer = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
      parentPort!.postMessage({ type: 'region', fileId: msg.fileId, regionId: msg.regionId, outcome } satisfies FromWorker, transfer);
      send({ type: 'done', fileId: msg.fileId });
      return;
    }
    case 'release':
      await release(msg.fileId);
      return;
    case 'cancel':
      return; // handled synchronously in the listener
  }
}

parentPort!.on('message', (msg: ToWorker) => {
  if (msg.type === 'cancel') {
    cancelled.add(msg.fileId);
    return;
  }
  chain = chain.then(() => handle(msg));
});

void warmUp().then(() => send({ type: 'ready' }));
