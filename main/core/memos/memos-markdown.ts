// The research journal as one Markdown file (`glossa memos export`): a heading per memo, the
// items it is linked to in an italic line, then its body as written (memos are Markdown
// already). Titles and link names are text, so their Markdown characters are escaped.
import type { TitledMemo } from '../../../shared/domain/memo';

export interface MemosMarkdownLabels {
  heading: string;
  linkedTo: string;
  edited: string;
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** A memo's own headings sit under its "##": "#" becomes "###", and so on (at most 6). */
function demote(body: string): string {
  let fence = false;
  return body
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fence = !fence;
      if (fence) return line;
      return line.replace(/^(#{1,6})(?=\s)/, (h) => '#'.repeat(Math.min(6, h.length + 2)));
    })
    .join('\n');
}

export function memosMarkdown(memos: readonly TitledMemo[], labels: MemosMarkdownLabels): string {
  const out = [`# ${escapeInline(labels.heading)}`, ''];
  for (const m of memos) {
    out.push(`## ${escapeInline(m.title)}`, '');
    out.push(`*${escapeInline(`${labels.edited} ${m.updatedAt.slice(0, 10)}`)}*`, '');
    if (m.links.length > 0) out.push(`*${escapeInline(`${labels.linkedTo}: ${m.links.map((l) => l.label).join('; ')}`)}*`, '');
    if (m.body.trim() !== '') out.push(demote(m.body.trimEnd()), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
