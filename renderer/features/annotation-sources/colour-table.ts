// The colour table of the PDF-annotation import as the dialog edits it, kept out of the
// component so it runs without a DOM: each row's <select> value ('none', 'new', 'code:<id>'),
// the row a choice makes, and whether the table can be confirmed (a new code needs a name).
// A new code for a palette colour is named in the interface language ("Yellow (Zotero)",
// "Жёлтый (Zotero)"): the backend pre-fills English names, which the table localises.
import type { ColourMapRow, PdfColourSummary } from '../../../shared/domain/pdf-annotations';
import { defaultCodeName, type PaletteColour, paletteColour } from '../../../shared/pdf/annotation-colours';
import { getLocale, type Locale, t } from '../../i18n/i18n';

export type ChoiceValue = 'none' | 'new' | `code:${string}`;

export function choiceOf(row: ColourMapRow): ChoiceValue {
  return row.action === 'code' ? `code:${row.codeId}` : row.action;
}

/** "Yellow (Zotero)" in the interface language. */
export function paletteCodeName(p: PaletteColour, locale: Locale = getLocale()): string {
  const colour = t(`annotationSources.colourName.${p.name}`, undefined, locale);
  const palette = t(`annotationSources.paletteName.${p.palette}`, undefined, locale);
  return t('annotationSources.newCodeDefault', { colour: colour.charAt(0).toLocaleUpperCase(locale) + colour.slice(1), palette }, locale);
}

/** The default name of a new code for a colour: the palette name, else the colour itself. */
export function newCodeName(color: string | null, locale: Locale = getLocale()): string {
  const p = color ? paletteColour(color) : null;
  return p ? paletteCodeName(p, locale) : (color ?? '');
}

/** The pre-filled rows with each default (English) palette name in the interface language; names the user typed stay. */
export function localiseDefaultNames(rows: readonly ColourMapRow[], locale: Locale = getLocale()): ColourMapRow[] {
  return rows.map((r) => {
    const p = r.action === 'new' && r.color ? paletteColour(r.color) : null;
    return p && r.action === 'new' && r.name === defaultCodeName(p) ? { ...r, name: paletteCodeName(p, locale), lang: locale } : r;
  });
}

export function withChoice(row: ColourMapRow, value: string): ColourMapRow {
  if (value.startsWith('code:')) return { color: row.color, action: 'code', codeId: value.slice(5) };
  if (value === 'new') return row.action === 'new' ? row : { color: row.color, action: 'new', name: newCodeName(row.color), lang: getLocale() };
  return { color: row.color, action: 'none' };
}

/** A name the user typed: in the interface language. */
export function withName(row: ColourMapRow, name: string): ColourMapRow {
  return row.action === 'new' ? { ...row, name, lang: getLocale() } : row;
}

/** Confirmable when every new code has a name. */
export function isTableComplete(rows: readonly ColourMapRow[]): boolean {
  return rows.every((r) => r.action !== 'new' || r.name.trim() !== '');
}

/** The summary row of a colour, for the table's first columns. */
export function summaryOf(colours: readonly PdfColourSummary[], color: string | null): PdfColourSummary | undefined {
  return colours.find((c) => c.color === color);
}
