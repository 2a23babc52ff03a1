// How a code's definition and its inclusion / exclusion notes travel in the single REFI-QDA
// <Description> element: the definition, then "Inclusion: …" and "Exclusion: …" paragraphs.
// Other QDA tools show the text as it is; Glossa splits it back into the three fields.

const INCLUSION = 'Inclusion: ';
const EXCLUSION = 'Exclusion: ';

export interface CodeNotes {
  definition: string;
  inclusion: string;
  exclusion: string;
}

export function joinDescription(n: CodeNotes): string {
  const parts: string[] = [];
  if (n.definition) parts.push(n.definition);
  if (n.inclusion) parts.push(INCLUSION + n.inclusion);
  if (n.exclusion) parts.push(EXCLUSION + n.exclusion);
  return parts.join('\n\n');
}

/** Finds the last "\n\n<label>" (or the label at the very start) and splits there. */
function splitLast(text: string, label: string): [string, string | null] {
  const at = text.lastIndexOf('\n\n' + label);
  if (at !== -1) return [text.slice(0, at), text.slice(at + 2 + label.length)];
  if (text.startsWith(label)) return ['', text.slice(label.length)];
  return [text, null];
}

export function splitDescription(text: string): CodeNotes {
  const [rest1, exclusion] = splitLast(text, EXCLUSION);
  const [definition, inclusion] = splitLast(rest1, INCLUSION);
  return { definition, inclusion: inclusion ?? '', exclusion: exclusion ?? '' };
}
