// The outline reader of the pdf.js adapter (readOutline in main/pdf/pdfjs-node.ts) on generated
// PDFs: titles, nested levels and target pages, through explicit destinations ([page /Fit], as
// pdfkit writes them) and named ones (a /Dests name tree), and no outline at all.
import { describe, expect, it } from 'vitest';
import { openPdf, readOutline } from '../../../../main/pdf/pdfjs-node';
import { makeEnglishReport } from '../../../fixtures/pdf-fixtures';
import { makeTipOutlineReport, makeTipReportWithNamedDestinations, TIP_CHAPTERS } from '../../../fixtures/tip-outline-report';

async function outlineOf(bytes: Uint8Array) {
  const pdf = await openPdf(bytes);
  try {
    return await readOutline(pdf);
  } finally {
    await pdf.destroy();
  }
}

const EXPECTED = [
  { title: 'Introduction', level: 0, pageIndex: 1 },
  { title: 'Country narratives', level: 0, pageIndex: 1 },
  ...TIP_CHAPTERS.map((ch) => ({ title: ch.title, level: 1, pageIndex: ch.firstPage })),
  { title: 'Annex: methodology', level: 0, pageIndex: 12 },
];

describe('readOutline', () => {
  it('reads titles, levels and pages of explicit destinations, depth first', async () => {
    expect(await outlineOf(await makeTipOutlineReport())).toEqual(EXPECTED);
  });

  it('resolves named destinations through the name tree', async () => {
    expect(await outlineOf(await makeTipReportWithNamedDestinations())).toEqual(EXPECTED);
  });

  it('a PDF without bookmarks has no outline', async () => {
    expect(await outlineOf(await makeEnglishReport())).toEqual([]);
  });
});
