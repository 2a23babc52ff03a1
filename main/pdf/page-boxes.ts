// Page boxes (pdf.js page.view: [x0, y0, x1, y1] in PDF points) of chosen pages of a PDF: what
// turns an area highlight's rect into a media-fragment "xywh=" box (y from the page's top) and
// back. Part of the pdf.js adapter. A PDF pdf.js cannot open gives no boxes, not an error:
// callers then keep the area on its page without the box.
import { openPdf } from './pdfjs-node';

export type PageBox = readonly [number, number, number, number];

/** Boxes by 0-based page index. */
export async function readPageBoxes(bytes: Uint8Array, pageIndices: Iterable<number>): Promise<Map<number, PageBox>> {
  const out = new Map<number, PageBox>();
  let pdf: Awaited<ReturnType<typeof openPdf>>;
  try {
    pdf = await openPdf(bytes.slice());
  } catch {
    return out;
  }
  try {
    for (const i of new Set(pageIndices)) {
      if (!Number.isInteger(i) || i < 0 || i >= pdf.numPages) continue;
      try {
        const v = (await pdf.getPage(i + 1)).view;
        out.set(i, [v[0], v[1], v[2], v[3]]);
      } catch {
        // One unreadable page: that area keeps its page only.
      }
    }
  } finally {
    await pdf.destroy();
  }
  return out;
}
