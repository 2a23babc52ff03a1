// @vitest-environment jsdom
// Memo Markdown renders as React elements: formatting works, and nothing in the memo text —
// <script>, <img onerror>, javascript: or data: links, raw HTML — ever becomes live markup.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from '../../../../renderer/features/memos/markdown';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function mount(source: string, onLink = vi.fn()) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<div>{renderMarkdown(source, { onLink })}</div>));
  return { host, onLink, unmount: () => act(() => root.unmount()) };
}

describe('renderMarkdown', () => {
  it('renders emphasis, lists, headings, quotes and code', () => {
    const { host, unmount } = mount('# Title\n\n**bold** and *it*\n\n- one\n- two\n\n> quoted\n\n`x < y`');
    expect(host.querySelector('h1')?.textContent).toBe('Title');
    expect(host.querySelector('strong')?.textContent).toBe('bold');
    expect(host.querySelector('em')?.textContent).toBe('it');
    expect(host.querySelectorAll('li')).toHaveLength(2);
    expect(host.querySelector('blockquote')?.textContent).toContain('quoted');
    expect(host.querySelector('code')?.textContent).toBe('x < y');
    unmount();
  });

  it('keeps raw HTML as text: no script, no img, no event handlers', () => {
    const evil = '<script>window.__pwned = 1</script>\n\nHi <img src=x onerror="window.__pwned=2"> <b onclick="x()">b</b>\n\n<iframe src="https://evil.example"></iframe>';
    const { host, unmount } = mount(evil);
    expect(host.querySelector('script, img, iframe, b')).toBeNull();
    expect(host.textContent).toContain('<script>window.__pwned = 1</script>');
    expect(host.textContent).toContain('<img src=x onerror=');
    expect(host.innerHTML).not.toMatch(/<(script|img|iframe)/i);
    expect(host.querySelectorAll('[onerror], [onclick]')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    unmount();
  });

  it('never gives a link an href; only http(s)/mailto reach onLink', () => {
    const { host, onLink, unmount } = mount('[safe](https://example.org/a) [bad](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(2)>');
    expect(host.querySelectorAll('a[href]')).toHaveLength(0);
    expect(host.innerHTML).not.toContain('href');
    const links = Array.from(host.querySelectorAll('a'));
    for (const a of links) act(() => a.click());
    expect(onLink).toHaveBeenCalledTimes(1);
    expect(onLink).toHaveBeenCalledWith('https://example.org/a');
    unmount();
  });

  it('shows images as their alt text without loading them', () => {
    const { host, unmount } = mount('![chart](https://tracker.example/pixel.png)');
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('[chart]');
    unmount();
  });
});
