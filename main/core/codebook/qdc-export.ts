// Exports the project's codebook as a REFI-QDA codebook (.qdc, urn:QDA-XML:codebook:1.0;
// tests/fixtures/refi-qda/Codebook-v1.0.xsd, spec section 5.2): nested <Code> elements with our
// UUIDs as guids, name, isCodable, colour as "#RRGGBB" and the definition with inclusion and
// exclusion notes in <Description>, in both languages (qdc-description.ts). Returns the XML text; the host saves it.
import packageJson from '../../../package.json';
import type { Code } from '../../../shared/domain/code';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { listCodes } from '../../db/repositories/codes';
import { childrenMap } from '../coding/code-tree';
import type { CodeLang } from '../../../shared/domain/code';
import { exportedCode } from './qdc-description';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** XML 1.0 forbids most C0 controls even as character references; they cannot travel. */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escapeText(s: string): string {
  return s.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  // Newlines and tabs in attributes would be normalised to spaces by any reader: keep them.
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** `lang`: the language whose names the file carries (the exporter's interface language); the other rides in the descriptions. */
export function exportQdc(db: Db, lang: CodeLang = 'en'): string {
  const codes = listCodes(db);
  if (codes.length === 0) throw new GlossaError('code.badInput', 'The codebook is empty: there is nothing to export.');
  const children = childrenMap(codes);
  const lines: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="${escapeAttr(`Glossa ${packageJson.version}`)}">`,
    '  <Codes>',
  ];
  const seen = new Set<string>();
  const write = (c: Code, depth: number) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    const pad = '  '.repeat(depth + 2);
    const { name, description } = exportedCode(c, lang);
    const attrs = `guid="${escapeAttr(c.id)}" name="${escapeAttr(name)}" isCodable="true" color="${c.color.toUpperCase()}"`;
    const kids = children.get(c.id) ?? [];
    if (!description && kids.length === 0) {
      lines.push(`${pad}<Code ${attrs}/>`);
      return;
    }
    lines.push(`${pad}<Code ${attrs}>`);
    if (description) lines.push(`${pad}  <Description>${escapeText(description)}</Description>`);
    for (const k of kids) write(k, depth + 1);
    lines.push(`${pad}</Code>`);
  };
  for (const c of children.get(null) ?? []) write(c, 0);
  lines.push('  </Codes>', '</CodeBook>', '');
  return lines.join('\n');
}
