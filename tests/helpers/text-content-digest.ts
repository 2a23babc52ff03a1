// A fingerprint of what pdf.js's getTextContent gives for a PDF: every item's string,
// direction, transform, width, height, end-of-line flag and font, page by page, hashed. Used
// to prove that Glossa's patch to pdf.js (patches/README.md) leaves its text output exactly
// as upstream's: the golden digests were written with the unpatched package.
import { createHash } from 'node:crypto';
import { openPdf } from '../../main/pdf/pdfjs-node';
import { TEXT_CONTENT_OPTIONS } from '../../shared/pdf/page-text';

export interface TextDigest {
  pages: number;
  items: number;
  sha256: string;
}

interface Item {
  str?: string;
  dir?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
  fontName?: string;
}

/** The digest of the first `maxPages` pages, or the error pdf.js gave (name: message). */
export async function textContentDigest(bytes: Uint8Array, maxPages: number): Promise<TextDigest | { error: string }> {
  let doc;
  try {
    doc = await openPdf(bytes.slice());
  } catch (err) {
    return { error: err instanceof Error ? err.name : String(err) };
  }
  const hash = createHash('sha256');
  let items = 0;
  const pages = Math.min(doc.numPages, maxPages);
  try {
    for (let n = 1; n <= pages; n++) {
      let content;
      try {
        const page = await doc.getPage(n);
        content = await page.getTextContent(TEXT_CONTENT_OPTIONS);
        page.cleanup();
      } catch (err) {
        hash.update(`page ${n}: ${err instanceof Error ? err.name : String(err)}\n`);
        continue;
      }
      for (const it of content.items as Item[]) {
        items++;
        // Font ids carry the number of the document in this thread (g_d3_f1): not the PDF's.
        hash.update(JSON.stringify([it.str, it.dir, it.transform, it.width, it.height, it.hasEOL, it.fontName?.replace(/^g_d\d+_/, 'g_')]));
      }
      hash.update(`\npage ${n}\n`);
    }
  } finally {
    await doc.destroy();
  }
  return { pages, items, sha256: hash.digest('hex') };
}
