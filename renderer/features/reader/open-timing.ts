// Named steps of opening a document, recorded as User Timing marks ("glossa:open:<step>"), so
// `npm run bench` (tests/bench/render-bench.ts) can say where the time to the first page goes
// (reader chunk, bytes, pdf.js open, first page, canvas, text layer) without a benchmark hook
// in the reader. A mark costs a few microseconds; the buffer is cleared at each open.
export type OpenStep = 'load' | 'preview' | 'bytes' | 'open' | 'page' | 'canvas' | 'text';

const PREFIX = 'glossa:open:';

export function markOpenStart(): void {
  if (typeof performance === 'undefined' || !performance.mark) return;
  for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith(PREFIX)) performance.clearMarks(m.name);
  performance.mark(`${PREFIX}load`);
}

/** Records the first time `step` happens since the last markOpenStart(). */
export function markOpenStep(step: Exclude<OpenStep, 'load'>): void {
  if (typeof performance === 'undefined' || !performance.mark) return;
  if (performance.getEntriesByName(`${PREFIX}${step}`, 'mark').length === 0) performance.mark(`${PREFIX}${step}`);
}
