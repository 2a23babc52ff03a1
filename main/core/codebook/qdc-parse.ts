// Parses a REFI-QDA codebook (.qdc) into a plain tree, refusing anything suspicious: a
// DOCTYPE (no DTDs, hence no custom entities or external references — saxes never fetches
// or expands them, and we refuse them outright), oversized files, bad guids or colours,
// absurd nesting. Sets are read past: Glossa has no code sets.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { GlossaError } from '../../../shared/errors';
import { QDC_NAMESPACE } from './qdc-export';
import type { CodeLang, CodeText } from '../../../shared/domain/code';
import { importedText } from './qdc-description';

/** A codebook of 10,000 codes with long descriptions is ~5 MB; anything bigger is not a codebook. */
export const MAX_QDC_CHARS = 5_000_000;
const MAX_CODES = 10_000;
const MAX_DEPTH = 64;

export interface ParsedCode {
  /** Lower-case UUID without braces. */
  id: string;
  /** The file's one name (in whichever language the exporter chose). */
  name: string;
  /** #rrggbb, or null when the file has none. */
  color: string | null;
  /** Name and notes per language found in the name and description (qdc-description.ts). */
  text: Partial<Record<CodeLang, CodeText>>;
  children: ParsedCode[];
}

const GUID_RE = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;
const RGB_RE = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

function bad(message: string): GlossaError {
  return new GlossaError('codebook.badFile', `Not a usable REFI-QDA codebook: ${message}`, { detail: message });
}

function normaliseGuid(value: string | undefined): string {
  const m = value === undefined ? null : GUID_RE.exec(value.trim());
  if (!m || (value!.trim().startsWith('{') !== value!.trim().endsWith('}'))) throw bad(`a code has an invalid guid "${value ?? ''}"`);
  return m[1].toLowerCase();
}

function normaliseColor(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const v = value.trim();
  if (!RGB_RE.test(v)) throw bad(`a code has an invalid colour "${v}"`);
  const hex = v.slice(1).toLowerCase();
  return '#' + (hex.length === 3 ? [...hex].map((ch) => ch + ch).join('') : hex);
}

export function parseQdc(xml: string): ParsedCode[] {
  if (typeof xml !== 'string') throw bad('the file is not text');
  if (xml.length > MAX_QDC_CHARS) throw bad(`the file is larger than ${MAX_QDC_CHARS / 1_000_000} MB`);
  const parser = new SaxesParser({ xmlns: true });
  const roots: ParsedCode[] = [];
  const stack: Array<{ local: string; code?: ParsedCode; text?: string[] }> = [];
  const guids = new Set<string>();
  let sawCodeBook = false;

  parser.on('doctype', () => {
    throw bad('it contains a DOCTYPE declaration, which is not allowed');
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (tag.uri !== QDC_NAMESPACE && tag.uri !== '') throw bad(`unexpected element <${tag.name}> in namespace ${tag.uri}`);
    const parent = stack[stack.length - 1];
    const local = tag.local;
    if (!parent) {
      if (local !== 'CodeBook') throw bad(`the root element is <${tag.name}>, expected <CodeBook>`);
      sawCodeBook = true;
    } else if (local === 'Code' && (parent.local === 'Codes' || parent.code)) {
      if (stack.length > MAX_DEPTH) throw bad('codes are nested too deeply');
      const attr = (name: string) => tag.attributes[name]?.value;
      const id = normaliseGuid(attr('guid'));
      if (guids.has(id)) throw bad(`the guid ${id} is used twice`);
      guids.add(id);
      if (guids.size > MAX_CODES) throw bad(`it has more than ${MAX_CODES} codes`);
      const name = (attr('name') ?? '').normalize('NFC').trim(); // macOS tools write names decomposed (NFD)
      if (!name) throw bad('a code has no name');
      const isCodable = attr('isCodable');
      if (isCodable !== undefined && !['true', 'false', '1', '0'].includes(isCodable.trim())) throw bad('a code has an invalid isCodable value');
      const code: ParsedCode = { id, name, color: normaliseColor(attr('color')), text: importedText(name, ''), children: [] };
      (parent.code ? parent.code.children : roots).push(code);
      stack.push({ local, code });
      return;
    } else if (local === 'Description' && parent.code) {
      stack.push({ local, text: [] });
      return;
    }
    stack.push({ local });
  });
  parser.on('text', (text) => {
    stack[stack.length - 1]?.text?.push(text);
  });
  parser.on('cdata', (text) => {
    stack[stack.length - 1]?.text?.push(text);
  });
  parser.on('closetag', () => {
    const top = stack.pop();
    if (top?.text) {
      const owner = stack[stack.length - 1]?.code;
      if (owner) owner.text = importedText(owner.name, top.text.join('').normalize('NFC').trim());
    }
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof GlossaError) throw err;
    throw bad((err as Error).message);
  }
  if (!sawCodeBook) throw bad('it has no <CodeBook> element');
  if (roots.length === 0) throw bad('it contains no codes');
  return roots;
}
