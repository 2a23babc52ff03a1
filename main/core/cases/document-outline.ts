// A stored document's outline, read with pdf.js (the adapter main/pdf/pdfjs-node.ts) from its
// bytes in document_files. A PDF pdf.js cannot open, or one without bookmarks, has no outline.
import type { OutlineEntry } from '../../../shared/domain/case';
import type { Db } from '../../db/connection';
import { getPdfBytes } from '../../db/repositories/documents';
import { openPdf, readOutline } from '../../pdf/pdfjs-node';

export async function documentOutline(db: Db, documentId: string): Promise<OutlineEntry[]> {
  // pdf.js may detach the buffer it is given: hand it a private copy.
  const bytes = new Uint8Array(getPdfBytes(db, documentId));
  let pdf: Awaited<ReturnType<typeof openPdf>>;
  try {
    pdf = await openPdf(bytes);
  } catch {
    return [];
  }
  try {
    return await readOutline(pdf);
  } catch {
    return [];
  } finally {
    await pdf.destroy();
  }
}
