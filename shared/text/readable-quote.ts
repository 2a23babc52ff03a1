// A stored quote as a person reads it, for the screen, the clipboard and every export.
//
// Highlights keep the page text exactly as pdf.js gave it (W3C TextQuoteSelector), with the
// PDF's line breaks, end-of-line hyphens and ligatures. What a researcher pastes into a paper
// must not have them, so the readable quote is derived here, never stored:
//   - a line break inside a paragraph becomes one space, runs of spaces become one;
//   - "approxima-\ntion" is joined into "approximation", but a real compound split at the line
//     end ("co-\nfinancing") keeps its hyphen. The document itself decides: the hyphen stays
//     when the hyphenated form occurs unbroken somewhere in it (its vocabulary, see
//     document-vocabulary.ts) and the joined form does not win; otherwise the word is joined;
//   - a soft hyphen (U+00AD) at a line end is always a split word;
//   - ligatures (U+FB00..U+FB06) are expanded, zero-width characters dropped;
//   - a paragraph break (an empty line, or a line that ends a sentence and is followed by a
//     numbered paragraph or a list item, or is clearly shorter than the page's lines) stays a
//     line break ("\n"); no other newline survives.
// Pure: no DOM, no node; the renderer and the backend both call it.

export interface ReadableQuoteOptions {
  /** Lower-case words seen unbroken in the document (documentVocabulary). */
  vocabulary?: ReadonlySet<string>;
  /** Typical full line length of the page in characters (typicalLineLength); enables the
   *  "short last line" paragraph rule. */
  lineLength?: number;
}

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st',
};

/** Ligatures expanded, zero-width characters removed, Unicode line separators as "\n". */
export function expandLigatures(text: string): string {
  return text
    .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\r\n?|[\u2028\u0085]/g, '\n')
    .replace(/\u2029/g, '\n\n');
}

const HYPHEN_AT_END = /([\p{L}\p{M}\d]+(?:[-\u2010][\p{L}\p{M}\d]+)*)([-\u2010\u00ad])$/u;
const WORD_AT_START = /^[\p{L}\p{M}][\p{L}\p{M}\d]*/u;
const SENTENCE_END = /[.!?:;\u2026]["'\u201d\u2019\u00bb)\]]*$/u;
/** "87.", "12.3", "(a)", "iv)", bullets and dashes opening a list item. */
const PARAGRAPH_OPENING = /^(?:\d{1,4}(?:\.\d{1,3})*\.?\s|\(?[a-z\u0430-\u044f]{1,2}\)\s|\(?[ivxlc]{1,6}\)\s|[\u2022\u25aa\u25cf\u25e6\u25a0\u2013\u2014-]\s)/iu;
/** A line shorter than this share of the page's line length ends its paragraph (if it ends a sentence). */
const SHORT_LINE = 0.7;

function isUpper(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** How a line-end hyphen between `left` (the fragment before it) and `right` resolves. */
export function joinHyphenated(left: string, right: string, soft: boolean, vocabulary?: ReadonlySet<string>): string {
  if (soft) return left + right;
  const hyphenated = `${left}-${right}`.toLowerCase();
  const joined = (left + right).toLowerCase();
  const known = (w: string) => vocabulary?.has(w) ?? false;
  if (known(hyphenated) && !known(joined)) return `${left}-${right}`;
  if (known(joined)) return left + right;
  // Neither form occurs unbroken: an acronym or a capitalised second part ("EU-funded",
  // "anti-Corruption"), or a number, is a compound; anything else is a split word.
  const lastPart = left.split(/[-\u2010]/).pop() ?? left;
  if ((lastPart.length > 1 && isUpper(lastPart)) || /\d$/.test(lastPart) || isUpper(right[0] ?? '')) return `${left}-${right}`;
  if (known(hyphenated)) return `${left}-${right}`;
  return left + right;
}

/** Whether `line` (trimmed) ends its paragraph when `next` follows it on a page whose full
 *  lines are `lineLength` characters (see the module comment). */
export function endsParagraph(line: string, next: string, lineLength: number | undefined): boolean {
  if (!SENTENCE_END.test(line)) return false;
  if (PARAGRAPH_OPENING.test(next)) return true;
  return lineLength !== undefined && lineLength > 0 && line.length < SHORT_LINE * lineLength;
}

/** The quote with the document's line layout removed (see the module comment). */
export function readableQuote(exact: string, options: ReadableQuoteOptions = {}): string {
  const lines = expandLigatures(exact).split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' '));
  let out = '';
  let pendingParagraph = false;
  for (let i = 0; i < lines.length; i++) {
    const line = i === 0 ? lines[i].trimEnd() : lines[i].trim();
    if (line === '') {
      if (out !== '') pendingParagraph = true;
      continue;
    }
    if (out === '') {
      out = line;
      continue;
    }
    if (pendingParagraph) {
      out += `\n${line}`;
      pendingParagraph = false;
      continue;
    }
    const hyphen = HYPHEN_AT_END.exec(out);
    const start = WORD_AT_START.exec(line);
    if (hyphen && start) {
      const [whole, left, mark] = hyphen;
      const right = start[0];
      const word = joinHyphenated(left, right, mark === '\u00ad', options.vocabulary);
      out = out.slice(0, out.length - whole.length) + word + line.slice(right.length);
      continue;
    }
    // The quote's first line may start mid-line (the selection began there): its length says
    // nothing, so the short-line rule applies from the second line on.
    const lineLength = i - 1 === 0 ? undefined : options.lineLength;
    out += endsParagraph(lines[i - 1].trim(), line, lineLength) ? `\n${line}` : ` ${line}`;
  }
  // Soft hyphens that did not end a line are invisible in the PDF: drop them too.
  return out.replace(/\u00ad/g, '').trim();
}
