// The colour table of the PDF-annotation import as the dialog edits it, kept out of the
// component so it runs without a DOM: each row's <select> value ('none', 'new', 'code:<id>'),
// the row a choice makes, and whether the table can be confirmed (a new code needs a name).
import type { ColourMapRow, PdfColourSummary } from '../../../shared/domain/pdf-annotations';
import { defaultCodeName, paletteColour } from '../../../shared/pdf/annotation-colours';

export type ChoiceValue = 'none' | 'new' | `code:${string}`;

export function choiceOf(row: ColourMapRow): ChoiceValue {
  return row.action === 'code' ? `code:${row.codeId}` : row.action;
}

/** The default name of a new code for a colour: the palette name, else the colour itself. */
export function newCodeName(color: string | null): string {
  const p = color ? paletteColour(color) : null;
  return p ? defaultCodeName(p) : (color ?? '');
}

export function withChoice(row: ColourMapRow, value: string): ColourMapRow {
  if (value.startsWith('code:')) return { color: row.color, action: 'code', codeId: value.slice(5) };
  if (value === 'new') return { color: row.color, action: 'new', name: row.action === 'new' ? row.name : newCodeName(row.color) };
  return { color: row.color, action: 'none' };
}

export function withName(row: ColourMapRow, name: string): ColourMapRow {
  return row.action === 'new' ? { ...row, name } : row;
}

/** Confirmable when every new code has a name. */
export function isTableComplete(rows: readonly ColourMapRow[]): boolean {
  return rows.every((r) => r.action !== 'new' || r.name.trim() !== '');
}

/** The summary row of a colour, for the table's first columns. */
export function summaryOf(colours: readonly PdfColourSummary[], color: string | null): PdfColourSummary | undefined {
  return colours.find((c) => c.color === color);
}
