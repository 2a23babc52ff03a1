// How a code's definition and its inclusion / exclusion notes travel in the single REFI-QDA
// <Description> element, in both languages. A .qdc / .qdpx code has one name: the export
// language's (the other where the code has none in it). Its description holds that language's
// definition, then "Inclusion: …" and "Exclusion: …" paragraphs, then, when the code is
// written in the other language too, a block opened by a marker line naming that language and
// the code's name in it ("-- ru: Производство знаний --") with the same three parts. Other QDA
// tools show the text as it is; Glossa splits it back into both languages.
import { otherLang, textLanguage } from '../../../shared/codebook/code-text';
import type { Code, CodeLang, CodeText } from '../../../shared/domain/code';

const INCLUSION = 'Inclusion: ';
const EXCLUSION = 'Exclusion: ';
/** "\n\n-- ru: name --\n": the other language's block. */
const MARKER_RE = /(?:^|\n\n)-- (en|ru): (.*) --(?:\n|$)/;

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

/** The name to export for `lang` and the description with both languages. */
export function exportedCode(code: Pick<Code, 'text'>, lang: CodeLang): { name: string; description: string } {
  const main = code.text[lang].name ? lang : otherLang(lang);
  const other = otherLang(main);
  const o = code.text[other];
  const head = joinDescription(code.text[main]);
  // The name travels in the marker line, which is one line: newlines cannot be in a code name.
  // An empty block is still written when the name's letters would send it to the wrong language
  // on import (a Cyrillic name in the English slot): it tells the import which language is which.
  const needed = o.name || joinDescription(o) || textLanguage(code.text[main].name) !== main;
  const block = needed ? `-- ${other}: ${o.name} --\n${joinDescription(o)}` : '';
  return { name: code.text[main].name, description: [head, block].filter(Boolean).join('\n\n').trimEnd() };
}

/**
 * A code's text per language from a REFI name and description. With a marker, the block
 * before it is the other language's; without one (another tool's file) the name and notes go
 * to the language their letters are in.
 */
export function importedText(name: string, description: string): Partial<Record<CodeLang, CodeText>> {
  const m = MARKER_RE.exec(description);
  if (!m) {
    const lang = textLanguage(name);
    return { [lang]: { name, ...splitDescription(description) } };
  }
  const markedLang = m[1] as CodeLang;
  const before = description.slice(0, m.index);
  const after = description.slice(m.index + m[0].length);
  return {
    [otherLang(markedLang)]: { name, ...splitDescription(before) },
    [markedLang]: { name: m[2].trim(), ...splitDescription(after) },
  };
}
