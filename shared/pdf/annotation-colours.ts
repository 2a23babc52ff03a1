// The colours PDF readers give their highlights, so an embedded annotation's colour can be
// mapped to a code EXACTLY (never by the nearest colour: two Zotero colours can be closer to
// each other than a screenshot's rounding). Zotero's eight annotation colours are its reader's
// colour picker (yellow #ffd400 is its default), as Zotero integrations list them; Zotero
// writes them into exported PDFs as /C = hex / 255, which pdf.js reads back as the same bytes. Acrobat's default text-markup colour is pure yellow [1 1 0]; the others are the
// primary swatches of its comment colour picker. Okular's default highlight is yellow too.
import type { ColourMapRow, PdfColourSummary } from '../domain/pdf-annotations';

export interface PaletteColour {
  color: string;
  palette: 'zotero' | 'acrobat';
  /** English colour name, also the i18n key pdfAnnotations.colour.<name>. */
  name: string;
}

export const ZOTERO_COLOURS: readonly PaletteColour[] = [
  { color: '#ffd400', palette: 'zotero', name: 'yellow' },
  { color: '#ff6666', palette: 'zotero', name: 'red' },
  { color: '#5fb236', palette: 'zotero', name: 'green' },
  { color: '#2ea8e5', palette: 'zotero', name: 'blue' },
  { color: '#a28ae5', palette: 'zotero', name: 'purple' },
  { color: '#e56eee', palette: 'zotero', name: 'magenta' },
  { color: '#f19837', palette: 'zotero', name: 'orange' },
  { color: '#aaaaaa', palette: 'zotero', name: 'gray' },
];

export const ACROBAT_COLOURS: readonly PaletteColour[] = [
  { color: '#ffff00', palette: 'acrobat', name: 'yellow' },
  { color: '#00ff00', palette: 'acrobat', name: 'green' },
  { color: '#00ffff', palette: 'acrobat', name: 'cyan' },
  { color: '#ff00ff', palette: 'acrobat', name: 'magenta' },
  { color: '#ff0000', palette: 'acrobat', name: 'red' },
  { color: '#0000ff', palette: 'acrobat', name: 'blue' },
];

const KNOWN = new Map([...ZOTERO_COLOURS, ...ACROBAT_COLOURS].map((c) => [c.color, c]));

/** The palette entry of an exact #rrggbb colour (case-insensitive), or null. */
export function paletteColour(color: string): PaletteColour | null {
  return KNOWN.get(color.toLowerCase()) ?? null;
}

/** "Yellow (Zotero)": the name a new code for a palette colour gets by default. */
export function defaultCodeName(p: PaletteColour): string {
  return `${p.name[0].toUpperCase()}${p.name.slice(1)} (${p.palette === 'zotero' ? 'Zotero' : 'Acrobat'})`;
}

/**
 * The table the user confirms, pre-filled: a colour equal to an existing code's colour maps to
 * that code; a palette colour to a new code named after it; an unknown colour to no code (the
 * highlight keeps its colour and can be coded later).
 */
export function defaultColourMap(found: readonly PdfColourSummary[], codes: ReadonlyArray<{ id: string; color: string }>): ColourMapRow[] {
  return found.map((f) => {
    if (f.color === null) return { color: null, action: 'none' };
    const same = codes.find((c) => c.color.toLowerCase() === f.color);
    if (same) return { color: f.color, action: 'code', codeId: same.id };
    const p = paletteColour(f.color);
    return p ? { color: f.color, action: 'new', name: defaultCodeName(p) } : { color: f.color, action: 'none' };
  });
}
