// "n / N" in the bottom margin of every page of the PDF report but the title page, without
// keeping the pages in memory until N is known. Each page, when it is added, draws a form
// XObject of its own; the XObjects are written at the end, once the page count is known, in
// the report's regular font. pdfkit's bufferPages (the usual way: switch back to every page at
// the end) held all ~2,500 pages of a 10,000-coding report, ~300 MB of the export's peak.
// The text is centred exactly as pdfkit centres it and stays text (pdftotext reads it).
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

/** The parts of pdfkit's internals this module uses (typed here: @types/pdfkit omits them). */
interface PdfRef {
  data: Record<string, unknown>;
  end(chunk?: string): void;
}
interface PdfFont {
  id: string;
  ascender: number;
  ref(): unknown;
  encode(text: string): [string[], unknown[]];
  widthOfString(text: string, size: number): number;
}
interface PdfInternals {
  ref(data: Record<string, unknown>): PdfRef;
  addContent(operators: string): void;
  page: { width: number; height: number; xobjects: Record<string, PdfRef> };
  _font: PdfFont;
}

export interface PageNumberStyle {
  /** Font file of the numbers (the report's regular face). */
  font: string;
  size: number;
  /** Grey level 0–1 of the text. */
  grey: number;
  /** Left and right margin: the numbers are centred between them. */
  margin: number;
  /** Top of the text line, from the page's top edge (pdfkit's y). */
  top: (pageHeight: number) => number;
}

const fixed = (n: number) => Number(n.toFixed(3)).toString();

export class PageNumbers {
  private readonly forms: PdfRef[] = [];
  private readonly doc: PdfInternals;

  /** Call right after creating the document: numbers every page added from now on. */
  constructor(
    private readonly pdf: Doc,
    private readonly style: PageNumberStyle,
  ) {
    this.doc = pdf as unknown as PdfInternals;
    pdf.on('pageAdded', () => this.placeOnPage());
  }

  private placeOnPage(): void {
    const { page } = this.doc;
    const form = this.doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, page.width, page.height] });
    const name = `Pn${this.forms.length}`;
    page.xobjects[name] = form;
    this.forms.push(form);
    // pdfkit draws with the y axis flipped; the form is in plain PDF space, so flip it back.
    this.doc.addContent(`q 1 0 0 -1 0 ${fixed(page.height)} cm /${name} Do Q`);
  }

  /** Writes every page's number; call once, after the last page and before doc.end(). */
  finish(): void {
    this.pdf.font(this.style.font);
    const font = this.doc._font;
    const { size, grey, margin } = this.style;
    // The title page is page 1 and carries no number.
    const total = this.forms.length + 1;
    this.forms.forEach((form, i) => {
      const text = `${i + 2} / ${total}`;
      const bbox = form.data.BBox as number[];
      const [width, height] = [bbox[2], bbox[3]];
      const x = margin + (width - 2 * margin - font.widthOfString(text, size)) / 2;
      // pdfkit puts the baseline one ascender below the line's top.
      const baseline = height - this.style.top(height) - (font.ascender / 1000) * size;
      const [glyphs] = font.encode(text);
      form.data.Resources = { Font: { [font.id]: font.ref() } };
      form.end(`BT ${grey} ${grey} ${grey} rg /${font.id} ${size} Tf 1 0 0 1 ${fixed(x)} ${fixed(baseline)} Tm <${glyphs.join('')}> Tj ET`);
    });
  }
}
