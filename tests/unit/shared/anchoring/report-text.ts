// Deterministic report-like page texts for anchoring tests and the measurement script:
// sentences of policy vocabulary, broken into ~80-character lines with '\n' as pdf.js
// page texts are (shared/pdf/page-text.ts).

const WORDS = (
  'the report states that victims of trafficking in human beings are identified late and ' +
  'national authorities should ensure assistance protection compensation access to justice ' +
  'for all persons including children migrants and asylum seekers while labour exploitation ' +
  'in agriculture construction domestic work remains under reported in most member states ' +
  'GRETA urges the authorities to strengthen training of police labour inspectors and judges ' +
  'cooperation with civil society organisations and international partners is essential'
).split(' ');

/** Small seeded PRNG (mulberry32) so fixtures are identical on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const random = prng(seed);
  return Array.from({ length: pages }, () => makePage(random, charsPerPage));
}
