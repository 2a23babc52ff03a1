// The contract's channels for annotations from elsewhere: embedded PDF annotations (scan with
// the pre-filled colour table, import with the confirmed one), W3C Web Annotation JSON-LD,
// and the annotated copy of a document's PDF. Inputs are untrusted: shapes are checked here,
// content by the core modules. Imports emit 'coding.changed' so open views refresh.
import type { Handlers } from '../../../shared/contract';
import type { Coder } from '../../../shared/domain/code';
import { defaultColourMap } from '../../../shared/pdf/annotation-colours';
import { listCodes } from '../../db/repositories/codes';
import { asObject, str } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { storedPdfLayout } from '../coding/reanchor';
import { exportAnnotatedPdf } from '../export/annotated-pdf-export';
import { importPdfAnnotations, scanPdfAnnotations } from './pdf-annotation-import';
import { importW3cAnnotations } from './w3c-import';

type Channels = 'pdfAnnotations.scan' | 'pdfAnnotations.import' | 'webAnnotations.import' | 'documents.annotatedPdf';

/** 50 MB of JSON-LD is ~100,000 Hypothesis annotations: far more than one document carries. */
export const MAX_JSONLD_CHARS = 50_000_000;

export function annotationImportHandlers(ctx: BackendContext, coder: () => Coder): Pick<Handlers, Channels> {
  const db = () => ctx.requireProject().db;
  const progress = (documentId: string) => (pagesDone: number, pageCount: number) =>
    ctx.emit('pdfAnnotations.progress', { documentId, pagesDone, pageCount });
  return {
    'pdfAnnotations.scan': async (input) => {
      const documentId = str(asObject(input), 'documentId', {});
      const scan = await scanPdfAnnotations(db(), documentId, progress(documentId));
      return { ...scan, colourMap: defaultColourMap(scan.colours, listCodes(db())) };
    },
    'pdfAnnotations.import': async (input) => {
      const o = asObject(input);
      const documentId = str(o, 'documentId', {});
      const r = await importPdfAnnotations(db(), coder(), documentId, o.colourMap, progress(documentId));
      if (r.added > 0) ctx.emit('coding.changed', { documentId });
      return r;
    },
    'webAnnotations.import': async (input) => {
      const o = asObject(input);
      const documentId = str(o, 'documentId', {});
      const json = str(o, 'json', { max: MAX_JSONLD_CHARS });
      const r = await importW3cAnnotations(db(), coder(), documentId, json, storedPdfLayout(db(), documentId));
      if (r.added > 0) ctx.emit('coding.changed', { documentId });
      return r;
    },
    'documents.annotatedPdf': async (input) => exportAnnotatedPdf(db(), str(asObject(input), 'documentId', {})),
  };
}
