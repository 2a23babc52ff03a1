// Baselines: malformed files are refused with the field named; the committed before-issue-12
// baseline parses and holds the figures the issue quotes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { beforeCell, parseBaseline, quotedBefore, readBaseline } from '../../bench/bench-baseline';

describe('parseBaseline', () => {
  it('refuses what is not a baseline, naming the file and field', () => {
    expect(() => parseBaseline(null, 'b.json')).toThrow('bench baseline b.json: not a JSON object');
    expect(() => parseBaseline({ title: 't' }, 'b.json')).toThrow('"runs" must be an array');
    expect(() => parseBaseline({ title: 't', runs: [{ label: 'x' }] }, 'b.json')).toThrow('runs[0] needs "label" and "date" strings');
    expect(() => parseBaseline({ title: 't', runs: [{ label: 'x', date: 'd', figures: { a: [1] } }] }, 'b.json')).toThrow('runs[0].figures');
    expect(() => parseBaseline({ title: 't', runs: [], quoted: { a: 1 } }, 'b.json')).toThrow('"quoted" must map keys to strings');
  });

  it('joins recorded runs in order and leaves unmeasured keys empty', () => {
    const b = parseBaseline({ title: 't', runs: [{ label: 'q', date: 'd', figures: { a: 1500, s: 'x' } }, { label: 'l', date: 'd', figures: { a: 2 } }] }, 'b');
    expect(beforeCell(b, 'a')).toBe('1,500 / 2');
    expect(beforeCell(b, 's')).toBe('x');
    expect(beforeCell(b, 'none')).toBe('');
    expect(beforeCell(null, 'a')).toBe('');
  });
});

describe('the committed baseline before issue 12', () => {
  const baseline = readBaseline(path.join(__dirname, '../../bench/baseline-before-issue-12.json'));

  it('records at least one run of the unchanged code with its load average', () => {
    expect(baseline.runs.length).toBeGreaterThan(0);
    for (const run of baseline.runs) expect(run.loadBefore).toMatch(/^\d+\.\d\d \d+\.\d\d \d+\.\d\d$/);
    expect(baseline.runs[0].figures['import.pagesPerSecond']).toEqual(expect.any(Number));
  });

  it('keeps the figures issue 12 quotes', () => {
    for (const key of ['search.p99Ms', 'render.firstPageColdMs', 'render.firstPageWarmMs', 'import.slowerThanPdftotext', 'import.coldPagesPerSecond', 'coding.panelOpen2000Ms', 'export.pdf.seconds']) {
      expect(quotedBefore(baseline, key), key).not.toBe('');
    }
  });
});
