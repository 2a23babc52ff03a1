// Edit ▸ Undo in the desktop menu: typing is undone in text fields, coding everywhere else.
import { describe, expect, it } from 'vitest';
import { isTextEditing } from '../../../../renderer/features/coding/menu-undo';

describe('isTextEditing', () => {
  it('sends undo to text the user types', () => {
    expect(isTextEditing({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEditing({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextEditing({ tagName: 'input', type: 'search' })).toBe(true);
    expect(isTextEditing({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('sends undo to the app elsewhere', () => {
    expect(isTextEditing(null)).toBe(false);
    expect(isTextEditing({ tagName: 'BODY' })).toBe(false);
    expect(isTextEditing({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEditing({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEditing({ tagName: 'INPUT', type: 'text', readOnly: true })).toBe(false);
    expect(isTextEditing({ tagName: 'TEXTAREA', disabled: true })).toBe(false);
  });
});
