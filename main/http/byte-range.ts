// The one HTTP Range rule (RFC 9110 §14) Glossa serves PDFs by, for the web host's /files/
// route (http-bridge.ts) and any other host of the same bytes: a single range "bytes=a-b",
// "bytes=a-" or "bytes=-n". pdf.js asks for 64 KB chunks this way (its range transport) and
// reads only what the first page needs. Several ranges in one header are answered whole
// (a server may ignore Range), and a range that starts past the end is refused (416).
export type RangeAnswer =
  | { kind: 'whole' }
  | { kind: 'part'; start: number; end: number }
  | { kind: 'unsatisfiable' };

const SINGLE = /^bytes=(\d*)-(\d*)$/;

/** What to send for `header` on a resource of `size` bytes; end is inclusive. */
export function answerRange(header: string | undefined, size: number): RangeAnswer {
  if (header === undefined || header.trim() === '') return { kind: 'whole' };
  const m = SINGLE.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'whole' }; // malformed or multi-range: ignore it
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || end < start) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end };
}
