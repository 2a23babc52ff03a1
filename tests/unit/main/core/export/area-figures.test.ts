// Area highlights in the DOCX, HTML, Markdown and PDF reports: a real project (temp SQLite file)
// holding a real PDF with a drawn chart and a table of known colours (makeFigureReport), area
// highlights on both, and areas that cannot have an image (a broken PDF, an area off its page,
// a zero-size one). The exports are read back as a reader's tools would: the DOCX's zip, the
// pictures decoded to pixels, the HTML's data: URIs, the PDF's image XObjects.
import zlib from 'node:zlib';
import JSZip from 'jszip';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotationsFiltered, updateAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { buildEvidenceBundle } from '../../../../../main/core/evidence/evidence-bundle';
import { openEvidenceSource } from '../../../../../main/core/evidence/evidence-source';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { ExportProgress } from '../../../../../main/core/export/export-progress';
import { writeMarkdownReport } from '../../../../../main/core/export/markdown-report';
import { writePdfReport } from '../../../../../main/core/export/pdf-report';
import { buildReportModel } from '../../../../../main/core/export/report-model';
import { type AreaRegion, type RegionImage, RegionImages } from '../../../../../main/pdf/region-images';
import type { ExportFormat } from '../../../../../shared/domain/evidence';
import { FIGURE_BAR, FIGURE_CHART, FIGURE_TABLE, SCANNED_PHOTO, makeBrokenPdf, makeFigureReport, makeScannedPhoto } from '../../../../fixtures/pdf-fixtures';
import { type TempProject, addDocument, tempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

const CHART_COMMENT = 'Victims identified per region';
const TABLE_COMMENT = 'Table 2. Victims and prosecutions by region';

let p: TempProject;
const area = (pageIndex: number, r: { x1: number; y1: number; x2: number; y2: number }) => ({
  pageIndex,
  rects: [{ x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2 }],
  quote: null,
  position: null,
});

beforeAll(async () => {
  p = tempProject('glossa-figures-');
  const figures = addDocument(p.db, ['Chapter 1. Identification of victims', 'Region Victims Prosecutions'], { title: 'Figures report', language: 'en', year: 2020 }, await makeFigureReport());
  const broken = addDocument(p.db, ['Scanned annex'], { title: 'Broken scan', language: 'en' }, makeBrokenPdf());
  const code = createCode(p.db, ALICE, { name: 'Statistics', parentId: null }).result.id;
  const add = (documentId: string, t: ReturnType<typeof area>, comment: string) =>
    createAnnotation(p.db, ALICE, { documentId, kind: 'area', color: null, comment, codeIds: [code], targets: [t] });
  add(figures.id, area(0, FIGURE_CHART), CHART_COMMENT);
  add(figures.id, area(1, FIGURE_TABLE), TABLE_COMMENT);
  add(broken.id, area(0, { x1: 50, y1: 50, x2: 300, y2: 300 }), 'Scanned budget page');
  add(figures.id, area(0, { x1: 900, y1: 900, x2: 1000, y2: 1000 }), 'Off the page');
  add(figures.id, area(0, { x1: 100, y1: 100, x2: 100, y2: 300 }), 'No width');
  const scan = addDocument(p.db, [''], { title: 'Scanned annex', language: 'en' }, await makeScannedPhoto());
  add(scan.id, area(0, SCANNED_PHOTO), 'Photo of the shelter');
});

afterAll(() => p.close());

/** The export as the job thread runs it: rows and PDFs read from the project as it writes. */
const exported = (format: ExportFormat, language: 'en' | 'ru' = 'en') =>
  exportEvidence(openEvidenceSource(p.db, 'Figures', undefined, new Date('2026-01-01T00:00:00Z'), { language }), { format, language });

async function pixelsOf(bytes: Uint8Array) {
  const img = await loadImage(Buffer.from(bytes));
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  const at = (fx: number, fy: number) => {
    const o = (Math.floor(fy * (img.height - 1)) * img.width + Math.floor(fx * (img.width - 1))) * 4;
    return `#${[data[o], data[o + 1], data[o + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  };
  return { width: img.width, height: img.height, at };
}

/** The chart's picture: green panel, blue bar in the middle, at the region's aspect ratio. */
async function expectChart(bytes: Uint8Array) {
  const px = await pixelsOf(bytes);
  expect(px.at(0.5, 0.5)).toBe(FIGURE_BAR.fill);
  expect(px.at(0.1, 0.1)).toBe(FIGURE_CHART.fill);
  expect(px.at(0.9, 0.9)).toBe(FIGURE_CHART.fill);
  expect(px.width / px.height).toBeCloseTo((FIGURE_CHART.x2 - FIGURE_CHART.x1) / (FIGURE_CHART.y2 - FIGURE_CHART.y1), 1);
  return px;
}

describe('area highlights in the DOCX report', () => {
  let zip: JSZip;
  let xml: string;
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await exported('docx'));
    xml = await zip.file('word/document.xml')!.async('string');
  });

  it('embeds each area as a picture in word/media, referenced from document.xml at its aspect ratio', async () => {
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const blips = [...xml.matchAll(/<a:blip r:embed="([^"]+)"/g)].map((m) => m[1]);
    expect(blips).toHaveLength(3);
    const extents = [...xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => Number(m[1]) / Number(m[2]));
    const targets = blips.map((id) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!).map((m) => m[1] ?? m[2]);
    // The chart and the table as PNG; the scanned photograph as JPEG (far smaller for it).
    expect(targets.map((t) => /\.(png|jpe?g)$/.exec(t)?.[1])).toEqual(['png', 'png', expect.stringMatching(/^jpe?g$/)]);
    const chart = await expectChart(await zip.file(`word/${targets[0]}`)!.async('uint8array'));
    // Word's size is whole pixels at 96 dpi: the aspect ratio within 1 %.
    expect(Math.abs(extents[0] / (chart.width / chart.height) - 1)).toBeLessThan(0.01);
    const table = await pixelsOf(await zip.file(`word/${targets[1]}`)!.async('uint8array'));
    expect(table.at(0.5, 0.1)).toBe(FIGURE_TABLE.header);
    expect(Math.abs(extents[1] / (table.width / table.height) - 1)).toBeLessThan(0.01);
  });

  it('gives the picture its caption as alt text and prints the caption, not an empty quote', () => {
    expect(xml).toContain(`descr="Figure: ${CHART_COMMENT}"`);
    expect(xml).toContain(`descr="${TABLE_COMMENT}"`);
    expect(xml).toMatch(/<w:t xml:space="preserve">Figure: <\/w:t>/);
    expect(xml).not.toMatch(/<w:pStyle w:val="Quote"\/><\/w:pPr><w:r><w:t xml:space="preserve"><\/w:t>/);
  });

  it('prints a placeholder for a broken PDF, an area off its page and a zero-size area', () => {
    expect(xml).toContain('[Image of the highlighted area not available: the PDF could not be read.]');
    expect(xml).toContain('[Image of the highlighted area not available: the area lies outside its page.]');
    expect(xml).toContain('[Image of the highlighted area not available: the area has no size.]');
  });

  it('says so in Russian in a Russian report', async () => {
    const ru = await (await JSZip.loadAsync(await exported('docx', 'ru'))).file('word/document.xml')!.async('string');
    expect(ru).toContain('[Изображение выделенной области недоступно: PDF-файл не удалось прочитать.]');
    expect(ru).toContain(`descr="Рисунок: ${CHART_COMMENT}"`);
  });
});

describe('area highlights in the HTML report', () => {
  let html: string;
  beforeAll(async () => {
    html = new TextDecoder().decode(await exported('html'));
  });

  it('shows the region in a <figure> with its caption, as a data: image the CSP admits', async () => {
    const figures = [...html.matchAll(/<figure class="area"><img src="data:image\/png;base64,([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]*)"><figcaption class="rich">(.*?)<\/figcaption><\/figure>/g)];
    expect(figures).toHaveLength(2);
    expect(html).toMatch(/<img src="data:image\/jpeg;base64,[^"]+" width="533" height="400" alt="Figure: Photo of the shelter">/);
    const [, data, width, height, alt, caption] = figures[0];
    await expectChart(new Uint8Array(Buffer.from(data, 'base64')));
    expect(Number(width) / Number(height)).toBeCloseTo(1.5, 1);
    expect(Number(width)).toBe(400); // 300 pt at 96 CSS px to 72 pt
    expect(alt).toBe(`Figure: ${CHART_COMMENT}`);
    expect(caption).toBe(`<p><b>Figure:</b> ${CHART_COMMENT}</p>`);
    expect(html).toContain("img-src data:");
    expect(html).toContain('[Image of the highlighted area not available: the PDF could not be read.]');
  });
});

describe('area highlights in the Markdown report', () => {
  it('inlines the image as a data: URI with its caption', async () => {
    const md = new TextDecoder().decode(await exported('md'));
    const m = /!\[Figure: Victims identified per region\]\(data:image\/png;base64,([^)]+)\)/.exec(md);
    expect(m).not.toBeNull();
    await expectChart(new Uint8Array(Buffer.from(m![1], 'base64')));
    expect(md).toContain(`**Figure:** ${CHART_COMMENT}`);
    expect(md).toContain('*\\[Image of the highlighted area not available: the PDF could not be read.\\]*');
  });
});

/** The images the PDF report's pages draw (their XObjects), not the soft masks those refer to. */
async function pageImages(): Promise<PDFRawStream[]> {
  const pdf = await PDFDocument.load(await exported('pdf'));
  return pdf.getPages().flatMap((page) => {
    const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    return (xobjects?.values() ?? [])
      .map((ref) => pdf.context.lookup(ref))
      .filter((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
  });
}

describe('area highlights in the PDF report', () => {
  it('draws each image as an image XObject of the rendered size', async () => {
    const images = (await pageImages()).map((o) => [
      (o.dict.get(PDFName.of('Width')) as PDFNumber).asNumber(),
      (o.dict.get(PDFName.of('Height')) as PDFNumber).asNumber(),
      // Opaque RGB: pdfkit embedded the PNG's data as it is, without a soft mask.
      String(o.dict.get(PDFName.of('ColorSpace'))),
      o.dict.has(PDFName.of('SMask')),
    ]);
    // The chart (300 x 200 pt), the table (600 x 160 pt) and the photo (400 x 300 pt, as JPEG) at 150 dpi.
    expect(images).toEqual([
      [626, 418, '/DeviceRGB', false],
      [1251, 334, '/DeviceRGB', false],
      [834, 626, '/DeviceRGB', false],
    ]);
  });
});

/** The pixels of an RGB image XObject with FlateDecode and the PNG predictor, as a reader decodes them. */
function xobjectColours(o: PDFRawStream) {
  const width = (o.dict.get(PDFName.of('Width')) as PDFNumber).asNumber();
  const height = (o.dict.get(PDFName.of('Height')) as PDFNumber).asNumber();
  const parms = o.dict.lookup(PDFName.of('DecodeParms'), PDFDict);
  expect((parms.get(PDFName.of('Predictor')) as PDFNumber).asNumber()).toBeGreaterThanOrEqual(10);
  expect((parms.get(PDFName.of('Colors')) as PDFNumber).asNumber()).toBe(3);
  expect((parms.get(PDFName.of('BitsPerComponent')) as PDFNumber).asNumber()).toBe(8);
  expect((parms.get(PDFName.of('Columns')) as PDFNumber).asNumber()).toBe(width);
  const data = zlib.inflateSync(o.contents);
  const stride = width * 3;
  const px = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const kind = data[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const raw = data[y * (stride + 1) + 1 + i];
      const left = i >= 3 ? px[y * stride + i - 3] : 0;
      const up = y > 0 ? px[(y - 1) * stride + i] : 0;
      const upLeft = i >= 3 && y > 0 ? px[(y - 1) * stride + i - 3] : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const pred = [0, left, up, (left + up) >> 1, kind === 4 ? paeth() : 0][kind];
      px[y * stride + i] = (raw + pred) & 0xff;
    }
  }
  const at = (fx: number, fy: number) => {
    const o3 = Math.floor(fy * (height - 1)) * stride + Math.floor(fx * (width - 1)) * 3;
    return `#${[px[o3], px[o3 + 1], px[o3 + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  };
  return { width, height, at };
}

describe('the chart in the PDF report', () => {
  it('is an image XObject whose decoded pixels are the chart: green panel, blue bar', async () => {
    const chart = (await pageImages()).find((o) => (o.dict.get(PDFName.of('Width')) as PDFNumber).asNumber() === 626)!;
    const px = xobjectColours(chart);
    expect(px.at(0.5, 0.5)).toBe(FIGURE_BAR.fill);
    expect(px.at(0.1, 0.1)).toBe(FIGURE_CHART.fill);
    expect(px.at(0.9, 0.9)).toBe(FIGURE_CHART.fill);
  });
});

describe('a bundle (the CLI path)', () => {
  it('carries the PDFs of area highlights for the reports and renders the same images', async () => {
    const bundle = buildEvidenceBundle(p.db, 'Figures', undefined, new Date(), { format: 'html' });
    expect(Object.keys(bundle.areaPdfs ?? {})).toHaveLength(3);
    const html = new TextDecoder().decode(await exportEvidence(bundle, { format: 'html' }));
    expect(html.match(/<figure class="area">/g)).toHaveLength(3);
    expect(buildEvidenceBundle(p.db, 'Figures', undefined, new Date(), { format: 'csv' }).areaPdfs).toBeUndefined();
  });
});

describe('the images planned ahead', () => {
  it('are the areas the writer asks for, in the order it asks (what the pool draws ahead)', async () => {
    // A second code on the chart and the photo: sections print code by code, so the areas come
    // in codebook order, not row order, and the chart twice.
    const second = createCode(p.db, ALICE, { name: 'Again', parentId: null }).result.id;
    const areas = listAreaAnnotations();
    for (const a of areas.filter((x) => x.comment === CHART_COMMENT || x.comment === 'Photo of the shelter')) addCodingTo(a.id, second);
    const planned: AreaRegion[][] = [];
    const asked: AreaRegion[] = [];
    class Recording extends RegionImages {
      override plan(list: readonly AreaRegion[]): void {
        planned.push([...list]);
      }
      override async render(area: AreaRegion): Promise<RegionImage> {
        asked.push(area);
        return { ok: false, reason: 'noPdf' };
      }
    }
    for (const format of ['md', 'pdf'] as const) {
      planned.length = 0;
      asked.length = 0;
      const source = openEvidenceSource(p.db, 'Figures', undefined, new Date('2026-01-01T00:00:00Z'), { language: 'en' });
      const model = buildReportModel(source, { format }, new Recording(() => null));
      if (format === 'md') await writeMarkdownReport(model, new ExportProgress());
      else await writePdfReport(model, new ExportProgress());
      expect(planned).toHaveLength(1);
      expect(asked.length).toBe(8);
      expect(planned[0]).toEqual(asked);
    }
  });
});

function listAreaAnnotations(): Array<{ id: string; comment: string }> {
  return listAnnotationsFiltered(p.db, {}).filter((a) => a.kind === 'area').map((a) => ({ id: a.id, comment: a.comment }));
}

function addCodingTo(annotationId: string, codeId: string): void {
  const a = listAnnotationsFiltered(p.db, {}).find((x) => x.id === annotationId)!;
  updateAnnotation(p.db, ALICE, annotationId, { codeIds: [...a.codeIds, codeId] });
}
