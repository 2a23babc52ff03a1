// Paragraphs of the DOCX report's comments and memos written from one template per paragraph
// style, as their runs are (docx-run-xml.ts): a Markdown comment is two to five paragraphs, and
// 10,000 of them as docx Paragraph trees (properties objects built, then prepForXml) were about
// a quarter of the project DOCX export once the runs were templated. docx writes the template
// itself — a Paragraph of the same options around one marker run — once per distinct options
// (indent, spacing, border, shading, keepNext: a few dozen per report); a paragraph is the
// template with the marker run replaced by its children's XML. A hyperlink child is made and
// filed as docx's Paragraph makes and files it (ConcreteHyperlink, relationship, anchor); a
// paragraph without children is docx's own (<w:p/> where it has no properties). The result is
// an element docx-fragments.ts writes verbatim (tests/unit/…/docx-paragraph-xml.test.ts
// compares the XML with docx's).
import { ConcreteHyperlink, ExternalHyperlink, Paragraph, TextRun, uniqueId, type IParagraphOptions, type ParagraphChild } from 'docx';
import { HYPERLINK_TYPE, MarkerTemplates, RAW_XML, stringify } from './docx-fragments';

type Context = Parameters<Paragraph['prepForXml']>[0];
export type ParagraphStyle = Omit<IParagraphOptions, 'children' | 'text'>;

const MARKER = 'glossaParagraphMarker';
const MARKER_XML = `<w:r><w:t xml:space="preserve">${MARKER}</w:t></w:r>`;
/** docx's MAX_ANCHOR_LENGTH: a longer #fragment stays part of the address. */
const MAX_ANCHOR = 255;

interface Relationships {
  addRelationship(id: string, type: string, target: string, mode: string): void;
}

const templates = new MarkerTemplates(MARKER_XML);

function template(style: ParagraphStyle, context: Context): [string, string] | null {
  return templates.get(JSON.stringify(style), () => new Paragraph({ ...style, children: [new TextRun(MARKER)] }).prepForXml(context));
}

/** One child's XML. A hyperlink as docx's Paragraph.prepForXml makes it: a ConcreteHyperlink
 *  with a fresh id, its address less a short #fragment (which becomes w:anchor) filed as the
 *  document's external relationship. */
function childXml(child: ParagraphChild, context: Context): string {
  if (child instanceof ExternalHyperlink) {
    const { link, children } = child.options;
    const hash = link.indexOf('#');
    const fragment = link.length - hash - 1;
    const split = hash > 0 && fragment > 0 && fragment <= MAX_ANCHOR;
    const concrete = new ConcreteHyperlink(children, uniqueId(), split ? link.slice(hash + 1) : undefined, link);
    const relationships = (context as unknown as { viewWrapper: { Relationships: Relationships } }).viewWrapper.Relationships;
    relationships.addRelationship(concrete.linkId, HYPERLINK_TYPE, split ? link.slice(0, hash) : link, 'External');
    return stringify(concrete.prepForXml(context) as Parameters<typeof stringify>[0]);
  }
  return stringify((child as unknown as { prepForXml(c: Context): Parameters<typeof stringify>[0] }).prepForXml(context));
}

/** A body paragraph of `style` holding `children` (runs, RunXml runs, hyperlinks). */
export class ParagraphXml {
  /** What docx's element checks read (elementOf): this is a w:p. */
  readonly rootKey = 'w:p';
  constructor(
    private readonly style: ParagraphStyle,
    private readonly children: ParagraphChild[],
  ) {}

  prepForXml(context: Context): unknown {
    const native = () => new Paragraph({ ...this.style, children: this.children }).prepForXml(context);
    if (this.children.length === 0) return native();
    const t = template(this.style, context);
    if (!t) return native();
    let inner = '';
    for (const child of this.children) inner += childXml(child, context);
    return { [RAW_XML]: t[0] + inner + t[1] };
  }
}
