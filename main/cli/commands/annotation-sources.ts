// Helpers of the annotation import/export commands: a document by id, title or file name, and
// the colour table from --map options on top of the defaults (exact palette colours).
import { codeNameFor } from '../../../shared/codebook/code-text';
import type { ColourMapRow, PdfColourSummary } from '../../../shared/domain/pdf-annotations';
import type { Code } from '../../../shared/domain/code';
import type { DocumentMeta } from '../../../shared/domain/document';
import { GlossaError } from '../../../shared/errors';
import { defaultColourMap } from '../../../shared/pdf/annotation-colours';
import { UsageError } from '../command-registry';
import { findCode } from './coding-common';

const fold = (s: string) => s.trim().toLocaleLowerCase();

export function findDocument(docs: readonly DocumentMeta[], query: string): DocumentMeta {
  const hit = docs.find((d) => d.id === query) ?? docs.find((d) => fold(d.title) === fold(query) || fold(d.fileName) === fold(query));
  if (!hit) throw new GlossaError('document.notFound', `No document "${query}". Documents: ${docs.map((d) => d.title || d.fileName).join('; ') || 'none'}`);
  return hit;
}

/** "--map '#ffd400=Funding'" (an existing code), "'#ffd400=new:Yellow'" or "'#123456=none'". */
export function colourMapOf(found: readonly PdfColourSummary[], codes: readonly Code[], maps: readonly string[]): ColourMapRow[] {
  const rows = defaultColourMap(found, codes);
  for (const m of maps) {
    const match = /^\s*(#[0-9a-fA-F]{6})\s*=\s*(.+)$/.exec(m);
    if (!match) throw new UsageError(`--map must be COLOUR=CODE, COLOUR=new:NAME or COLOUR=none (got "${m}")`);
    const color = match[1].toLowerCase();
    const what = match[2].trim();
    const row: ColourMapRow =
      what === 'none' ? { color, action: 'none' } : what.startsWith('new:') ? { color, action: 'new', name: what.slice(4).trim() } : { color, action: 'code', codeId: findCode(codes, what).id };
    const i = rows.findIndex((r) => r.color === color);
    if (i >= 0) rows[i] = row;
    else rows.push(row);
  }
  return rows;
}

export function describeRow(r: ColourMapRow, codes: readonly Code[]): string {
  if (r.action === 'code') return `code "${(() => { const c = codes.find((x) => x.id === r.codeId); return c ? codeNameFor(c, 'en') : r.codeId; })()}"`;
  if (r.action === 'new') return `new code "${r.name}"`;
  return 'no code (keeps its colour)';
}
