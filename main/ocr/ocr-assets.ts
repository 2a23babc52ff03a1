// Where OCR finds its parts, in every way Glossa runs: the language data (assets/ocr: eng and
// rus traineddata plus ocr-data.json, found like the report fonts by asset-dirs.ts; in the
// packaged app <resources>/assets/ocr, real files) and tesseract.js's worker script, which
// loads tesseract.js-core's wasm next to it. A worker thread needs real files, so inside a
// packaged app the script is taken from app.asar.unpacked (electron-builder.yml asarUnpack).
// Nothing here downloads: a missing file is an 'ocr.unavailable' error naming it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GlossaError } from '../../shared/errors';
import { type AssetPlaces, currentAssetPlaces, findAssetFiles } from '../core/assets/asset-dirs';

export const OCR_LANGUAGES = ['rus', 'eng'] as const;
const DATA_FILES = ['eng.traineddata', 'rus.traineddata', 'ocr-data.json'];

export interface OcrAssets {
  /** Folder with <lang>.traineddata (tesseract.js langPath). */
  langDir: string;
  /** tesseract.js's Node worker script (a real file). */
  workerPath: string;
  /** What is stored with every OCR'd page: "tessdata_fast … | eng sha256:… | rus sha256:…". */
  dataVersion: string;
  /** tesseract.js version (engine version stored per page). */
  engineVersion: string;
}

/** The unpacked twin of a path inside app.asar (unchanged outside one). */
export function unpackedPath(file: string): string {
  return file.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked');
}

/** The folder of the OCR language data for these places; null when no candidate has every file. */
export function findOcrDataDir(places: AssetPlaces = currentAssetPlaces(), exists?: (file: string) => boolean): string | null {
  const files = findAssetFiles('ocr', DATA_FILES, places, exists);
  return files ? path.dirname(files[0]) : null;
}

/** tesseract.js's worker script, resolved from `fromDir` (a module folder), unpacked. */
export function tesseractWorkerPath(fromDir: string): string {
  const req = createRequire(path.join(fromDir, 'noop.js'));
  return unpackedPath(path.join(path.dirname(req.resolve('tesseract.js/package.json')), 'src', 'worker-script', 'node', 'index.js'));
}

function thisDir(): string {
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

let cached: OcrAssets | null = null;

export function ocrAssets(): OcrAssets {
  if (cached) return cached;
  const langDir = findOcrDataDir();
  if (!langDir) throw new GlossaError('ocr.unavailable', 'The OCR language data (assets/ocr) is missing from this installation.');
  let workerPath: string;
  let engineVersion: string;
  try {
    workerPath = tesseractWorkerPath(thisDir());
    const req = createRequire(path.join(thisDir(), 'noop.js'));
    engineVersion = `tesseract.js ${(req('tesseract.js/package.json') as { version: string }).version}`;
  } catch (err) {
    throw new GlossaError('ocr.unavailable', `The OCR engine (tesseract.js) is missing from this installation: ${(err as Error).message}`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(langDir, 'ocr-data.json'), 'utf8')) as {
    source: string;
    languages: Record<string, { sha256: string }>;
  };
  const shas = OCR_LANGUAGES.map((l) => `${l} sha256:${manifest.languages[l]?.sha256.slice(0, 12) ?? '?'}`);
  cached = { langDir, workerPath, engineVersion, dataVersion: [manifest.source, ...shas].join(' | ') };
  return cached;
}
