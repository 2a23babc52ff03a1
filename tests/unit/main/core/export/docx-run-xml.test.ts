// Runs written from a per-style template (docx-run-xml.ts) must be the XML docx writes for the
// same TextRun: every style the comments use, tabs, escapes, empty text, docx's field names.
import { Document, PageNumber, ShadingType, Tab, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { stringify } from '../../../../../main/core/export/docx-fragments';
import { RunXml, type RunStyle } from '../../../../../main/core/export/docx-run-xml';

const file = new Document({ sections: [{ children: [] }] });
const context = () => ({ viewWrapper: file.Document, file, stack: [] }) as unknown as Parameters<TextRun['prepForXml']>[0];
const xml = (x: { prepForXml(c: ReturnType<typeof context>): unknown }) => stringify(x.prepForXml(context()) as Parameters<typeof stringify>[0]);

const STYLES: RunStyle[] = [
  { size: 20 },
  { size: 20, bold: true },
  { size: 22, italics: true, strike: true },
  { size: 18, font: 'Consolas', shading: { type: ShadingType.CLEAR, fill: 'EFEFEF' } },
  { size: 20, style: 'Hyperlink', break: 1 },
];
const TEXTS: string[][] = [['plain'], ['a', 'b'], [''], ['', ''], ['<&> "quoted" \'s\''], ['ёмкость «жертвы»'], [PageNumber.CURRENT], ['x', PageNumber.TOTAL_PAGES]];

describe('DOCX runs from templates', () => {
  it('write what docx writes for the same TextRun', () => {
    for (const style of STYLES) {
      for (const parts of TEXTS) {
        const expected = xml(new TextRun({ ...style, children: parts.flatMap((p, j) => (j > 0 ? [new Tab(), p] : [p])) }));
        expect(xml(new RunXml(style, parts)), JSON.stringify({ style, parts })).toBe(expected);
      }
    }
  });
});
