// DOCX evidence report with the `docx` package: a title page, the codebook, passages under
// their code-path headings (Heading 1/2 so Word's navigation pane lists them), quotes in a
// "Quote" paragraph style (indented, grey left rule), and tables. Quote text is split only at
// line breaks and tabs, which Word needs as <w:br/> and <w:tab/>; runs keep
// xml:space="preserve", so spaces and every character arrive exactly. Comments and memos are
// Markdown, printed as Word formatting by rich-text-docx.ts. The passages are turned into XML
// one at a time as they are made (docx-fragments.ts), never held as one tree of docx objects.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  PageBreak,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { addDocxFigure } from './docx-figure';
import { DocxFragments, passagesPlaceholder } from './docx-fragments';
import { packDocx } from './docx-zip';
import type { ExportProgress } from './export-progress';
import { coderLine, type ReportModel, type ReportTable } from './report-model';
import { inlineDocx, richDocx } from './rich-text-docx';
import { xmlSafe } from './xml-text';

/** Runs for text that may hold line breaks and tabs. */
export function textRuns(text: string, style: { italics?: boolean; bold?: boolean; size?: number } = {}): TextRun[] {
  return xmlSafe(text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          ...style,
          break: i > 0 ? 1 : undefined,
          children: line.split('\t').flatMap((part, j) => (j > 0 ? [new Tab(), part] : [part])),
        }),
    );
}

const para = (text: string, extra: { heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; style?: string; pageBreakBefore?: boolean } = {}) =>
  new Paragraph({ ...extra, children: textRuns(text) });

function labelled(label: string, text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(text)] });
}

/** A4 (11906 twips) less docx's default 1440-twip margins: the text column is 9026 twips wide. */
const TEXT_WIDTH = 9026;

function tableOf(table: ReportTable): Table {
  // The code column takes 40 % (code paths are long, counts are short), the counts share the rest.
  const values = table.header.length - 1;
  const first = values > 0 ? Math.round(TEXT_WIDTH * 0.4) : TEXT_WIDTH;
  const rest = values > 0 ? Math.floor((TEXT_WIDTH - first) / values) : 0;
  const widths = table.header.map((_, i) => (i === 0 ? first : rest));
  const cell = (text: string, header: boolean, right: boolean, i: number) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: textRuns(text, { bold: header, size: 16 }),
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: table.header.map((h, i) => cell(h, true, i > 0, i)) }),
      ...table.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i === 0, i > 0, i)) })),
    ],
  });
}

export async function writeDocxReport(model: ReportModel, progress: ExportProgress): Promise<Uint8Array> {
  const l = model.labels;
  const children: FileChild[] = [
    para(model.title, { heading: HeadingLevel.TITLE }),
    ...(model.subtitle ? [para(model.subtitle, { style: 'Subtitle' })] : []),
    labelled(l.generated, model.date),
    labelled(l.filter, model.filterSummary),
    para(model.summary),
    new Paragraph({ children: [new PageBreak()] }),
    para(l.codebook, { heading: HeadingLevel.HEADING_1 }),
    para(model.codebookNote, { style: 'Note' }),
  ];
  for (const code of model.codebook) {
    children.push(para(code.heading, { heading: HeadingLevel.HEADING_3 }));
    if (code.definition) children.push(labelled(l.definition, code.definition));
    if (code.inclusion) children.push(labelled(l.inclusion, code.inclusion));
    if (code.exclusion) children.push(labelled(l.exclusion, code.exclusion));
  }
  children.push(para(l.passages, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
  // Passages, memos and tables follow as fragments, each formatted once (docx-fragments.ts).
  const placeholder = passagesPlaceholder();
  children.push(placeholder);
  const document = new Document({
    creator: 'Glossa',
    title: xmlSafe(model.subtitle ? `${model.title} \u2014 ${model.subtitle}` : model.title),
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        // Word's built-in headings have no space above in LibreOffice; give each some air.
        heading1: { run: { size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: { size: 26, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 40 }, keepNext: true } },
        heading3: { run: { size: 23, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 240, after: 60 }, keepNext: true } },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { color: '262626' },
          paragraph: {
            indent: { left: 567, right: 567 },
            spacing: { before: 200, after: 60 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: '7A7A7A', space: 8 } },
          },
        },
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 30, color: '595959' },
          paragraph: { spacing: { after: 360 } },
        },
        {
          id: 'Note',
          name: 'Note',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 18, color: '595959', italics: true },
          paragraph: { spacing: { after: 160 } },
        },
        {
          id: 'Citation',
          name: 'Citation',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 18, color: '444444' },
          paragraph: { indent: { left: 567 }, spacing: { after: 120 } },
        },
      ],
    },
    sections: [{ children }],
  });
  const passages = new DocxFragments(document, placeholder);
  let done = 0;
  for (const section of model.sections) {
    passages.addStyledText('Heading2', section.heading);
    passages.addStyledText('Note', section.count);
    for (const p of section.passages) {
      if (p.figure) await addDocxFigure(passages, { ...p, figure: p.figure }, model.images, l);
      else passages.addStyledText('Quote', p.quote);
      passages.addStyledText('Citation', `${p.citation} \u00b7 ${coderLine(p, l)}`);
      // "Open in Glossa" under the citation: a w:hyperlink to the glossa:// link (external relationship).
      if (p.link) passages.addLinkParagraph('Citation', l.openInGlossa, p.link, 16);
      for (const line of p.links) passages.addStyledText('Citation', `↔ ${line}`);
      if (p.commentBlocks.length && !p.figure) passages.add(richDocx(p.commentBlocks, { size: 20, indent: 567, label: `${l.comment}: ` }));
      await progress.row(++done, model.passageCount, 0, 0.6);
    }
  }
  if (model.memos && model.memos.length > 0) {
    passages.add([para(l.memos, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true })]);
    for (const memo of model.memos) {
      passages.add([para(memo.heading, { heading: HeadingLevel.HEADING_3 }), ...richDocx(memo.blocks, { size: 22 })]);
    }
  }
  if (model.tables) {
    passages.add([para(l.tables, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true })]);
    for (const table of model.tables) {
      passages.add([para(table.title, { heading: HeadingLevel.HEADING_3 })]);
      if (table.note) passages.add([para(table.note, { style: 'Note' })]);
      passages.add([tableOf(table), new Paragraph({ children: [] })]);
    }
  }
  // The report ends with the list of the documents it cites, in the export's citation style.
  if (model.bibliography.entries.length > 0) {
    passages.add([para(model.bibliography.heading, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true })]);
    // APA, Chicago and Cite Them Right set their reference lists with a 0.5 in hanging indent.
    const indent = model.bibliography.hangingIndent ? { left: 720, hanging: 720 } : undefined;
    passages.add(model.bibliography.entries.map((e) => new Paragraph({ children: inlineDocx(e.rich, 22), indent, spacing: { after: 120 } })));
  }
  progress.check();
  // The override is bytes: docx's types say string, but its zip step takes strings or bytes
  // (bytesOf in zipFiles), and bytes spare a ~100 MB string for 10,000 passages.
  const documentXml = passages.documentXml() as unknown as string;
  const bytes = await packDocx(document, [{ path: 'word/document.xml', data: documentXml }]);
  progress.check();
  return bytes;
}
