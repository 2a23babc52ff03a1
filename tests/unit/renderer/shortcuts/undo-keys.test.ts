// Where Ctrl+Z goes: the project's undo in every view outside text fields (either modifier, a
// Russian layout, redo as Ctrl+Shift+Z or Ctrl+Y), the field's own text undo inside one, nothing
// behind an open dialog; and the guard against Chromium undoing a field that has no focus.
import { describe, expect, it } from 'vitest';
import { isTextField, refuseHistoryInput, undoKeyAction, type UndoKeyInput } from '../../../../renderer/features/shortcuts/undo-keys';

const key = (k: string, mods: Partial<UndoKeyInput> = {}): UndoKeyInput => ({
  key: k, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, inTextField: false, modalOpen: false, ...mods,
});

describe('undoKeyAction', () => {
  it('undoes and redoes the project outside text fields', () => {
    expect(undoKeyAction(key('z'))).toBe('undo');
    expect(undoKeyAction(key('Z', { shiftKey: true }))).toBe('redo');
    expect(undoKeyAction(key('y'))).toBe('redo');
    expect(undoKeyAction(key('z', { ctrlKey: false, metaKey: true }))).toBe('undo');
    expect(undoKeyAction(key('я'))).toBe('undo');
    expect(undoKeyAction(key('Я', { shiftKey: true }))).toBe('redo');
    expect(undoKeyAction(key('н'))).toBe('redo');
  });

  it('leaves the keys to a focused text field, to an open dialog, and to other chords', () => {
    expect(undoKeyAction(key('z', { inTextField: true }))).toBeNull();
    expect(undoKeyAction(key('z', { inTextField: true, shiftKey: true }))).toBeNull();
    expect(undoKeyAction(key('z', { modalOpen: true }))).toBeNull();
    expect(undoKeyAction(key('z', { ctrlKey: false }))).toBeNull();
    expect(undoKeyAction(key('z', { altKey: true }))).toBeNull();
    expect(undoKeyAction(key('y', { shiftKey: true }))).toBeNull();
    expect(undoKeyAction(key('x'))).toBeNull();
  });
});

describe('refuseHistoryInput', () => {
  it('refuses a native undo or redo aimed at a field without focus, and nothing else', () => {
    expect(refuseHistoryInput('historyUndo', false)).toBe(true);
    expect(refuseHistoryInput('historyRedo', false)).toBe(true);
    expect(refuseHistoryInput('historyUndo', true)).toBe(false);
    expect(refuseHistoryInput('insertText', false)).toBe(false);
  });
});

describe('isTextField', () => {
  it('counts text inputs, text areas and contenteditable, not checkboxes, buttons or selects', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextField({ tagName: 'INPUT', type: 'color' })).toBe(false);
    expect(isTextField({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextField({ tagName: 'SELECT' })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
