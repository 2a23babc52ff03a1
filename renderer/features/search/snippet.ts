// Splits a search snippet into plain and matched parts. The backend marks matches with
// \u0002 … \u0003 (never HTML), and the UI builds <mark> elements from these parts, so a PDF's
// text can never inject markup.
export interface SnippetPart {
  text: string;
  mark: boolean;
}

export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  let buf = '';
  const flush = () => {
    if (buf) parts.push({ text: buf, mark });
    buf = '';
  };
  for (const ch of snippet) {
    if (ch === '\u0002') { flush(); mark = true; }
    else if (ch === '\u0003') { flush(); mark = false; }
    else buf += ch;
  }
  flush();
  return parts;
}
