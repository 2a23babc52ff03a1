// Child process of ocr-offline.test.ts: OCRs one generated scan with the app's engine and
// prints the recognised text as JSON. Run with the network disabled and an empty working folder.
import { recognisePages } from '../../../../../main/ocr/ocr-pages';
import { OcrEngine } from '../../../../../main/ocr/ocr-engine';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { ocrPageText } from '../../../../../shared/pdf/ocr-text';
import { makeScannedRussianReport } from '../../../../fixtures/scan-fixtures';

void (async () => {
  const pool = new ExtractPool({ size: 1 });
  const engine = new OcrEngine();
  try {
    const run = await recognisePages(await makeScannedRussianReport(1), [0], { fileName: 'scan.pdf', pool, engine });
    process.stdout.write(JSON.stringify({ text: ocrPageText(run.pages[0].lines) }));
  } finally {
    await engine.close();
    await pool.close();
  }
})();
