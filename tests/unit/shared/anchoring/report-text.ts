// Deterministic report-like page texts for anchoring tests and the measurement script:
// sentences of policy vocabulary, broken into ~80-character lines with '\n' as pdf.js
// page texts are (shared/pdf/page-text.ts).
import { mulberry32 } from '../../../helpers/seeded-random';

const WORDS = (
  'the report states that victims of trafficking in human beings are identified late and ' +
  'national authorities should ensure assistance protection compensation access to justice ' +
  'for all persons including children migrants and asylum seekers while labour exploitation ' +
  'in agriculture construction domestic work remains under reported in most member states ' +
  'GRETA urges the authorities to strengthen training of police labour inspectors and judges ' +
  'cooperation with civil society organisations and international partners is essential'
).split(' ');

export function makePage(random: () => number, chars: number): string {
  let text = '';
  let line = 0;
  while (text.length < chars) {
    const n = 8 + Math.floor(random() * 14);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(random() * WORDS.length)]);
    // A section number in every sentence makes each sentence unique, as real report text is.
    const sentence = `${words.join(' ')} (para ${Math.floor(random() * 1e6)}). `;
    for (const word of sentence.split(' ')) {
      if (line + word.length > 80) {
        text = text.trimEnd() + '\n';
        line = 0;
      }
      text += word + ' ';
      line += word.length + 1;
    }
  }
  return text.trimEnd();
}

export function makeReport(pages: number, charsPerPage: number, seed = 1): string[] {
  const random = mulberry32(seed);
  return Array.from({ length: pages }, () => makePage(random, charsPerPage));
}
