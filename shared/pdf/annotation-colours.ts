// The colours PDF readers give their highlights, so an embedded annotation's colour can be
// mapped to a code EXACTLY (never by the nearest colour: two Zotero colours can be closer to
// each other than a screenshot's rounding). Zotero's eight annotation colours are its reader's
// colour picker (yellow #ffd400 is its default), as Zotero integrations list them; Zotero
// writes them into exported PDFs as /C = hex / 255, which pdf.js reads back as the same bytes.
// Acrobat: pure yellow [1 1 0] is its classic text-markup colour and the others are the primary
// swatches of its comment colour picker; checked against real Acrobat-made files from pdf.js'
// test suite (tests/fixtures/acrobat/README.md), which show two more defaults the table lacked:
// its sticky notes' yellow [1 0.819611 0] = #ffd100 and its shapes' and stamps' red
// [0.898 0.133 0.216] = #e52237. Colours a user picked by hand in Acrobat (#ff809d, #9643fc in
// those files) are no palette colour and stay unmapped. Okular's default highlight is yellow too.
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
  { color: '#ffd100', palette: 'acrobat', name: 'noteYellow' },
  { color: '#e52237', palette: 'acrobat', name: 'shapeRed' },
];

const KNOWN = new Map([...ZOTERO_COLOURS, ...ACROBAT_COLOURS].map((c) => [c.color, c]));

/** The palette entry of an exact #rrggbb colour (case-insensitive), or null. */
export function paletteColour(color: string): PaletteColour | null {
  return KNOWN.get(color.toLowerCase()) ?? null;
}

/** English colour names where the i18n key is not already the name. */
const ENGLISH_NAMES: Readonly<Record<string, string>> = { noteYellow: 'note yellow', shapeRed: 'shape red' };

/** "Yellow (Zotero)": the English name a new code for a palette colour gets by default (the renderer localises it). */
export function defaultCodeName(p: PaletteColour): string {
  const name = ENGLISH_NAMES[p.name] ?? p.name;
  return `${name[0].toUpperCase()}${name.slice(1)} (${p.palette === 'zotero' ? 'Zotero' : 'Acrobat'})`;
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
