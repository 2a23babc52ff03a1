// Markdown written by a person (comments, memos) made safe for Pandoc's reader without changing
// what it says in CommonMark: "@" would be a citation to Pandoc ("+1 @reviewer" printed
// "(reviewer?)" and a citeproc warning) and "$…$" TeX maths, so both are backslash-escaped —
// but not inside code (a `span` or a fenced or indented block, where a backslash would print)
// nor inside an <autolink>, nor where the writer escaped them already.
/** Pandoc's smart typography joins an abbreviation to the next word with a no-break space
 *  ("cf. x" becomes "cf.\u00a0x", so a quote changes); its list (pandoc data/abbreviations,
 *  2.17). An escaped final period ("cf\\. x") keeps the plain space and reads "cf." anywhere. */
const ABBREVIATIONS = 'aet aetat al Apr Aug bk Bros c Capt cf ch chap chs Co col Corp cp d Dec Dr e.g ed eds esp f fasc Feb ff fig fl fol fols Fr Gen Gov Hon i.e ill Inc incl Jan Jr Jul Jun Ltd M.A M.D Mar Mr Mrs Ms n n.b nn No Nov Oct p Ph.D pp Pres Prof pt q.v Rep Rev s.v s.vv saec sec Sen Sep Sept Sgt Sr St univ viz vol vs';
const ABBREVIATION = new RegExp(`(^|[^\\p{L}\\p{N}.\\\\])(${ABBREVIATIONS.split(' ').map((a) => a.replace(/\./g, '\\.')).join('|')})\\.(?=[ \\t])`, 'gu');

/** Escapes the period of an abbreviation that Pandoc would bind to the next word. */
export function escapeAbbreviations(text: string): string {
  return text.replace(ABBREVIATION, '$1$2\\.');
}

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
