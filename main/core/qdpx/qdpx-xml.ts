// Small helpers for writing REFI-QDA XML: escaping (dropping the characters XML 1.0 cannot
// carry), GUIDs (our ids are UUIDs; anything else is mapped to a stable name-based UUID) and
// the Variables Glossa exports for document attributes.
import { xmlSafe } from '../export/xml-text';
import { uuidFrom } from '../share/merge-items';

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function guid(id: string): string {
  return UUID_RE.test(id) ? id.toLowerCase() : uuidFrom('glossa-guid', id);
}

export function text(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function attr(s: string | number): string {
  return text(String(s)).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export function attrs(values: Record<string, string | number | null | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${attr(v as string | number)}"`)
    .join('');
}

/** Document attributes exported as REFI-QDA variables (name, type); guids are fixed. */
export const VARIABLES = [
  { key: 'organisation', name: 'Organisation', type: 'Text' },
  { key: 'countries', name: 'Countries', type: 'Text' },
  { key: 'year', name: 'Year', type: 'Integer' },
  { key: 'docType', name: 'Document type', type: 'Text' },
  { key: 'language', name: 'Language', type: 'Text' },
  { key: 'author', name: 'Author', type: 'Text' },
] as const;

export const variableGuid = (name: string) => uuidFrom('glossa-variable', name);

/** Separator between pages in a PDF's text representation (as pdftotext writes it). */
export const PAGE_SEPARATOR = '\f';

/** Variable names Glossa maps onto document attributes; others are kept in the document memo. */
export const GLOSSA_VARIABLE_NAMES: ReadonlySet<string> = new Set(VARIABLES.map((v) => v.name));
