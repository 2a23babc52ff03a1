// A paragraph of styled runs (bold, italic, code, links) wrapped once and drawn line by line, for
// the PDF report's comments, memos and reference list. pdfkit's way — one `continued` text call
// per run — wraps every run on its own (a new line breaker and wrapper state per run, ~40 % of a
// report with a Markdown comment on each passage) and can only break where a run ends, so
// "**Key**," could leave its comma at the start of a line. Here the break opportunities are
// those of the whole paragraph (linebreak, pdfkit's own UAX #14 breaker), each word is measured
// piece by piece in its runs' faces, lines are filled greedily as pdfkit fills them, and each
// line is drawn as its pieces, each with text(…, { lineBreak: false }) at its x — so links,
// underlines and strikes are pdfkit's own. Returns null (the caller falls back to pdfkit) for a
// word wider than its line, which pdfkit cuts between characters.
import LineBreaker from 'linebreak';
import type PDFDocument from 'pdfkit';
import { drawTextRun } from './pdf-plain-text';

type Doc = InstanceType<typeof PDFDocument>;

export interface StyledRun {
  text: string;
  /** The face's font file (report-fonts.ts) and size in points. */
  font: string;
  size: number;
  color: string;
  link: string | null;
  strike: boolean;
}

export interface RunPiece {
  run: StyledRun;
  text: string;
  width: number;
}

export interface RichLine {
  pieces: RunPiece[];
  /** The tallest piece's line height (pdfkit's currentLineHeight(true) of its face and size). */
  height: number;
}

/** The lines of `runs`: the first `firstWidth` wide, the others `restWidth` (a hanging indent). */
export function wrapRuns(doc: Doc, runs: readonly StyledRun[], firstWidth: number, restWidth: number): RichLine[] | null {
  const text = runs.map((r) => r.text).join('');
  const starts: number[] = [];
  let at = 0;
  for (const r of runs) {
    starts.push(at);
    at += r.text.length;
  }
  const widths = new Map<string, number>();
  const heights = new Map<string, number>();
  const measure = (run: StyledRun, s: string) => {
    const key = `${run.font}\u0000${run.size}\u0000${s}`;
    let w = widths.get(key);
    if (w === undefined) widths.set(key, (w = doc.font(run.font).fontSize(run.size).widthOfString(s)));
    return w;
  };
  const heightOf = (run: StyledRun) => {
    const key = `${run.font}\u0000${run.size}`;
    let h = heights.get(key);
    if (h === undefined) heights.set(key, (h = doc.font(run.font).fontSize(run.size).currentLineHeight(true)));
    return h;
  };
  /** The pieces of text[from, to), one per run it crosses. */
  const piecesOf = (from: number, to: number): RunPiece[] => {
    const out: RunPiece[] = [];
    for (let i = 0; i < runs.length; i++) {
      const a = Math.max(from, starts[i]);
      const b = Math.min(to, starts[i] + runs[i].text.length);
      if (a >= b) continue;
      const piece = text.slice(a, b);
      out.push({ run: runs[i], text: piece, width: measure(runs[i], piece) });
    }
    return out;
  };

  const lines: RichLine[] = [];
  let line: RunPiece[] = [];
  let used = 0;
  const room = () => (lines.length === 0 ? firstWidth : restWidth);
  const endLine = () => {
    // Pieces of one run side by side are drawn as one (fewer text calls, the same glyphs).
    const merged: RunPiece[] = [];
    for (const p of line) {
      const last = merged[merged.length - 1];
      if (last && last.run === p.run) merged[merged.length - 1] = { run: p.run, text: last.text + p.text, width: last.width + p.width };
      else merged.push(p);
    }
    const height = Math.max(0, ...merged.map((p) => heightOf(p.run)));
    lines.push({ pieces: merged, height: height || heightOf(runs[0]) });
    line = [];
    used = 0;
  };

  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const pieces = piecesOf(last, bk.position);
    last = bk.position;
    const w = pieces.reduce((sum, p) => sum + p.width, 0);
    if (used + w > room() && line.length > 0) endLine();
    if (w > room()) return null;
    line.push(...pieces);
    used += w;
    if (bk.required) endLine();
  }
  if (line.length > 0) endLine();
  return lines;
}

/**
 * Draws `lines` from (x, y) — later lines from `restX` — continuing on a new page where a line
 * would pass the bottom margin. Leaves doc.x at x, doc.y under the last line, the fill black.
 */
export function drawRunLines(doc: Doc, lines: readonly RichLine[], x: number, restX: number, y: number): void {
  let color: string | null = null;
  doc.y = y;
  lines.forEach((line, i) => {
    if (doc.y + line.height > doc.page.maxY() && doc.y > doc.page.margins.top) {
      doc.continueOnNewPage();
      color = null; // a new page starts in black
    }
    let px = i === 0 ? x : restX;
    for (const p of line.pieces) {
      doc.font(p.run.font).fontSize(p.run.size);
      if (p.run.color !== color) doc.fillColor((color = p.run.color));
      drawTextRun(doc, p.text, px, doc.y, p.width, { link: p.run.link, underline: p.run.link !== null, strike: p.run.strike });
      px += p.width;
    }
    doc.y += line.height;
  });
  if (color !== 'black') doc.fillColor('black');
  doc.x = x;
}
