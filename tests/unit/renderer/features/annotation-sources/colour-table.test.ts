// The PDF-annotation colour table as the dialog edits it (renderer/features/annotation-sources/
// colour-table.ts), on the defaults the backend pre-fills (shared/pdf/annotation-colours.ts).
import { describe, expect, it } from 'vitest';
import { choiceOf, isTableComplete, localiseDefaultNames, newCodeName, withChoice, withName } from '../../../../../renderer/features/annotation-sources/colour-table';
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
    expect(asNew).toEqual({ color: '#777777', action: 'new', name: '#777777', lang: 'en' });
    expect(choiceOf(withChoice(asNew, 'code:abc'))).toBe('code:abc');
    const unnamed = withName(asNew, '  ');
    expect(isTableComplete([unnamed])).toBe(false);
    expect(isTableComplete([withName(asNew, 'Figures')])).toBe(true);
    expect(newCodeName('#f19837', 'en')).toBe('Orange (Zotero)');
  });

  it('names new palette codes in the interface language: Russian names in the Russian interface', () => {
    expect(newCodeName('#f19837', 'ru')).toBe('Оранжевый (Zotero)');
    expect(newCodeName('#ffd100', 'ru')).toBe('Жёлтый для заметок (Acrobat)');
    expect(newCodeName('#ffd100', 'en')).toBe('Note yellow (Acrobat)');
    // The backend pre-fills English names; the table shows them in Russian, and leaves a name
    // the user typed (or an unknown colour) alone.
    const rows = defaultColourMap([found('#ffd400'), found('#e52237'), found('#777777')], []);
    // Each carries its language: "Жёлтый (Zotero)" has as many Latin letters as Cyrillic ones.
    expect(localiseDefaultNames(rows, 'ru')).toEqual([
      { color: '#ffd400', action: 'new', name: 'Жёлтый (Zotero)', lang: 'ru' },
      { color: '#e52237', action: 'new', name: 'Красный для фигур (Acrobat)', lang: 'ru' },
      { color: '#777777', action: 'none' },
    ]);
    expect(localiseDefaultNames(rows, 'en').map((r) => (r.action === 'new' ? r.name : r.action))).toEqual(['Yellow (Zotero)', 'Shape red (Acrobat)', 'none']);
    expect(localiseDefaultNames([{ color: '#ffd400', action: 'new', name: 'Funding' }], 'ru')).toEqual([{ color: '#ffd400', action: 'new', name: 'Funding' }]);
    expect(withChoice({ color: '#5fb236', action: 'none' }, 'new')).toEqual({ color: '#5fb236', action: 'new', name: newCodeName('#5fb236'), lang: 'en' });
  });
});
