// Comments and memos are Markdown (the app's memo format). The DOCX, HTML and PDF reports print
// them as real formatting, so this module turns the Markdown into a small block/inline model
// that each writer renders its own way (rich-text-docx.ts, rich-text-html.ts, rich-text-pdf.ts).
// markdown-it parses with html:false (raw HTML stays literal text) and linkify:false (a bare
// URL stays text); breaks:true like the app's memo view. A link keeps its target only for
// http(s) and mailto URLs; any other target (javascript:, file:, data:) prints as plain text.
// Images print as their alt text in brackets: a report must not fetch URLs from a memo.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

export interface RichSpan {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  /** A checked http(s)/mailto URL. */
  href?: string;
}

/** One line of inline content: spans, with '\n' inside a span's text for a line break. */
export type RichInline = RichSpan[];

export type RichBlock =
  | { kind: 'paragraph'; inline: RichInline; quoted: number }
  | { kind: 'heading'; level: number; inline: RichInline; quoted: number }
  /** A list item, flattened: depth 1 for a top-level item; `marker` is '•' or '3.'. */
  | { kind: 'item'; depth: number; marker: string; inline: RichInline; quoted: number }
  | { kind: 'code'; text: string; quoted: number }
  | { kind: 'rule'; quoted: number }
  | { kind: 'table'; header: RichInline[]; rows: RichInline[][]; quoted: number };

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });

export const SAFE_LINK = /^(https?:|mailto:)/i;

interface Marks {
  bold: number;
  italic: number;
  strike: number;
  href: string[];
}

function inlineOf(tokens: Token[]): RichInline {
  const out: RichSpan[] = [];
  const marks: Marks = { bold: 0, italic: 0, strike: 0, href: [] };
  const push = (text: string, extra: Partial<RichSpan> = {}) => {
    if (text === '') return;
    const span: RichSpan = { text };
    if (marks.bold > 0) span.bold = true;
    if (marks.italic > 0) span.italic = true;
    if (marks.strike > 0) span.strike = true;
    const href = marks.href[marks.href.length - 1];
    if (href) span.href = href;
    Object.assign(span, extra);
    const last = out[out.length - 1];
    // Merge neighbours with the same marks: fewer runs, and a test can read one span per style.
    if (last && sameMarks(last, span)) last.text += span.text;
    else out.push(span);
  };
  for (const tok of tokens) {
    switch (tok.type) {
      case 'strong_open': marks.bold++; break;
      case 'strong_close': marks.bold--; break;
      case 'em_open': marks.italic++; break;
      case 'em_close': marks.italic--; break;
      case 's_open': marks.strike++; break;
      case 's_close': marks.strike--; break;
      case 'link_open': {
        const href = tok.attrGet('href') ?? '';
        marks.href.push(SAFE_LINK.test(href) ? href : '');
        break;
      }
      case 'link_close': marks.href.pop(); break;
      case 'code_inline': push(tok.content, { code: true }); break;
      case 'softbreak':
      case 'hardbreak': push('\n'); break;
      case 'image': push(`[${tok.content || 'image'}]`); break;
      default: push(tok.content);
    }
  }
  return out;
}

function sameMarks(a: RichSpan, b: RichSpan): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && !!a.strike === !!b.strike && a.href === b.href;
}

/** Markdown source -> blocks. Never throws; text that is not Markdown comes back as paragraphs. */
export function parseRichText(source: string): RichBlock[] {
  const tokens = md.parse(source, {});
  const blocks: RichBlock[] = [];
  const lists: Array<{ ordered: boolean; next: number }> = [];
  let quoted = 0;
  let heading = 0;
  let itemPending: string | null = null;
  let table: { header: RichInline[]; rows: RichInline[][]; inHead: boolean } | null = null;
  for (const tok of tokens) {
    switch (tok.type) {
      case 'blockquote_open': quoted++; break;
      case 'blockquote_close': quoted--; break;
      case 'bullet_list_open': lists.push({ ordered: false, next: 1 }); break;
      case 'ordered_list_open': {
        // markdown-it sets "start" only when the list does not start at 1.
        const start = Number(tok.attrGet('start') ?? 1);
        lists.push({ ordered: true, next: Number.isInteger(start) && start >= 0 ? start : 1 });
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close': lists.pop(); break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        itemPending = list?.ordered ? `${list.next++}.` : '\u2022';
        break;
      }
      case 'list_item_close':
        // An empty item ("- ") still shows its marker.
        if (itemPending !== null) blocks.push({ kind: 'item', depth: lists.length, marker: itemPending, inline: [], quoted });
        itemPending = null;
        break;
      case 'heading_open': heading = Number(tok.tag.slice(1)) || 1; break;
      case 'heading_close': heading = 0; break;
      case 'table_open': table = { header: [], rows: [], inHead: false }; break;
      case 'thead_open': if (table) table.inHead = true; break;
      case 'thead_close': if (table) table.inHead = false; break;
      case 'tr_open': if (table && !table.inHead) table.rows.push([]); break;
      case 'table_close':
        if (table) blocks.push({ kind: 'table', header: table.header, rows: table.rows, quoted });
        table = null;
        break;
      case 'fence':
      case 'code_block': blocks.push({ kind: 'code', text: tok.content.replace(/\n$/, ''), quoted }); break;
      case 'hr': blocks.push({ kind: 'rule', quoted }); break;
      case 'inline': {
        const inline = inlineOf(tok.children ?? []);
        if (table) {
          if (table.inHead) table.header.push(inline);
          else table.rows[table.rows.length - 1]?.push(inline);
        } else if (heading) blocks.push({ kind: 'heading', level: heading, inline, quoted });
        else if (itemPending !== null) {
          blocks.push({ kind: 'item', depth: lists.length, marker: itemPending, inline, quoted });
          itemPending = null;
        } else if (lists.length > 0) {
          // A second paragraph of the same item: indented under it, without a marker.
          blocks.push({ kind: 'item', depth: lists.length, marker: '', inline, quoted });
        } else blocks.push({ kind: 'paragraph', inline, quoted });
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

/** The text of an inline run without formatting (alt text, search, size estimates). */
export function plainInline(inline: RichInline): string {
  return inline.map((s) => s.text).join('');
}

/**
 * The Markdown with its headings moved `by` levels down (at most to ######), so a memo's
 * "# Framing" sits under the report's own "### Project memo" instead of outranking it.
 * Only heading lines change, found from markdown-it's block map (never inside code blocks);
 * a setext heading ("Title" over "===") becomes an ATX one. Everything else is kept verbatim.
 */
export function demoteHeadings(source: string, by: number): string {
  const lines = source.split('\n');
  for (const tok of md.parse(source, {})) {
    if (tok.type !== 'heading_open' || !tok.map) continue;
    const level = Math.min(6, Number(tok.tag.slice(1)) + by);
    const [start, end] = tok.map;
    // A heading inside a blockquote or list keeps its container prefix ("> ## x").
    if (tok.markup.startsWith('#')) {
      lines[start] = lines[start].replace(/^([\s>*+\-\d.)]*?)#{1,6}(?=\s|$)/, (_, prefix: string) => `${prefix}${'#'.repeat(level)}`);
    } else if (end - start >= 2) {
      const text = lines.slice(start, end - 1).join(' ').trim();
      lines[start] = `${'#'.repeat(level)} ${text}`;
      for (let i = start + 1; i < end; i++) lines[i] = '\u0000';
    }
  }
  return lines.filter((l) => l !== '\u0000').join('\n');
}
