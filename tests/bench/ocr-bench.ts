// OCR speed and accuracy on generated scans (tests/fixtures/scan-fixtures.ts: 200 dpi, tilted
// 1.5 degrees, speckled; 4 English and 4 Russian A5 pages, each read twice): pages per minute
// and seconds per page for Glossa's OCR exactly as an import runs it (recognisePages: each page
// rendered by pdf.js in an extraction pool of the default size, the next page rendering while
// the OCR engine — tesseract.js, one worker thread, rus+eng — reads the current one), and the
// character accuracy against the source text. Yardstick: the `tesseract` CLI (Tesseract 5,
// native, same traineddata) on the same pages rasterised by pdftoppm, one process per page as
// a script would run it, when installed (apt-get install tesseract-ocr poppler-utils).
// Issue 12 aims at >= 20 pages/min on 2 cores. Run alone: `npx tsx tests/bench/ocr-bench.ts`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recognisePages } from '../../main/ocr/ocr-pages';
import { OcrEngine } from '../../main/ocr/ocr-engine';
import { ocrAssets } from '../../main/ocr/ocr-assets';
import { ExtractPool } from '../../main/pdf/extract-pool';
import { ocrPageText } from '../../shared/pdf/ocr-text';
import { charAccuracy } from '../helpers/char-accuracy';
import { makeScannedPdf, SCAN_EN_PAGES, SCAN_RU_PAGES, scanSourceText } from '../fixtures/scan-fixtures';

type Figures = Record<string, number | string>;

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Installed = it runs at all (pdftoppm --version exits 1; -v exits 0; either way no ENOENT). */
function hasCommand(cmd: string): boolean {
  return !spawnSync(cmd, ['-v'], { stdio: 'ignore' }).error;
}

/** The tesseract CLI on pdftoppm's 200 dpi greys of each page: seconds per page and the texts. */
function cliYardstick(pdf: string, dir: string, pageCount: number): { secondsPerPage: number; texts: string[] } {
  execFileSync('pdftoppm', ['-r', '200', '-gray', pdf, path.join(dir, 'page')]);
  const images = fs.readdirSync(dir).filter((f) => /^page-\d+\.pgm$/.test(f)).sort();
  if (images.length !== pageCount) throw new Error(`pdftoppm made ${images.length} images for ${pageCount} pages`);
  const started = performance.now();
  const texts = images.map((f) =>
    execFileSync('tesseract', [path.join(dir, f), '-', '-l', 'rus+eng', '--tessdata-dir', ocrAssets().langDir], { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8'),
  );
  return { secondsPerPage: (performance.now() - started) / 1000 / pageCount, texts };
}

export async function benchOcr(): Promise<Figures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-ocr-bench-'));
  const pool = new ExtractPool(); // the default size, as the import's shared pool
  const engine = new OcrEngine();
  const figures: Figures = {};
  try {
    // Warm-up: the first page also pays for loading the wasm and both languages (~0.3-1 s).
    const warm = await makeScannedPdf([SCAN_EN_PAGES[1]], 'warm-up', { seed: 99 });
    await recognisePages(warm, [0], { fileName: 'warm.pdf', pool, engine });
    let totalSeconds = 0;
    let totalPages = 0;
    let cliSeconds = 0;
    const cli = hasCommand('tesseract') && hasCommand('pdftoppm');
    for (const [lang, pages] of [['en', SCAN_EN_PAGES], ['ru', SCAN_RU_PAGES]] as const) {
      const sources = [...pages, ...pages];
      const pdf = await makeScannedPdf(sources, `bench-${lang}`, { seed: 11 });
      const started = performance.now();
      const run = await recognisePages(pdf, sources.map((_, i) => i), { fileName: `${lang}.pdf`, pool, engine });
      const seconds = (performance.now() - started) / 1000;
      totalSeconds += seconds;
      totalPages += sources.length;
      const accuracy = run.pages.map((p) => charAccuracy(ocrPageText(p.lines), scanSourceText(sources[p.pageIndex])));
      figures[`ocr.${lang}.secondsPerPage`] = round(seconds / sources.length, 2);
      figures[`ocr.${lang}.charAccuracy`] = round(accuracy.reduce((a, b) => a + b, 0) / accuracy.length, 4);
      figures[`ocr.${lang}.meanConfidence`] = round(run.pages.reduce((a, p) => a + p.confidence, 0) / run.pages.length, 1);
      if (cli) {
        const file = path.join(dir, `${lang}.pdf`);
        fs.writeFileSync(file, pdf);
        const sub = fs.mkdtempSync(path.join(dir, `${lang}-`));
        const y = cliYardstick(file, sub, sources.length);
        const cliAcc = y.texts.map((t, i) => charAccuracy(t, scanSourceText(sources[i])));
        cliSeconds += y.secondsPerPage * sources.length;
        figures[`tesseractCli.${lang}.secondsPerPage`] = round(y.secondsPerPage, 2);
        figures[`tesseractCli.${lang}.charAccuracy`] = round(cliAcc.reduce((a, b) => a + b, 0) / cliAcc.length, 4);
      }
    }
    figures['ocr.pages'] = totalPages;
    figures['ocr.pagesPerMinute'] = round((60 * totalPages) / totalSeconds, 1);
    if (cli) figures['tesseractCli.pagesPerMinute'] = round((60 * totalPages) / cliSeconds, 1);
    if (!cli) figures['tesseractCli'] = 'not installed (apt install tesseract-ocr poppler-utils)';
    return figures;
  } finally {
    await engine.close();
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchOcr().then((f) => console.log(f));
}
