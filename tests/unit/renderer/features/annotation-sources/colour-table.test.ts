// The PDF-annotation colour table as the dialog edits it (renderer/features/annotation-sources/
// colour-table.ts), on the defaults the backend pre-fills (shared/pdf/annotation-colours.ts).
import { describe, expect, it } from 'vitest';
import { choiceOf, isTableComplete, newCodeName, withChoice, withName } from '../../../../../renderer/features/annotation-sources/colour-table';
import { defaultColourMap, paletteColour } from '../../../../../shared/pdf/annotation-colours';

const found = (color: string | null) => ({ color, count: 1, palette: null, paletteName: null });

describe('PDF annotation colour table', () => {
  it('knows the eight Zotero colours and Acrobat yellow exactly, and nothing near them', () => {
    for (const c of ['#ffd400', '#ff6666', '#5fb236', '#2ea8e5', '#a28ae5', '#e56eee', '#f19837', '#aaaaaa']) expect(paletteColour(c)?.palette).toBe('zotero');
    expect(paletteColour('#FFFF00')).toMatchObject({ palette: 'acrobat', name: 'yellow' });
    expect(paletteColour('#ffd401')).toBeNull();
    expect(paletteColour('#5fb237')).toBeNull();
  });

  it('pre-fills: a code of the same colour, else a new palette-named code, else no code', () => {
    const rows = defaultColourMap([found('#ffd400'), found('#2ea8e5'), found('#777777'), found(null)], [{ id: 'c1', color: '#2EA8E5' }]);
    expect(rows).toEqual([
      { color: '#ffd400', action: 'new', name: 'Yellow (Zotero)' },
      { color: '#2ea8e5', action: 'code', codeId: 'c1' },
      { color: '#777777', action: 'none' },
      { color: null, action: 'none' },
    ]);
  });

  it('edits a row through its select value and the new-code name', () => {
    const row = { color: '#777777', action: 'none' as const };
    expect(choiceOf(row)).toBe('none');
    const asNew = withChoice(row, 'new');
    expect(asNew).toEqual({ color: '#777777', action: 'new', name: '#777777' });
    expect(choiceOf(withChoice(asNew, 'code:abc'))).toBe('code:abc');
    const unnamed = withName(asNew, '  ');
    expect(isTableComplete([unnamed])).toBe(false);
    expect(isTableComplete([withName(asNew, 'Figures')])).toBe(true);
    expect(newCodeName('#f19837')).toBe('Orange (Zotero)');
  });
});
