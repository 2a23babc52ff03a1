// Shortcut dispatch: undo / redo with either modifier and on a Russian layout, the plain keys,
// and that nothing fires while typing in a field.
import { describe, expect, it } from 'vitest';
import { codingKeyAction, SHORTCUT_HELP, type CodingKeyInput } from '../../../../renderer/features/shortcuts/coding-keys';
import en from '../../../../renderer/i18n/en.json';

const key = (k: string, mods: Partial<CodingKeyInput> = {}): CodingKeyInput => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, inTextField: false, ...mods });

describe('codingKeyAction', () => {
  it('maps undo and redo', () => {
    expect(codingKeyAction(key('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(codingKeyAction(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(codingKeyAction(key('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
    expect(codingKeyAction(key('z', { metaKey: true }))).toEqual({ type: 'undo' });
    expect(codingKeyAction(key('я', { ctrlKey: true }))).toEqual({ type: 'undo' });
  });

  it('maps the digits to recent codes 0-8', () => {
    expect(codingKeyAction(key('1'))).toEqual({ type: 'applyRecent', index: 0 });
    expect(codingKeyAction(key('9'))).toEqual({ type: 'applyRecent', index: 8 });
    expect(codingKeyAction(key('0'))).toBeNull();
  });

  it('maps navigation, delete, help and the area tool', () => {
    expect(codingKeyAction(key('n'))).toEqual({ type: 'nextHighlight' });
    expect(codingKeyAction(key('p'))).toEqual({ type: 'previousHighlight' });
    expect(codingKeyAction(key('т'))).toEqual({ type: 'nextHighlight' });
    expect(codingKeyAction(key('Delete'))).toEqual({ type: 'deleteHighlight' });
    expect(codingKeyAction(key('?', { shiftKey: true }))).toEqual({ type: 'help' });
    expect(codingKeyAction(key('a'))).toEqual({ type: 'areaTool' });
  });

  it('leaves keys alone inside text fields and with other modifiers', () => {
    expect(codingKeyAction(key('z', { ctrlKey: true, inTextField: true }))).toBeNull();
    expect(codingKeyAction(key('1', { inTextField: true }))).toBeNull();
    expect(codingKeyAction(key('n', { altKey: true }))).toBeNull();
    expect(codingKeyAction(key('1', { ctrlKey: true }))).toBeNull();
  });

  it('has a help text for every listed shortcut', () => {
    const lookup = (k: string) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], en);
    for (const row of SHORTCUT_HELP) expect(typeof lookup(row.label), row.label).toBe('string');
  });
});
