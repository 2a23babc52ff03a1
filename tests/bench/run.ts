// `npm run bench` (build, then this): runs every benchmark in one process, one after the other
// (the machine's cores are the thing being measured, so never in parallel), and prints one table
// with each figure beside its aim or yardstick from issue 2:
//   import   the generated 600-page PDF, pages/s with Glossa vs pdftotext on the same file;
//   search   p50/p99 over a 50-document project of ~11,000 pages, first screen of hits;
//   render   time to first rendered page of the 600-page PDF in Chromium;
//   coding   2,000 highlights: page paint with 50, panel listing, keypress-to-commit of a code;
//   ping     a ping to the backend thread while a 10,000-coding merge and PDF export run;
//   export   10,000 codings to every format, each alone in a child process (time, peak RSS);
//   merge    two 10,000-coding projects merged, then kappa/alpha over them;
//   open     the check every open runs, on a 22 MB project with 5,000 highlights;
//   ocr      seconds per scanned page and character accuracy (en, ru), tesseract CLI as yardstick.
// It prints; it asserts nothing. A benchmark that crashes is reported and the exit code is 1.
// `npm run bench -- --only search,open` runs the named sections only (names: the first word of
// each section's title).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchCoding } from './coding-bench';
import { benchImport } from './import-bench';
import { benchMerge, MERGE_NOTES } from './merge-bench';
import { benchOcr } from './ocr-bench';
import { benchOpen } from './open-bench';
import { benchRender } from './render-bench';
import { benchResponsiveness } from './responsiveness-bench';
import { benchSearch } from './search-bench';

type Figures = Record<string, number | string>;

interface Section {
  name: string;
  run: () => Promise<Figures>;
  /** The aim or yardstick shown next to a figure, by key. */
  notes?: Record<string, string>;
}

const sections: Section[] = [
  {
    name: 'import (generated 600-page PDF)',
    run: benchImport,
    notes: {
      'import.pagesPerSecond': 'warm pool (next file of a session)',
      'pdftotext.pagesPerSecond': 'yardstick, same file, same run',
      'import.slowerThanPdftotext': 'aim <= 3x',
    },
  },
  {
    name: 'search (50 documents, first screen of 50 hits)',
    run: benchSearch,
    notes: { 'search.pages': 'aim >= 10,000', 'search.p99Ms': 'aim < 50 ms', 'search.queries': 'words, phrases, prefixes, filters' },
  },
  {
    name: 'render (600-page PDF in Chromium, click Open -> first page painted)',
    run: benchRender,
    notes: { 'render.firstPageColdMs': 'fresh tab: reader chunk, pdf.js worker, PDF bytes', 'render.firstPageWarmMs': 'reopen in the same tab' },
  },
  {
    name: 'coding (600-page PDF, 2,000 highlights, 50 on page 300)',
    run: benchCoding,
    notes: {
      'coding.paint50Ms': 'Enter in the page box -> page 300 painted with its 50 highlights (median)',
      'coding.paint50AfterCanvasMs': 'of which after the canvas: text layer + highlight layer',
      'coding.panelOpen2000Ms': 'click Open -> annotations panel counts 2,000 and shows its first 200 rows',
      'coding.applyKeyToCommitMs': 'Enter in the code picker -> annotations.create reply (committed, median)',
      'coding.applyKeyToRequestMs': 'of which before the request leaves the page',
      'coding.applyKeyToWireReplyMs': 'Enter -> the reply reaches the browser (before page script sees it)',
      'coding.applyKeyToPaintMs': 'Enter -> the new highlight painted (median)',
      'coding.backendCreateP99Ms': 'annotations.create alone, synchronous=FULL, 500 calls',
    },
  },
  {
    name: 'responsiveness (ping to the backend thread while a merge and a PDF export run)',
    run: benchResponsiveness,
    notes: {
      'ping.idle.p99Ms': 'yardstick: the same ping, idle backend, same run',
      'ping.busy.p99Ms': 'aim < 50 ms: during a merge of two 10,000-coding projects + a 10,000-coding PDF export',
      'ping.busy.maxMs': 'slowest single ping during that work',
    },
  },
];

sections.push({
  name: 'merge (two 10,000-coding projects; agreement over them)',
  run: benchMerge,
  notes: MERGE_NOTES,
});

sections.push({
  name: 'ocr (generated scans: 200 dpi, tilted, speckled; 4 English + 4 Russian A5 pages)',
  run: benchOcr,
  notes: {
    'ocr.en.secondsPerPage': 'render (pdf.js) + tesseract.js, 1 worker, rus+eng',
    'ocr.en.charAccuracy': '1 - edit distance / source length',
    'ocr.pagesPerMinute': 'aim (issue 12) >= 20 pages/min on 2 cores; here 1 worker',
    'tesseractCli.en.secondsPerPage': 'yardstick: native tesseract 5 CLI, same data, pdftoppm 200 dpi',
    'tesseractCli.ru.secondsPerPage': 'yardstick, same pages',
  },
});

sections.push({
  name: 'open (20 documents, 2,000 pages, 5,000 highlights)',
  run: benchOpen,
  notes: {
    'open.bareSqliteMs': 'floor: SQLite open + one read, no checks',
    'open.openProjectMs': 'check + read-write open + pragmas + close',
    'open.checkWithWalCopyMs': 'non-empty -wal: the check reads a private copy',
  },
});

const exportBench = path.join(__dirname, 'export-bench.ts');
if (fs.existsSync(exportBench)) {
  sections.push({
    name: 'export (10,000 codings)',
    run: async () => {
      // Loaded by path (tsx compiles it) so this runner also compiles while export-bench.ts is absent.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(exportBench) as { benchExport: () => Promise<Figures> };
      return mod.benchExport();
    },
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    notes: (require(exportBench) as { EXPORT_NOTES: Record<string, string> }).EXPORT_NOTES,
  });
}

/** Short values are right-aligned in one column; long text values run into the notes column. */
const VALUE_COLUMN = 16;

function printTable(rows: Array<[string, string, string]>): void {
  const keyWidth = Math.max(...rows.filter((r) => !r[0].startsWith('==')).map((r) => r[0].length));
  for (const [key, value, note] of rows) {
    if (key.startsWith('==')) console.log(`\n${key}`);
    else {
      const cell = value.length <= VALUE_COLUMN ? value.padStart(VALUE_COLUMN) : value;
      console.log(`  ${key.padEnd(keyWidth)}  ${cell}${note ? `  ${note}` : ''}`);
    }
  }
}

/** The section's short name: the first word of its title ("search (50 documents …)" -> "search"). */
function shortName(section: Section): string {
  return section.name.split(' ')[0];
}

/** The sections `--only a,b` (or `--only=a,b`) asks for; all when absent. Unknown names are an error. */
export function chooseSections(all: readonly Section[], argv: readonly string[]): Section[] {
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (at < 0) return [...all];
  const value = argv[at].includes('=') ? argv[at].slice('--only='.length) : (argv[at + 1] ?? '');
  const wanted = value.split(',').map((w) => w.trim()).filter(Boolean);
  const known = all.map(shortName);
  const unknown = wanted.filter((w) => !known.includes(w));
  if (wanted.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes section names among: ${known.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  }
  return all.filter((s) => wanted.includes(shortName(s)));
}

async function main(): Promise<void> {
  const chosen = chooseSections(sections, process.argv.slice(2));
  const cpus = os.cpus();
  console.log(`Glossa bench — ${new Date().toISOString()}`);
  console.log(
    `node ${process.version}, ${cpus.length} x ${cpus[0]?.model ?? 'cpu'}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}` +
      ' (figures are wall-clock: other processes on the machine slow them down)',
  );
  const rows: Array<[string, string, string]> = [];
  let failed = 0;
  for (const section of chosen) {
    console.log(`\nrunning: ${section.name} …`);
    const started = performance.now();
    rows.push([`== ${section.name}`, '', '']);
    try {
      const figures = await section.run();
      for (const [key, value] of Object.entries(figures)) {
        rows.push([key, typeof value === 'number' ? value.toLocaleString('en-US') : value, section.notes?.[key] ?? '']);
      }
      console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (err) {
      failed++;
      rows.push(['FAILED', '', (err as Error).message.split('\n')[0]]);
      console.error(err);
    }
  }
  console.log('\n==================== Glossa bench results ====================');
  printTable(rows);
  process.exitCode = failed > 0 ? 1 : 0;
}

void main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 2;
});
