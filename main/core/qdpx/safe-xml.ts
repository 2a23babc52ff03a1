// Parses project.qde into a small element tree with saxes, refusing anything beyond plain
// XML: any <!DOCTYPE> (so no DTD, no custom entities: XXE and "billion laughs" cannot
// start), undefined entities (saxes knows only the five predefined ones and character
// references), more than 200 MB of text, nesting deeper than 256, more than 2 million elements.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { GlossaError } from '../../../shared/errors';

export interface XmlElement {
  /** Local name (namespace dropped: REFI-QDA uses one namespace). */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const MAX_CHARS = 200_000_000;
/** Largest project.qde read (bytes; checked before inflating): twice NVivo's largest seen (~90 MB). */
export const MAX_QDE_BYTES = 200 * 1024 ** 2;
const MAX_DEPTH = 256;
const MAX_ELEMENTS = 2_000_000;

function bad(message: string): GlossaError {
  return new GlossaError('qdpx.badXml', `The project.qde in this .qdpx file was refused: ${message}. Nothing was imported.`, { detail: message });
}

/**
 * project.qde bytes -> text. XML allows UTF-8 and UTF-16 (with a byte-order mark, or
 * recognisable by its first "<?" being two bytes wide); some Windows tools write UTF-16.
 */
export function decodeQde(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00)) encoding = 'utf-16le';
  else if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c)) encoding = 'utf-16be';
  // TextDecoder drops the byte-order mark itself; a stray one after decoding is dropped too.
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

export function parseQde(xml: string): XmlElement {
  if (xml.length > MAX_CHARS) throw bad('it is larger than 200 MB');
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let count = 0;
  let failure: GlossaError | null = null;
  parser.on('doctype', () => {
    throw bad('it declares a DOCTYPE (document type definitions are not allowed)');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (++count > MAX_ELEMENTS) throw bad('it has too many elements');
    if (stack.length > MAX_DEPTH) throw bad('it is nested too deeply');
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
    const el: XmlElement = { name: tag.local, attrs, children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (t: string) => {
    stack[stack.length - 1].text += t;
  });
  parser.on('cdata', (t: string) => {
    stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (e: Error) => {
    failure ??= e instanceof GlossaError ? e : bad(e.message.split('\n')[0]);
    throw failure;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw failure ?? (e instanceof GlossaError ? e : bad(e instanceof Error ? e.message.split('\n')[0] : String(e)));
  }
  const project = root.children[0];
  if (!project || project.name !== 'Project') throw bad('its root element is not <Project>');
  return project;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}
