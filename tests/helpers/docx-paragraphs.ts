// The paragraphs of a DOCX's word/document.xml as a reader sees them: each w:p's style id
// (w:pStyle, '' for none), its text (w:t runs joined, w:br and w:tab as "\n" and "\t"), and its
// runs' bold/italic flags. For tests that read back a document written by pandoc or by us.
import { SaxesParser } from 'saxes';

export interface DocxRun { text: string; bold: boolean; italic: boolean }
export interface DocxParagraph { style: string; text: string; runs: DocxRun[] }

export function docxParagraphs(xml: string): DocxParagraph[] {
  const parser = new SaxesParser();
  const out: DocxParagraph[] = [];
  let para: DocxParagraph | null = null;
  let run: DocxRun | null = null;
  let inText = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') para = { style: '', text: '', runs: [] };
    else if (para && tag.name === 'w:pStyle') para.style = String(tag.attributes['w:val']);
    else if (tag.name === 'w:r') run = { text: '', bold: false, italic: false };
    else if (run && tag.name === 'w:b') run.bold = tag.attributes['w:val'] !== 'false' && tag.attributes['w:val'] !== '0';
    else if (run && tag.name === 'w:i') run.italic = tag.attributes['w:val'] !== 'false' && tag.attributes['w:val'] !== '0';
    else if (tag.name === 'w:t') inText = true;
    else if (run && tag.name === 'w:br') run.text += '\n';
    else if (run && tag.name === 'w:tab') run.text += '\t';
  });
  parser.on('text', (t) => {
    if (inText && run) run.text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:r' && run && para) {
      para.runs.push(run);
      para.text += run.text;
      run = null;
    } else if (tag.name === 'w:p' && para) {
      out.push(para);
      para = null;
    }
  });
  parser.write(xml).close();
  return out;
}
