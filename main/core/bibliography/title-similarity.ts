// How alike two titles are, for matching a bibliography entry to a document whose title was
// typed or pre-filled differently: case, ё/е, punctuation (quotes «», dashes, colons) and
// spacing do not count; the score is the Dice coefficient of the titles' character bigrams
// (0..1), robust to a word added or dropped ("Annual report 2019" vs "Annual Report, 2019:
// Trafficking"). Pure functions.

/** Lower case, ё -> е, й kept, every run of non-letters/digits one space. */
export function normaliseTitle(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const word of s.split(' ')) {
    const w = ` ${word} `;
    for (let i = 0; i < w.length - 1; i++) {
      const g = w.slice(i, i + 2);
      out.set(g, (out.get(g) ?? 0) + 1);
    }
  }
  return out;
}

/** 1 for the same normalised title, 0 for nothing in common. */
export function titleSimilarity(a: string, b: string): number {
  const na = normaliseTitle(a);
  const nb = normaliseTitle(b);
  if (na === '' || nb === '') return 0;
  if (na === nb) return 1;
  const ga = bigrams(na);
  const gb = bigrams(nb);
  let common = 0;
  let total = 0;
  for (const [g, n] of ga) {
    common += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return (2 * common) / total;
}
