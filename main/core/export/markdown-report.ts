// Markdown evidence report (CommonMark + GFM tables). Quotes go into blockquotes with every
// character that Markdown would interpret escaped, so a renderer gives back the exact quote:
// inline syntax (\ ` * _ [ ] < | ~ &) everywhere, block syntax (# + - = > "1.") at line
// starts, leading/trailing spaces and tabs and runs of blanks as numeric references (Markdown
// strips or folds them);
// a line break inside a quote is a hard break ("\" at the line's end), not a soft one that
// Pandoc and Word turn into a space.
// The file is also read by Pandoc (whose Markdown is CommonMark plus extensions), so its
// syntax is escaped too, all of it harmless in CommonMark: "@" (a citation), "$" (TeX maths),
// "^" (superscript), " and ' and -- and ... (Pandoc's smart typography would retype the quote
// as curly quotes, dashes and an ellipsis; "cf. x" would get a no-break space), and at a line start ":" (definition, fenced div),
// "(" and "a." / "iv)" (Pandoc's letter and roman-numeral lists).
// Comments and memos are Markdown already (the app's memo format) and are kept as written,
// but for their headings, moved below the report's own (a memo's "#" becomes "####"), and for
// "@" and "$" outside code, escaped so Pandoc reads neither as a citation or maths; a comment
// that opens with a block (heading, list, quote) starts on the line after its label.
// With `pandoc` (pandoc/pandoc-markdown.ts) the report gets a YAML metadata block, Pandoc
// citations in place of the house citation line, and a References div.
import { coderLine, type ReportModel, type ReportTable } from './report-model';
import type { ExportProgress } from './export-progress';
import { demoteHeadings, type RichInline } from './rich-text';
import { markdownFigure } from './markdown-figure';
import type { PandocMarkdown } from './pandoc/pandoc-markdown';
import { escapeAbbreviations, pandocSafeMarkdown } from './pandoc/pandoc-safe-markdown';

/** The report uses # to ###; a comment's or memo's own headings start at ####. */
const HEADING_SHIFT = 3;

export function escapeMarkdownLine(line: string): string {
  let text = line.replace(/[\\`*_[\]<|~&@$^"'{]/g, (c) => `\\${c}`);
  text = escapeAbbreviations(text.replace(/-(?=-)/g, '-\\').replace(/\.(?=\.)/g, '.\\'));
  text = text.replace(/\r/g, '&#13;');
  // Block markers at the start of a line: headings, list bullets, setext underlines, "1." lists,
  // and Pandoc's ":" (definitions, divs), "(" ("(a)", "(@)") and "a." / "iv)" lists.
  text = text.replace(/^([#+\-=>:(])/, '\\$1').replace(/^(\d+|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+)([.)])(?=[ \t]|$)/, '$1\\$2');
  // Leading and trailing blanks would be eaten (or make an indented code block / hard break).
  text = text.replace(/^[ \t]+/, (ws) => [...ws].map((c) => (c === ' ' ? '&#32;' : '&#9;')).join(''));
  text = text.replace(/[ \t]+$/, (ws) => [...ws].map((c) => (c === ' ' ? '&#32;' : '&#9;')).join(''));
  // Inside the line too: Markdown readers (Pandoc, then Word) fold a run of blanks into one space.
  text = text.replace(/\t/g, '&#9;').replace(/ {2,}/g, (ws) => `${'&#32;'.repeat(ws.length - 1)} `);
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

/** A blockquote that renders back to `text` exactly; a line followed by another ends with a
 *  hard break (a blank line stays a paragraph break: "\\" before it would print). */
export function markdownBlockquote(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) => `> ${escapeMarkdownLine(line)}${line !== '' && i + 1 < lines.length && lines[i + 1] !== '' ? '\\' : ''}`)
    .join('\n');
}

export async function writeMarkdownReport(model: ReportModel, progress: ExportProgress, pandoc?: PandocMarkdown): Promise<Uint8Array> {
  const l = model.labels;
  const md = escapeMarkdown;
  const out: string[] = [
    ...(pandoc?.frontMatter ?? []),
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
      out.push(`\u2014 ${pandoc ? pandoc.cite(p.row) : md(p.citation)} \u00b7 ${md(coderLine(p, l))}`, '');
      // The link's characters are ids of [A-Za-z0-9._:-] and the frame: nothing to escape.
      if (p.link) out.push(`[${md(l.openInGlossa)}](<${p.link}>)`, '');
      if (p.commentBlocks.length && !p.figure) {
        const label = `**${md(l.comment)}:**`;
        const comment = pandocSafeMarkdown(demoteHeadings(p.comment, HEADING_SHIFT));
        out.push(p.commentBlocks[0].kind === 'paragraph' && p.commentBlocks[0].quoted === 0 ? `${label} ${comment}` : `${label}\n\n${comment}`, '');
      }
      await progress.row(++done, model.passageCount);
    }
  }
  if (model.memos && model.memos.length > 0) {
    out.push(`## ${md(l.memos)}`, '');
    for (const memo of model.memos) out.push(`### ${md(memo.heading)}`, '', pandocSafeMarkdown(demoteHeadings(memo.body, HEADING_SHIFT)), '');
  }
  if (model.tables) {
    out.push(`## ${md(l.tables)}`, '');
    for (const table of model.tables) out.push(...tableMarkdown(table));
  }
  // The report ends with the list of the documents it cites, in the export's citation style;
  // a Pandoc report leaves that to pandoc --citeproc, in the References div.
  if (pandoc) out.push(...pandoc.references);
  else if (model.bibliography.entries.length > 0) {
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
