// @vitest-environment jsdom
// The code picker is fully keyboard-operable: typing filters (recent codes first), arrows move
// the active option, Shift+Enter adds a code and keeps picking, Enter commits, Backspace in the
// empty field removes the last chosen code, Escape cancels.
import { textOf } from '../../../helpers/code-text';
import { act, useState } from 'react';
import type { Root } from 'react-dom/client';
import { mountReactRoot, unmountReactRoot } from '../../../helpers/react-root';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CodeWithCounts } from '../../../../shared/domain/code';
import { CodePicker } from '../../../../renderer/features/coding/CodePicker';
import { codebookStore } from '../../../../renderer/features/codebook/codebook-store';
import { recentCodesStore } from '../../../../renderer/features/coding/recent-codes';
import { setLocale } from '../../../../renderer/i18n/i18n';

const code = (id: string, name: string, ru: string): CodeWithCounts => ({
  id, parentId: null, text: textOf(name, ru), color: '#4e79a7',
  position: 0, createdAt: '', updatedAt: '', codingCount: 0, totalCount: 0,
});

let host: HTMLElement;
let root: Root;
const input = () => host.querySelector<HTMLInputElement>('[data-testid=code-picker-input]')!;
const options = () => Array.from(host.querySelectorAll('[data-testid=code-option]')).map((o) => o.textContent);
const active = () => host.querySelector('[data-testid=code-option][aria-selected=true]')?.textContent;

function type(text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input(), text);
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}
function press(key: string, init: KeyboardEventInit = {}) {
  act(() => void input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init })));
}

function Harness(props: { onCommit(ids: string[]): void; onCancel(): void; initial?: string[] }) {
  const [chosen, setChosen] = useState<string[]>(props.initial ?? []);
  return <CodePicker chosen={chosen} onChange={setChosen} onCommit={props.onCommit} onCancel={props.onCancel} />;
}

beforeEach(() => {
  codebookStore.set({ loaded: true, error: null, codes: [code('a', 'Influence instruments', 'Инструменты влияния'), code('b', 'Knowledge production', 'Производство знаний'), code('c', 'Knowledge use', 'Использование знаний')] });
  recentCodesStore.set({ projectKey: 'p', ids: ['c'] });
  ({ host, root } = mountReactRoot());
});

afterEach(() => {
  unmountReactRoot({ host, root });
  setLocale('en');
});

describe('CodePicker', () => {
  it('lists recent codes first and filters as you type', () => {
    act(() => root.render(<Harness onCommit={vi.fn()} onCancel={vi.fn()} />));
    expect(options()[0]).toContain('Knowledge use');
    type('prod');
    expect(options()).toHaveLength(1);
    expect(active()).toContain('Knowledge production');
  });

  it('Enter commits the active code; arrows move it', () => {
    const onCommit = vi.fn();
    act(() => root.render(<Harness onCommit={onCommit} onCancel={vi.fn()} />));
    type('knowledge');
    expect(active()).toContain('Knowledge use'); // recent first
    press('ArrowDown');
    expect(active()).toContain('Knowledge production');
    press('Enter');
    expect(onCommit).toHaveBeenCalledWith(['b']);
  });

  it('Shift+Enter adds several codes; Enter with an empty field commits them; Backspace removes', () => {
    const onCommit = vi.fn();
    act(() => root.render(<Harness onCommit={onCommit} onCancel={vi.fn()} />));
    type('infl');
    press('Enter', { shiftKey: true });
    type('prod');
    press('Enter', { shiftKey: true });
    expect(host.querySelectorAll('[data-testid=chosen-code]')).toHaveLength(2);
    press('Backspace');
    expect(host.querySelectorAll('[data-testid=chosen-code]')).toHaveLength(1);
    press('Enter');
    expect(onCommit).toHaveBeenCalledWith(['a']);
  });

  it('finds codes by their Russian name and shows Russian labels in Russian', () => {
    act(() => setLocale('ru'));
    act(() => root.render(<Harness onCommit={vi.fn()} onCancel={vi.fn()} />));
    type('произв');
    expect(options()).toEqual(['Производство знаний']);
  });

  it('Escape cancels', () => {
    const onCancel = vi.fn();
    act(() => root.render(<Harness onCommit={vi.fn()} onCancel={onCancel} />));
    press('Escape');
    expect(onCancel).toHaveBeenCalled();
  });
});
