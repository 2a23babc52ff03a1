// Markdown memos rendered safely: markdown-it parses with html:false (raw HTML in a memo stays
// literal text) and linkify:false, and its TOKENS are turned into React elements from a fixed
// list of tags, so nothing from the memo text ever becomes markup, attributes or script.
// Links are inert <a> elements without href: only http(s) and mailto URLs are followed, and
// only through the `onLink` callback (the host asks the user, then opens the system browser).
// Images are shown as their alt text: loading a URL from a memo would leak it over the network.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { createElement, Fragment, type ReactNode } from 'react';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });

/** Block and inline tags a memo may produce; anything else renders as a <span>. */
const ALLOWED_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 's',
  'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br',
]);

export const SAFE_LINK = /^(https?:|mailto:)/i;

export interface RenderOptions {
  /** Called with a checked http(s)/mailto URL when a memo link is activated. */
  onLink?: (url: string) => void;
}

interface Frame {
  tag: string;
  props: Record<string, unknown>;
  children: ReactNode[];
}

function safeTag(tag: string): string {
  return ALLOWED_TAGS.has(tag) ? tag : 'span';
}

function linkElement(href: string, children: ReactNode[], key: string, opts: RenderOptions): ReactNode {
  const url = SAFE_LINK.test(href) ? href : null;
  const activate = (e: { preventDefault(): void }) => {
    e.preventDefault();
    if (url) opts.onLink?.(url);
  };
  return createElement(
    'a',
    {
      key,
      className: url ? 'memo-link' : 'memo-link memo-link-blocked',
      role: 'link',
      tabIndex: url ? 0 : -1,
      title: url ?? undefined,
      'data-url': url ?? undefined,
      onClick: activate,
      onKeyDown: (e: { key: string; preventDefault(): void }) => e.key === 'Enter' && activate(e),
    },
    ...children,
  );
}

function renderTokens(tokens: Token[], opts: RenderOptions, keyPrefix: string): ReactNode[] {
  const root: Frame = { tag: '', props: {}, children: [] };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1];
  tokens.forEach((tok, i) => {
    const key = `${keyPrefix}${i}`;
    if (tok.nesting === 1) {
      const props: Record<string, unknown> = { key };
      if (tok.type === 'link_open') props.href = tok.attrGet('href') ?? '';
      if (tok.type === 'ordered_list_open') {
        const start = Number(tok.attrGet('start'));
        if (Number.isInteger(start) && start > 1) props.start = start;
      }
      stack.push({ tag: tok.type === 'link_open' ? 'a' : safeTag(tok.tag), props, children: [] });
      return;
    }
    if (tok.nesting === -1) {
      const frame = stack.pop();
      if (!frame || stack.length === 0) return;
      const { key: k, href, ...rest } = frame.props as { key: string; href?: string };
      const el = frame.tag === 'a'
        ? linkElement(href ?? '', frame.children, k, opts)
        : createElement(frame.tag, { key: k, ...rest }, ...frame.children);
      top().children.push(el);
      return;
    }
    switch (tok.type) {
      case 'inline':
        top().children.push(...renderTokens(tok.children ?? [], opts, `${key}.`));
        return;
      case 'text':
      case 'html_inline':
      case 'html_block':
        top().children.push(tok.content);
        return;
      case 'code_inline':
        top().children.push(createElement('code', { key }, tok.content));
        return;
      case 'code_block':
      case 'fence':
        top().children.push(createElement('pre', { key }, createElement('code', null, tok.content)));
        return;
      case 'softbreak':
      case 'hardbreak':
        top().children.push(createElement('br', { key }));
        return;
      case 'hr':
        top().children.push(createElement('hr', { key }));
        return;
      case 'image':
        top().children.push(createElement('span', { key, className: 'memo-image-alt' }, `[${tok.content || 'image'}]`));
        return;
      default:
        if (tok.content) top().children.push(tok.content);
    }
  });
  // Unbalanced tokens cannot come from markdown-it, but never drop text if they did.
  while (stack.length > 1) {
    const frame = stack.pop() as Frame;
    top().children.push(createElement(Fragment, { key: `${keyPrefix}u${stack.length}` }, ...frame.children));
  }
  return root.children;
}

/** Memo Markdown -> React elements (never HTML strings). */
export function renderMarkdown(source: string, opts: RenderOptions = {}): ReactNode[] {
  return renderTokens(md.parse(source, {}), opts, 'm');
}
