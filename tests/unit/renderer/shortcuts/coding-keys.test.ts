// Shortcut dispatch of the coding keys: the plain keys, Ctrl+Z left to the window-wide undo
// routing (undo-keys.test.ts), and that nothing fires while typing in a field.
import { describe, expect, it } from 'vitest';
import { codingKeyAction, SHORTCUT_HELP, type CodingKeyInput } from '../../../../renderer/features/shortcuts/coding-keys';
import en from '../../../../renderer/i18n/en.json';

const key = (k: string, mods: Partial<CodingKeyInput> = {}): CodingKeyInput => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, inTextField: false, ...mods });

describe('codingKeyAction', () => {
  it('leaves undo and redo to the window-wide routing (no second undo from the reader)', () => {
    expect(codingKeyAction(key('z', { ctrlKey: true }))).toBeNull();
    expect(codingKeyAction(key('Z', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(codingKeyAction(key('y', { ctrlKey: true }))).toBeNull();
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

  it('moves the selected highlight\'s end with Shift+arrows, its start with Alt, by words with Ctrl', () => {
    expect(codingKeyAction(key('ArrowRight', { shiftKey: true }))).toEqual({ type: 'moveEdge', edge: 'end', dir: 1, step: 'character' });
    expect(codingKeyAction(key('ArrowLeft', { shiftKey: true, altKey: true }))).toEqual({ type: 'moveEdge', edge: 'start', dir: -1, step: 'character' });
    expect(codingKeyAction(key('ArrowLeft', { shiftKey: true, ctrlKey: true }))).toEqual({ type: 'moveEdge', edge: 'end', dir: -1, step: 'word' });
    expect(codingKeyAction(key('ArrowRight', { shiftKey: true, altKey: true, metaKey: true }))).toEqual({ type: 'moveEdge', edge: 'start', dir: 1, step: 'word' });
    expect(codingKeyAction(key('ArrowLeft', { altKey: true }))).toBeNull(); // the browser's Back
    expect(codingKeyAction(key('ArrowRight'))).toBeNull();
    expect(codingKeyAction(key('ArrowRight', { shiftKey: true, inTextField: true }))).toBeNull();
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
