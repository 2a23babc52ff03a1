// Comment and memo paragraphs written from templates (docx-paragraph-xml.ts) must be the XML docx
// writes for the same Paragraph: every block kind richDocx makes (labelled paragraph, headings,
// bullet and numbered items at two depths, code, rule, quotes at two levels, links with and
// without a #fragment, line breaks, tabs), each compared with docx's own Paragraph of the same
// options and children; and each hyperlink's relationship filed with the document as docx files it.
import { Document, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { stringify } from '../../../../../main/core/export/docx-fragments';
import { ParagraphXml } from '../../../../../main/core/export/docx-paragraph-xml';
import { parseRichText } from '../../../../../main/core/export/rich-text';
import { richDocx } from '../../../../../main/core/export/rich-text-docx';

const MARKDOWN = [
  '**Key** point on _referral_: compare with [the source](https://example.org/r/1).\nA second line\twith a tab.',
  '# Findings\n\n## Second level\n\n### Third\n\nText after.',
  '- first reading\n- second, see `annex 3`\n  - nested item\n\n1. one\n2. two [anchor](https://www.osce.org/report#section-4)',
  '```\ncode line 1\ncode\tline 2\n```\n\n---\n\n> quoted **bold**\n>\n> > twice quoted ~~struck~~',
  '- a list first: the label stands alone',
];

type Ctx = Parameters<Paragraph['prepForXml']>[0];

function contextOf(): { ctx: Ctx; rels: () => string } {
  const file = new Document({ sections: [{ children: [] }] });
  const ctx = { viewWrapper: file.Document, file, stack: [] } as unknown as Ctx;
  const rels = () => JSON.stringify((file.Document as unknown as { Relationships: { prepForXml(c: Ctx): unknown } }).Relationships.prepForXml(ctx));
  return { ctx, rels };
}

// docx names a hyperlink's relationship with a random id: the same random id in both.
const sameIds = (xml: string) => xml.replace(/rId[a-z0-9_-]{16,}/g, 'rId*');

describe('DOCX comment paragraphs from templates', () => {
  it("are docx's own paragraphs, hyperlinks and their relationships included", () => {
    let compared = 0;
    let links = 0;
    for (const [i, md] of MARKDOWN.entries()) {
      for (const opts of [{ size: 20, indent: 567, label: 'Comment: ' }, { size: 22 }]) {
        const children = richDocx(parseRichText(md), opts);
        for (const child of children) {
          if (!(child instanceof ParagraphXml)) continue;
          const { style, children: runs } = child as unknown as { style: object; children: Paragraph['root'] };
          const ours = contextOf();
          const theirs = contextOf();
          const ourXml = stringify(child.prepForXml(ours.ctx) as Parameters<typeof stringify>[0]);
          const theirXml = stringify(new Paragraph({ ...style, children: runs } as ConstructorParameters<typeof Paragraph>[0]).prepForXml(theirs.ctx));
          expect(sameIds(ourXml), `${i}: ${md}`).toBe(sameIds(theirXml));
          expect(sameIds(ours.rels())).toBe(sameIds(theirs.rels()));
          compared++;
          if (ourXml.includes('<w:hyperlink')) links++;
        }
      }
    }
    expect(compared).toBeGreaterThan(30);
    expect(links).toBe(4);
  });

  it('writes the bold label and list markers as the TextRuns docx makes of the same text and style', () => {
    const runXml = (run: unknown) => stringify((run as TextRun).prepForXml(contextOf().ctx) as Parameters<typeof stringify>[0]);
    const runsOf = (child: unknown) => (child as { children: unknown[] }).children;
    const label = 'Comment & <note>: ';
    const [labelled] = richDocx(parseRichText('Body text'), { size: 20, label });
    expect(runXml(runsOf(labelled)[0])).toBe(runXml(new TextRun({ text: label, bold: true, size: 20 })));
    const items = richDocx(parseRichText('1. one\n2. two\n\n- bullet'), { size: 22 });
    expect(items.map((item) => runXml(runsOf(item)[0]))).toEqual(['1.', '2.', '\u2022'].map((text) => runXml(new TextRun({ text, size: 22 }))));
  });
});
