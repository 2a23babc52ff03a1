// The passages part of the DOCX report (and the memos and tables after it) written piece by piece: each passage's paragraphs are
// turned into their WordprocessingML as soon as they are made (docx's own prepForXml, so the
// XML is what docx writes), and the object tree is dropped again. Built as one `Document`,
// 10,000 passages with Markdown comments were ~1.2 GB of docx objects and 8 s, mostly garbage
// collection. The report is assembled with a placeholder paragraph where the passages go; the
// placeholder's XML in docx's document.xml is then replaced by the fragments, and the result is
// handed to docx's Packer as its document.xml. Hyperlinks in the fragments register their
// relationships with the document while they are formatted, before the Packer writes them.
import { Paragraph, TextRun, type File } from 'docx';
import { xmlSafe } from './xml-text';

type Xmlable = ReturnType<Paragraph['prepForXml']>;
type Context = Parameters<Paragraph['prepForXml']>[0];

/** The XML header docx writes on document.xml. */
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// The same characters docx escapes (and the control characters it drops), compiled once.
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const escapeValue = (value: unknown): unknown => (typeof value === 'string' ? value.replace(ESCAPED, (c) => ESCAPES[c] ?? '') : value);
export const escapeXmlValue = (value: string): string => escapeValue(value) as string;

export const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The key of an element whose value is finished XML, written as it is (docx-run-xml.ts). */
export const RAW_XML = 'glossa:raw-xml';

interface Resolved {
  name: string | undefined;
  attributes: string[];
  content: Array<Resolved | unknown>;
}

function addAttributes(attributes: string[], attr: Record<string, unknown>): void {
  for (const key in attr) attributes.push(`${key}="${String(escapeValue(attr[key]))}"`);
}

/** docx's `resolve` (src/util/xml/stringify.ts, the xml package's rules) without indentation. */
function resolve(data: Record<string, unknown>): Resolved {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  if (name === RAW_XML) return { name: undefined, attributes: [], content: [values] };
  const attributes: string[] = [];
  const content: Array<Resolved | unknown> = [];
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
      if (attr) addAttributes(attributes, attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values as unknown[]) {
          if (typeof value === 'object' && value !== null) {
            if (Object.keys(value)[0] === '_attr') addAttributes(attributes, (value as { _attr: Record<string, unknown> })._attr);
            else content.push(resolve(value as Record<string, unknown>));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else content.push(escapeValue(values));
  return { name, attributes, content };
}

function format(element: Resolved | unknown): string {
  if (typeof element !== 'object' || element === null) return String(element);
  const { name, attributes, content } = element as Resolved;
  const open = (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') + (content.length > 0 ? (name ? '>' : '') : '/>');
  if (content.length === 0) return open;
  let inner = '';
  for (const child of content) if (child !== undefined) inner += format(child);
  return open + inner + (name ? `</${name}>` : '');
}

export function stringify(xmlable: Xmlable): string {
  return xmlable === undefined ? '' : format(resolve(xmlable as Record<string, unknown>));
}

/**
 * XML templates of docx elements (docx-run-xml.ts, docx-paragraph-xml.ts): the XML docx writes
 * for an element made around a marker, split at the marker's XML, kept per style key; null
 * when the marker's XML is not there exactly once (the caller then lets docx write it).
 */
export class MarkerTemplates {
  private readonly known = new Map<string, [string, string] | null>();
  constructor(private readonly markerXml: string) {}

  get(key: string, make: () => Xmlable): [string, string] | null {
    let template = this.known.get(key);
    if (template === undefined) {
      const xml = stringify(make());
      const at = xml.indexOf(this.markerXml);
      template = at < 0 || xml.indexOf(this.markerXml, at + 1) >= 0 ? null : [xml.slice(0, at), xml.slice(at + this.markerXml.length)];
      this.known.set(key, template);
    }
    return template;
  }
}

/** A paragraph no report text can produce (a random token): the passages go where it stands. */
export function passagesPlaceholder(): Paragraph {
  return new Paragraph({ children: [new TextRun(`glossa-passages-${Math.random().toString(36).slice(2)}`)] });
}

/** Formats report children into document.xml fragments, in the context of one docx File. */
export class DocxFragments {
  /** UTF-8 bytes: a JS string of Cyrillic text takes two bytes a character, and one large
   *  string would be copied again to encode it for the zip. */
  private readonly parts: Buffer[] = [];
  /** Fragments not yet encoded: joined and encoded ~64 K characters at a time, since one
   *  small Buffer per paragraph (~60,000 of them) was a tenth of the report's time. */
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly context: Context;
  private links = 0;
  /** `placeholder`: the paragraph of passagesPlaceholder() that stands in the file's body. */
  constructor(
    readonly file: File,
    private readonly placeholder: Paragraph,
  ) {
    this.context = { viewWrapper: file.Document, file, stack: [] } as unknown as Context;
  }

  /** Appends the XML of these body children (paragraphs, tables), which can then be dropped. */
  add(children: Array<{ prepForXml(context: Context): Xmlable }>): void {
    for (const child of children) {
      const xml = stringify(child.prepForXml(this.context));
      this.push(xml.includes('r:embed="rId{') ? this.linkImages(xml) : xml);
    }
  }

  /** Relationship numbers of the pictures added, by their media key. */
  private readonly imageIds = new Map<string, number>();

  /** A picture (docx's ImageRun, filed in the File's media as it was formatted) refers to its
   *  media file as "rId{<file name>}", which docx's Packer resolves only in the document.xml
   *  it formats itself: here each gets a relationship of the document (one per distinct image),
   *  numbered after those already there, as the Packer numbers its own. */
  private linkImages(xml: string): string {
    return xml.replace(/r:embed="rId\{([^{}"]+)\}"/g, (whole, key: string) => {
      let id = this.imageIds.get(key);
      if (id === undefined) {
        // The key is what the image was filed under; its file name is what the zip holds.
        const fileName = this.file.Media.Entries.find(([k]) => k === key)?.[1].fileName;
        if (!fileName) return whole;
        const rels = this.file.Document.Relationships;
        id = rels.RelationshipCount + 1;
        rels.addRelationship(id, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image', `media/${fileName}`);
        this.imageIds.set(key, id);
      }
      return `r:embed="rId${id}"`;
    });
  }

  private push(xml: string): void {
    this.pending.push(xml);
    this.pendingLength += xml.length;
    if (this.pendingLength >= 65_536) this.flush();
  }

  private flush(): void {
    if (this.pending.length > 0) this.parts.push(Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Appends a paragraph of plain text in a paragraph style: the XML docx writes for
   *  `new Paragraph({ style, children: textRuns(text) })` (a run per line, <w:br/> before
   *  every line but the first, <w:tab/> for tabs), written directly: quotes and citations
   *  are most of a report, and their docx objects were a third of its time. */
  addStyledText(style: string, text: string): void {
    let xml = `<w:p><w:pPr><w:pStyle w:val="${escapeValue(style) as string}"/></w:pPr>`;
    xmlSafe(text)
      .split('\n')
      .forEach((line, i) => {
        xml += i > 0 ? '<w:r><w:br/>' : '<w:r>';
        xml += line
          .split('\t')
          .map((part) => `<w:t xml:space="preserve">${escapeValue(part) as string}</w:t>`)
          .join('<w:tab/>');
        xml += '</w:r>';
      });
    this.push(`${xml}</w:p>`);
  }

  /** Appends a paragraph in a paragraph style holding one hyperlink (`text`, character style
   *  Hyperlink) to an external `link`: the relationship is registered with the document as
   *  docx's ExternalHyperlink does, the XML written directly like addStyledText's (one docx
   *  Paragraph per passage would cost what addStyledText saves). */
  addLinkParagraph(style: string, text: string, link: string, size: number): void {
    const id = `glossaLink${++this.links}`;
    const relationships = (this.file.Document as unknown as { Relationships: { addRelationship(id: string, type: string, target: string, mode: string): void } }).Relationships;
    relationships.addRelationship(id, HYPERLINK_TYPE, link, 'External');
    this.push(
      `<w:p><w:pPr><w:pStyle w:val="${escapeXmlValue(style)}"/></w:pPr><w:hyperlink r:id="rId${id}" w:history="1">` +
        `<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${escapeXmlValue(xmlSafe(text))}</w:t></w:r>` +
        '</w:hyperlink></w:p>',
    );
  }

  /** document.xml (UTF-8) with the placeholder replaced by every fragment added (call once, last). */
  documentXml(): Buffer {
    this.flush();
    const body = stringify(this.file.Document.View.prepForXml(this.context));
    const mark = stringify(this.placeholder.prepForXml(this.context));
    const at = body.indexOf(mark);
    if (at < 0) throw new Error('DOCX report: the passages placeholder is missing from document.xml');
    const parts = [Buffer.from(DECLARATION + body.slice(0, at), 'utf8'), ...this.parts, Buffer.from(body.slice(at + mark.length), 'utf8')];
    this.parts.length = 0;
    return Buffer.concat(parts);
  }
}
