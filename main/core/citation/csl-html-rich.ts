// citeproc-js's "html" output as the rich text the report writers print (rich-text.ts's
// RichInline: spans with italic / bold / a checked link). citeproc writes a small fixed tag set
// — <i>, <b>, <span style="font-style:…|font-weight:…">, <sup>, <sub>, <a href>, the
// bibliography's <div class="csl-entry"> — and escapes text as &#38; &#60; &#62; (and &amp;…);
// anything else is dropped to its text. Links keep only http(s)/mailto targets (SAFE_LINK).
import { SAFE_LINK, type RichInline, type RichSpan } from '../export/rich-text';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

interface Frame {
  tag: string;
  italic?: boolean;
  bold?: boolean;
  href?: string;
}

function frameOf(tag: string, attrs: string): Frame {
  const frame: Frame = { tag };
  if (tag === 'i' || tag === 'em') frame.italic = true;
  else if (tag === 'b' || tag === 'strong') frame.bold = true;
  else if (tag === 'span') {
    const style = /style="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (/font-style:\s*italic/.test(style)) frame.italic = true;
    if (/font-style:\s*normal/.test(style)) frame.italic = false;
    if (/font-weight:\s*bold/.test(style)) frame.bold = true;
    if (/font-weight:\s*normal/.test(style)) frame.bold = false;
  } else if (tag === 'a') {
    const href = decodeEntities(/href="([^"]*)"/.exec(attrs)?.[1] ?? '');
    if (SAFE_LINK.test(href)) frame.href = href;
  }
  return frame;
}

/** citeproc html → spans; neighbouring spans with the same marks are merged. */
export function cslHtmlToRich(html: string): RichInline {
  const out: RichSpan[] = [];
  const stack: Frame[] = [];
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (!text) return;
    const span: RichSpan = { text };
    let italic = false;
    let bold = false;
    let href: string | undefined;
    for (const f of stack) {
      if (f.italic !== undefined) italic = f.italic;
      if (f.bold !== undefined) bold = f.bold;
      if (f.href) href = f.href;
    }
    if (italic) span.italic = true;
    if (bold) span.bold = true;
    if (href) span.href = href;
    const last = out[out.length - 1];
    if (last && !!last.italic === !!span.italic && !!last.bold === !!span.bold && last.href === span.href) last.text += text;
    else out.push(span);
  };
  const tag = /<(\/?)([a-z][a-z0-9]*)([^>]*)>/gi;
  let at = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    push(html.slice(at, m.index));
    at = m.index + m[0].length;
    const name = m[2].toLowerCase();
    if (name === 'br') push('\n');
    else if (m[1]) {
      const i = stack.map((f) => f.tag).lastIndexOf(name);
      if (i >= 0) stack.splice(i);
    } else if (!m[3].endsWith('/')) stack.push(frameOf(name, m[3]));
  }
  push(html.slice(at));
  // Bibliography entries come indented and ending in a newline; the writers lay out lines themselves.
  if (out.length > 0) {
    out[0].text = out[0].text.replace(/^\s+/, '');
    out[out.length - 1].text = out[out.length - 1].text.replace(/\s+$/, '');
  }
  return out.filter((s) => s.text !== '');
}

export function richText(inline: RichInline): string {
  return inline.map((s) => s.text).join('');
}
