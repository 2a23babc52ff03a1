// Markdown written by a person (comments, memos) made safe for Pandoc's reader without changing
// what it says in CommonMark: "@" would be a citation to Pandoc ("+1 @reviewer" printed
// "(reviewer?)" and a citeproc warning) and "$…$" TeX maths, so both are backslash-escaped —
// but not inside code (a `span` or a fenced or indented block, where a backslash would print)
// nor inside an <autolink>, nor where the writer escaped them already.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>/g;

const escapeSigns = (text: string) => text.replace(/(^|[^\\])(?=[@$])/g, '$1\\');

function escapeText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(AUTOLINK)) {
    out += escapeSigns(text.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + escapeSigns(text.slice(last));
}

/** One line outside code blocks: code spans (a run of n backticks to the next run of n) kept. */
function escapeLine(line: string): string {
  const parts = line.split(/(`+)/);
  let out = '';
  let open: string | null = null;
  let pending = '';
  for (const part of parts) {
    if (/^`+$/.test(part)) {
      if (open === null) {
        open = part;
        pending = part;
      } else if (part === open) {
        out += pending + part;
        open = null;
        pending = '';
      } else pending += part;
    } else if (open === null) out += escapeText(part);
    else pending += part;
  }
  // An unclosed backtick run is literal text, not a code span.
  if (open !== null) out += open + escapeText(pending.slice(open.length));
  return out;
}

export function pandocSafeMarkdown(markdown: string): string {
  let fence: string | null = null;
  let previousBlank = true;
  return markdown
    .split('\n')
    .map((line) => {
      const f = FENCE.exec(line);
      if (fence !== null) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
        return line;
      }
      if (f) {
        fence = f[1];
        return line;
      }
      const indentedCode = previousBlank && /^( {4}|\t)/.test(line);
      previousBlank = line.trim() === '';
      return indentedCode ? line : escapeLine(line);
    })
    .join('\n');
}
