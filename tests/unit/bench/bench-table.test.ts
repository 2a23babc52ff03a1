// The printed results table: load averages per section, the before column, ratio to a yardstick
// from any section, aim verdicts, quoted figures and failed sections.
import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../bench/bench-baseline';
import { describeFigure, renderTable, type SectionResult } from '../../bench/bench-table';

const importSection: SectionResult = {
  name: 'import (600 pages)',
  loadBefore: '0.10 0.20 0.30',
  loadAfter: '1.50 0.40 0.35',
  seconds: 12.34,
  figures: { 'import.pagesPerSecond': 500, 'pdftotext.pagesPerSecond': 1500, 'import.workers': '2 (bundled)' },
  notes: {
    'import.pagesPerSecond': { note: 'warm', yardstick: 'pdftotext.pagesPerSecond', kind: 'rate', aim: { on: 'ratio', max: 2.5 } },
    'pdftotext.pagesPerSecond': 'yardstick',
  },
};

const baseline: Baseline = {
  title: 'before issue 12',
  runs: [
    { label: 'quiet', date: '2026-12-01T15:51:05Z', commit: 'fdaa3830000000', loadBefore: '0.60 0.33 1.01', figures: { 'import.pagesPerSecond': 492 } },
    { label: 'loaded', date: '2026-12-01T16:10:00Z', figures: { 'import.pagesPerSecond': 1234.5 } },
  ],
  quoted: { 'import.pagesPerSecond': '4-4.5x slower than pdftotext' },
};

describe('renderTable', () => {
  it('prints load averages, now and before, ratio, aim verdict and note on each line', () => {
    const lines = renderTable([importSection], baseline);
    expect(lines).toContain('== import (600 pages)');
    expect(lines).toContain('   load average 0.10 0.20 0.30 -> 1.50 0.40 0.35, 12.3 s');
    const row = lines.find((l) => l.trimStart().startsWith('import.pagesPerSecond '))!;
    expect(row).toMatch(/ 500 +492 \/ 1,234\.5 {2}3\.00x pdftotext\.pagesPerSecond; aim <= 2\.5x MISSED; warm; issue quoted before: 4-4\.5x slower than pdftotext$/);
    const text = lines.find((l) => l.trimStart().startsWith('import.workers'))!;
    expect(text.trimEnd()).toMatch(/2 \(bundled\)$/);
  });

  it('names the baseline runs at the top', () => {
    const lines = renderTable([importSection], baseline);
    expect(lines[0]).toBe('before = before issue 12:');
    expect(lines[1]).toBe('  1. quiet: 2026-12-01T15:51:05Z at fdaa383000, load 0.60 0.33 1.01');
    expect(lines[2]).toBe('  2. loaded: 2026-12-01T16:10:00Z');
  });

  it('leaves the before column empty without a baseline', () => {
    const row = renderTable([importSection], null).find((l) => l.includes('pdftotext.pagesPerSecond  '))!;
    expect(row).toMatch(/1,500 {20}yardstick$/);
  });

  it('reports a failed section with its load average and message', () => {
    const failed: SectionResult = { name: 'ocr (scans)', loadBefore: '1', loadAfter: '2', seconds: 1, error: 'tesseract crashed' };
    const lines = renderTable([importSection, failed], null);
    expect(lines.slice(-3)).toEqual(['== ocr (scans)', '   load average 1 -> 2, 1.0 s', '  FAILED  tesseract crashed']);
  });
});

describe('describeFigure', () => {
  it('finds the yardstick in another section and meets a ratio aim', () => {
    const figures = { 'ocr.pagesPerMinute': 30, 'tesseractCli.pagesPerMinute': 45 };
    expect(describeFigure('ocr.pagesPerMinute', { yardstick: 'tesseractCli.pagesPerMinute', kind: 'rate', aim: { on: 'value', min: 20 } }, figures)).toBe(
      '1.50x tesseractCli.pagesPerMinute; aim >= 20 met',
    );
  });

  it('says n/a when the yardstick was not measured', () => {
    expect(describeFigure('a', { yardstick: 'b', aim: { on: 'ratio', max: 3 } }, { a: 5 })).toBe('vs b: n/a; aim <= 3x');
  });
});
