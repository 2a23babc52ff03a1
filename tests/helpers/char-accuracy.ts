// Character accuracy of a recognised text against its source, as OCR evaluations report it:
// 1 - (Levenshtein edit distance) / (source length), after folding every run of whitespace
// into one space (line breaks and spacing are layout, not characters read). Used by the OCR
// tests (with a measured floor) and by `npm run bench`.
export function normaliseForAccuracy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Edit distance (insertions, deletions, substitutions) over UTF-16 code units; O(n·m) time, O(m) memory. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

export function charAccuracy(recognised: string, source: string): number {
  const src = normaliseForAccuracy(source);
  if (src.length === 0) return recognised.trim() === '' ? 1 : 0;
  return Math.max(0, 1 - editDistance(normaliseForAccuracy(recognised), src) / src.length);
}
