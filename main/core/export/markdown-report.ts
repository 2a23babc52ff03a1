// Markdown evidence report (CommonMark + GFM tables). Quotes go into blockquotes with every
// character that Markdown would interpret escaped, so a renderer gives back the exact quote:
// inline syntax (\ ` * _ [ ] < | ~ &) everywhere, block syntax (# + - = > "1.") at line
// starts, and leading/trailing spaces and tabs as numeric references (Markdown strips them).
// Comments and memos are Markdown already (the app's memo format) and are kept as written,
// but for their headings, moved below the report's own (a memo's "#" becomes "####"); a
// comment that opens with a block (heading, list, quote) starts on the line after its label.
import { coderLine, type ReportModel, type ReportTable } from './report-model';
import type { ExportProgress } from './export-progress';
import { demoteHeadings, type RichInline } from './rich-text';
import { markdownFigure } from './markdown-figure';

/** The report uses # to ###; a comment's or memo's own headings start at ####. */
const HEADING_SHIFT = 3;

export function escapeMarkdownLine(line: string): string {
  let text = line.replace(/[\\`*_[\]<|~&]/g, (c) => `\\${c}`);
  text = text.replace(/\r/g, '&#13;');
  // Block markers at the start of a line: headings, list bullets, setext underlines, "1." lists.
  text = text.replace(/^([#+\-=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  // Leading and trailing blanks would be eaten (or make an indented code block / hard break).
  text = text.replace(/^[ \t]+/, (ws) => [...ws].map((c) => (c === ' ' ? '&#32;' : '&#9;')).join(''));
  text = text.replace(/[ \t]+$/, (ws) => [...ws].map((c) => (c === ' ' ? '&#32;' : '&#9;')).join(''));
  return text;
}

export function escapeMarkdown(text: string): string {
  return text.split('\n').map(escapeMarkdownLine).join('\n');
}

/** A line of rich text (a bibliography entry) as Markdown: *italic*, **bold**, links as <url>
 *  (or [text](url)); every character of the text escaped, the line's start as escapeMarkdownLine. */
export function inlineMarkdown(inline: RichInline): string {
  const chars = (t: string) => t.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
  const line = inline
    .map((span) => {
      // Emphasis must hug its text: "*Title* " not "*Title *".
      const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(span.text)!;
      if (!body) return span.text.replace(/\s+/g, ' ');
      let text = chars(body);
      if (span.href) text = span.href === body ? `<${span.href.replace(/[<>\s]/g, encodeURIComponent)}>` : `[${text}](<${span.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      if (span.italic) text = `*${text}*`;
      if (span.bold) text = `**${text}**`;
      return (lead ? ' ' : '') + text + (trail ? ' ' : '');
    })
    .join('');
  return line.replace(/^([#+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2').trim();
}

/** A blockquote that renders back to `text` exactly. */
export function markdownBlockquote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeMarkdownLine(line)}`)
    .join('\n');
}

export async function writeMarkdownReport(model: ReportModel, progress: ExportProgress): Promise<Uint8Array> {
  const l = model.labels;
  const md = escapeMarkdown;
  const out: string[] = [
    `# ${md(model.title)}`,
    '',
    ...(model.subtitle ? [`*${md(model.subtitle)}*`, ''] : []),
    `${md(l.generated)}: ${md(model.date)}  `,
    `${md(l.filter)}: ${md(model.filterSummary)}  `,
    md(model.summary),
    '',
    `## ${md(l.codebook)}`,
    '',
    `*${md(model.codebookNote)}*`,
    '',
  ];
  for (const code of model.codebook) {
    out.push(`### ${md(code.heading)}`, '');
    if (code.definition) out.push(`**${md(l.definition)}:** ${md(code.definition)}`, '');
    if (code.inclusion) out.push(`**${md(l.inclusion)}:** ${md(code.inclusion)}`, '');
    if (code.exclusion) out.push(`**${md(l.exclusion)}:** ${md(code.exclusion)}`, '');
  }
  out.push(`## ${md(l.passages)}`, '');
  let done = 0;
  for (const section of model.sections) {
    out.push(`### ${md(section.heading)}`, '', `*${md(section.count)}*`, '');
    for (const p of section.passages) {
      if (p.figure) out.push(...(await markdownFigure({ ...p, figure: p.figure }, model.images, l, HEADING_SHIFT)));
      else out.push(markdownBlockquote(p.quote), '');
      out.push(`\u2014 ${md(p.citation)} \u00b7 ${md(coderLine(p, l))}`, '');
      // The link's characters are ids of [A-Za-z0-9._:-] and the frame: nothing to escape.
      if (p.link) out.push(`[${md(l.openInGlossa)}](<${p.link}>)`, '');
      if (p.commentBlocks.length && !p.figure) {
        const label = `**${md(l.comment)}:**`;
        out.push(p.commentBlocks[0].kind === 'paragraph' && p.commentBlocks[0].quoted === 0 ? `${label} ${demoteHeadings(p.comment, HEADING_SHIFT)}` : `${label}\n\n${demoteHeadings(p.comment, HEADING_SHIFT)}`, '');
      }
      await progress.row(++done, model.passageCount);
    }
  }
  if (model.memos && model.memos.length > 0) {
    out.push(`## ${md(l.memos)}`, '');
    for (const memo of model.memos) out.push(`### ${md(memo.heading)}`, '', demoteHeadings(memo.body, HEADING_SHIFT), '');
  }
  if (model.tables) {
    out.push(`## ${md(l.tables)}`, '');
    for (const table of model.tables) out.push(...tableMarkdown(table));
  }
  // The report ends with the list of the documents it cites, in the export's citation style.
  if (model.bibliography.entries.length > 0) {
    out.push(`## ${md(model.bibliography.heading)}`, '');
    for (const entry of model.bibliography.entries) out.push(inlineMarkdown(entry.rich), '');
  }
  progress.check();
  return new TextEncoder().encode(out.join('\n'));
}

function tableMarkdown(table: ReportTable): string[] {
  const row = (cells: string[]) => `| ${cells.map(escapeMarkdownLine).join(' | ')} |`;
  const rule = `|${table.header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  const note = table.note ? [escapeMarkdown(table.note), ''] : [];
  return [`### ${escapeMarkdown(table.title)}`, '', ...note, row(table.header), rule, ...table.rows.map(row), ''];
}
