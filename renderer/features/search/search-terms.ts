// A word or phrase as the reader's highlighter expects it: lower case, one space between
// words (the backend sends search hits' terms in this shape already; KWIC lines carry the
// text as it stands).
export function normalizeTerm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
