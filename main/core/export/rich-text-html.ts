// Comments and memos in the HTML report: the rich-text model (rich-text.ts) as HTML built from
// a fixed set of tags, every text escaped, links only to checked http(s)/mailto URLs (with
// rel="noopener noreferrer"). Memo headings start at <h4>: the report itself uses h1 to h3.
import { escapeHtml } from './html-escape';
import type { RichBlock, RichInline } from './rich-text';

export function inlineHtml(inline: RichInline): string {
  return inline
    .map((s) => {
      let html = escapeHtml(s.text).replace(/\n/g, '<br>');
      if (s.code) html = `<code>${html}</code>`;
      if (s.strike) html = `<s>${html}</s>`;
      if (s.italic) html = `<em>${html}</em>`;
      if (s.bold) html = `<strong>${html}</strong>`;
      if (s.href) html = `<a href="${escapeHtml(s.href)}" rel="noopener noreferrer">${html}</a>`;
      return html;
    })
    .join('');
}

function blockHtml(b: RichBlock): string {
  switch (b.kind) {
    case 'paragraph': return `<p>${inlineHtml(b.inline)}</p>`;
    case 'heading': {
      const tag = `h${Math.min(6, b.level + 3)}`;
      return `<${tag}>${inlineHtml(b.inline)}</${tag}>`;
    }
    case 'code': return `<pre><code>${escapeHtml(b.text)}</code></pre>`;
    case 'rule': return '<hr>';
    case 'table': {
      const head = b.header.length ? `<thead><tr>${b.header.map((c) => `<th>${inlineHtml(c)}</th>`).join('')}</tr></thead>` : '';
      const body = b.rows.map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`).join('');
      return `<table>${head}<tbody>${body}</tbody></table>`;
    }
    case 'item': return '';
  }
}

/** Blocks as HTML; consecutive list items become nested <ul>/<ol> again. */
export function richHtml(blocks: RichBlock[]): string {
  const out: string[] = [];
  const open: Array<'ul' | 'ol'> = [];
  let quoted = 0;
  const closeLists = (depth: number) => {
    while (open.length > depth) out.push(`</li></${open.pop()}>`);
  };
  for (const b of blocks) {
    if (b.kind !== 'item' || b.quoted !== quoted) closeLists(0);
    while (quoted < b.quoted) { out.push('<blockquote>'); quoted++; }
    while (quoted > b.quoted) { out.push('</blockquote>'); quoted--; }
    if (b.kind !== 'item') {
      out.push(blockHtml(b));
      continue;
    }
    const tag = /^\d/.test(b.marker) ? 'ol' : 'ul';
    closeLists(b.depth);
    // A numbered list right after a bulleted one at the same depth is a new list.
    if (b.marker !== '' && open.length === b.depth && open[b.depth - 1] !== tag) closeLists(b.depth - 1);
    if (b.marker === '' && open.length === b.depth) {
      out.push(`<p>${inlineHtml(b.inline)}</p>`);
      continue;
    }
    if (open.length === b.depth) out.push('</li>');
    while (open.length < b.depth) {
      const start = tag === 'ol' && open.length === b.depth - 1 && b.marker !== '1.' ? ` start="${parseInt(b.marker, 10)}"` : '';
      out.push(open.length < b.depth - 1 ? '<ul><li>' : `<${tag}${start}>`);
      open.push(open.length < b.depth - 1 ? 'ul' : tag);
    }
    out.push(`<li>${inlineHtml(b.inline)}`);
  }
  closeLists(0);
  while (quoted-- > 0) out.push('</blockquote>');
  return out.join('');
}
