// The document attributes a CSL item can fill: an author line ("OSCE; Иванов, Иван") and a
// year (the first date part of `issued`). Pure functions, shared by attach and the record panel.
import type { CslItem, CslName } from '../domain/bibliography';

export function nameText(n: CslName): string {
  if (n.literal) return n.literal;
  return [n.family, n.given].filter((p) => typeof p === 'string' && p.trim() !== '').join(', ');
}

export function authorLine(csl: CslItem): string {
  const names = Array.isArray(csl.author) ? csl.author : [];
  return names.map(nameText).filter((s) => s !== '').join('; ');
}

export function entryYear(csl: CslItem): number | null {
  const y = csl.issued?.['date-parts']?.[0]?.[0];
  const n = typeof y === 'string' ? Number(y) : y;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}
