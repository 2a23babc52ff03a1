// Area highlights drawn ahead on the extraction pool's workers (RegionImages.plan, ExtractPool
// .regions): the images are the very bytes the export's own thread would draw, in the order
// planned or not; unplanned areas, a pool that cannot run and a document without a PDF still get
// their answers; a page that paints past the watchdog is 'broken' for that image only.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExtractPool } from '../../../../main/pdf/extract-pool';
import { openPdf, renderPageRegion } from '../../../../main/pdf/pdfjs-node';
import { type AreaRegion, REGION_DPI, REGION_MAX_PIXELS, RegionImages } from '../../../../main/pdf/region-images';
import { FIGURE_CHART, FIGURE_TABLE, makeBrokenPdf, makeFigureReport } from '../../../fixtures/pdf-fixtures';

const pool = new ExtractPool({ size: 2 });
afterAll(() => pool.close());

const PAGE = { x1: 0, y1: 0, x2: 595, y2: 842 };

async function drawnHere(bytes: Uint8Array, area: AreaRegion): Promise<Uint8Array> {
  const doc = await openPdf(bytes.slice());
  try {
    const image = await renderPageRegion(doc, area.pageIndex + 1, area.rect, { dpi: REGION_DPI, maxPixels: REGION_MAX_PIXELS });
    if (typeof image === 'string') throw new Error(image);
    return image.bytes;
  } finally {
    await doc.destroy();
  }
}

describe('ExtractPool.regions', () => {
  it('renders regions as the in-process adapter does, and answers outside and broken', async () => {
    const bytes = await makeFigureReport();
    const session = pool.regions(bytes, { fileName: 'figures.pdf' });
    const [chart, table, outside] = await Promise.all([
      session.render({ page: 1, rect: FIGURE_CHART, dpi: REGION_DPI, maxPixels: REGION_MAX_PIXELS }),
      session.render({ page: 2, rect: FIGURE_TABLE, dpi: REGION_DPI, maxPixels: REGION_MAX_PIXELS }),
      session.render({ page: 9, rect: FIGURE_CHART, dpi: REGION_DPI, maxPixels: REGION_MAX_PIXELS }),
    ]);
    session.close();
    if (typeof chart === 'string' || typeof table === 'string') throw new Error('no image');
    expect(Buffer.from(chart.bytes).equals(Buffer.from(await drawnHere(bytes, { documentId: 'd', pageIndex: 0, rect: FIGURE_CHART })))).toBe(true);
    expect(Buffer.from(table.bytes).equals(Buffer.from(await drawnHere(bytes, { documentId: 'd', pageIndex: 1, rect: FIGURE_TABLE })))).toBe(true);
    expect(outside).toBe('outside');
    const broken = pool.regions(makeBrokenPdf(), { fileName: 'broken.pdf' });
    expect(await broken.render({ page: 1, rect: FIGURE_CHART, dpi: REGION_DPI, maxPixels: REGION_MAX_PIXELS })).toBe('broken');
    broken.close();
    // A closed session takes no more requests.
    await expect(session.render({ page: 1, rect: FIGURE_CHART, dpi: REGION_DPI, maxPixels: REGION_MAX_PIXELS })).rejects.toThrow();
  });
});

describe('RegionImages with a plan', () => {
  it('draws planned areas on the pool: the same images, asked in or out of the planned order', async () => {
    const a = await makeFigureReport('A');
    const b = await makeFigureReport('B');
    const areas: AreaRegion[] = [
      { documentId: 'a', pageIndex: 0, rect: FIGURE_CHART },
      { documentId: 'a', pageIndex: 1, rect: FIGURE_TABLE },
      { documentId: 'b', pageIndex: 0, rect: PAGE },
      { documentId: 'a', pageIndex: 0, rect: FIGURE_CHART },
      { documentId: 'b', pageIndex: 1, rect: FIGURE_TABLE },
      { documentId: 'b', pageIndex: 0, rect: FIGURE_CHART },
    ];
    // Each document's bytes are handed out once: drawing here would need them a second time
    // and answer noPdf, so every image below came from the pool.
    const handedOut = new Set<string>();
    const images = new RegionImages((id) => {
      if (handedOut.has(id)) return null;
      handedOut.add(id);
      return id === 'a' ? a : b;
    }, pool);
    try {
      images.plan(areas);
      const asked = [areas[0], areas[2], areas[1], areas[3], areas[5], areas[4]];
      for (const area of asked) {
        const made = await images.render(area);
        if (!made.ok) throw new Error(`no image: ${made.reason}`);
        expect(Buffer.from(made.image.bytes).equals(Buffer.from(await drawnHere(area.documentId === 'a' ? a : b, area)))).toBe(true);
      }
    } finally {
      await images.close();
    }
  });

  it('draws an unplanned area here without dropping the plan, and answers noPdf and outside as before', async () => {
    const bytes = await makeFigureReport();
    const asked = new Map<string, number>();
    const images = new RegionImages((id) => {
      asked.set(id, (asked.get(id) ?? 0) + 1);
      return id === 'none' ? null : bytes;
    }, pool);
    try {
      const chart = { documentId: 'd', pageIndex: 0, rect: FIGURE_CHART };
      const table = { documentId: 'd', pageIndex: 1, rect: FIGURE_TABLE };
      images.plan([{ documentId: 'none', pageIndex: 0, rect: FIGURE_CHART }, chart, { documentId: 'd', pageIndex: 7, rect: FIGURE_CHART }, table]);
      // Not planned, from another document: drawn here.
      expect((await images.render({ documentId: 'e', pageIndex: 1, rect: FIGURE_TABLE })).ok).toBe(true);
      expect(await images.render({ documentId: 'none', pageIndex: 0, rect: FIGURE_CHART })).toEqual({ ok: false, reason: 'noPdf' });
      expect((await images.render(chart)).ok).toBe(true);
      expect(await images.render({ documentId: 'd', pageIndex: 7, rect: FIGURE_CHART })).toEqual({ ok: false, reason: 'outside' });
      expect((await images.render(table)).ok).toBe(true);
      // The planned document was read once, for its session on the pool: never drawn here.
      expect(asked.get('d')).toBe(1);
      expect(asked.get('e')).toBe(1);
    } finally {
      await images.close();
    }
  });

  it('draws here when the pool cannot run', async () => {
    const closed = new ExtractPool({ size: 1 });
    await closed.close();
    const bytes = await makeFigureReport();
    const images = new RegionImages(() => bytes, closed);
    try {
      const area = { documentId: 'd', pageIndex: 0, rect: FIGURE_CHART };
      images.plan([area]);
      const made = await images.render(area);
      if (!made.ok) throw new Error(`no image: ${made.reason}`);
      expect(Buffer.from(made.image.bytes).equals(Buffer.from(await drawnHere(bytes, area)))).toBe(true);
    } finally {
      await images.close();
    }
  });

  it('answers broken for a page that paints past the watchdog, and draws the next document', { timeout: 60_000 }, async () => {
    const slow = fs.readFileSync(path.join(__dirname, '../../../fixtures/pdfjs-slow/pdfjs-tiling-pattern-box.pdf'));
    const watched = new ExtractPool({ size: 1, timeoutMs: 2_000 });
    const good = await makeFigureReport();
    // The slow document's bytes are handed out once: had its image been drawn here after the
    // timeout (as for a pool that cannot run), it would answer noPdf, not broken.
    let slowAsked = 0;
    const images = new RegionImages((id) => (id === 'good' ? good : slowAsked++ === 0 ? slow : null), watched);
    try {
      const areas: AreaRegion[] = [{ documentId: 'slow', pageIndex: 0, rect: PAGE }, { documentId: 'good', pageIndex: 0, rect: FIGURE_CHART }];
      images.plan(areas);
      expect(await images.render(areas[0])).toEqual({ ok: false, reason: 'broken' });
      expect((await images.render(areas[1])).ok).toBe(true);
    } finally {
      await images.close();
      await watched.close();
    }
  });
});
