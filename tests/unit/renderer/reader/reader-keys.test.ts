import { describe, expect, it } from 'vitest';
import { readerKeyAction, type KeyInput } from '../../../../renderer/features/reader/reader-keys';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, inTextField: false, ...mods,
});

describe('readerKeyAction', () => {
  it('maps zoom and find shortcuts with Ctrl or Cmd', () => {
    expect(readerKeyAction(key('=', { ctrlKey: true }))).toBe('zoomIn');
    expect(readerKeyAction(key('+', { ctrlKey: true, shiftKey: true }))).toBe('zoomIn');
    expect(readerKeyAction(key('-', { metaKey: true }))).toBe('zoomOut');
    expect(readerKeyAction(key('0', { ctrlKey: true }))).toBe('zoomReset');
    expect(readerKeyAction(key('f', { ctrlKey: true }))).toBe('find');
    expect(readerKeyAction(key('а', { ctrlKey: true }))).toBe('find'); // Russian layout
    expect(readerKeyAction(key('g', { ctrlKey: true, shiftKey: true }))).toBe('findPrevious');
  });

  it('maps page keys only outside text fields', () => {
    expect(readerKeyAction(key('PageDown'))).toBe('nextPage');
    expect(readerKeyAction(key('PageUp'))).toBe('previousPage');
    expect(readerKeyAction(key('Home'))).toBe('firstPage');
    expect(readerKeyAction(key('End'))).toBe('lastPage');
    expect(readerKeyAction(key('Home', { inTextField: true }))).toBeNull();
    expect(readerKeyAction(key('f'))).toBeNull();
  });

  it('keeps shortcuts working from the find box', () => {
    expect(readerKeyAction(key('=', { ctrlKey: true, inTextField: true }))).toBe('zoomIn');
    expect(readerKeyAction(key('F3', { inTextField: true }))).toBe('findNext');
    expect(readerKeyAction(key('Escape', { inTextField: true }))).toBe('closeFind');
  });
});
