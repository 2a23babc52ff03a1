// A stored document's headings (heading-cases.ts) read from its page layout with pdf.js
// (main/pdf/pdfjs-node.ts): every page's lines with their sizes; whether a font is bold is
// read from its name ("…-Bold", "…Black", "…Semibold"), asked once per font that sets a line
// short enough to be a heading. A PDF pdf.js cannot open has no headings.
import type { OutlineEntry } from '../../../shared/domain/case';
import type { Db } from '../../db/connection';
import { getPdfBytes } from '../../db/repositories/documents';
import { extractPageLines, fontNamesOnPage, openPdf, type PdfTextLine } from '../../pdf/pdfjs-node';
import { detectHeadings, type HeadingLine } from './heading-cases';

const BOLD_NAME = /bold|black|heavy|semibold|demibold|demi\b/i;
/** Fonts probed for their weight: a report uses a handful; each probe parses one page. */
const MAX_FONT_PROBES = 24;

/** `onPage(done, total)` reports progress after each page. */
export async function documentHeadings(db: Db, documentId: string, onPage?: (done: number, total: number) => void): Promise<OutlineEntry[]> {
  const bytes = new Uint8Array(getPdfBytes(db, documentId));
  let pdf: Awaited<ReturnType<typeof openPdf>>;
  try {
    pdf = await openPdf(bytes);
  } catch {
    return [];
  }
  try {
    const pages: PdfTextLine[][] = [];
    const firstPageOfFont = new Map<string, number>();
    for (let p = 1; p <= pdf.numPages; p++) {
      const lines = await extractPageLines(pdf, p).catch(() => [] as PdfTextLine[]);
      pages.push(lines);
      for (const l of lines) if (l.text.split(/\s+/).length <= 15 && !firstPageOfFont.has(l.fontId)) firstPageOfFont.set(l.fontId, p);
      onPage?.(p, pdf.numPages);
    }
    const names = new Map<string, string>();
    const byPage = new Map<number, string[]>();
    for (const [font, page] of [...firstPageOfFont].slice(0, MAX_FONT_PROBES)) byPage.set(page, [...(byPage.get(page) ?? []), font]);
    for (const [page, fonts] of byPage) {
      const found = await fontNamesOnPage(pdf, page, fonts).catch(() => new Map<string, string>());
      for (const [id, name] of found) names.set(id, name);
    }
    const lines: HeadingLine[] = pages.flatMap((ls, i) =>
      ls.map((l) => ({ pageIndex: i, text: l.text, size: l.size, bold: BOLD_NAME.test(names.get(l.fontId) ?? '') })),
    );
    return detectHeadings(lines);
  } catch {
    return [];
  } finally {
    await pdf.destroy();
  }
}
