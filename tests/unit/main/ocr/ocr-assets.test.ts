// Where OCR finds its language data and engine in every way Glossa runs (GLOSSA_ASSETS_DIR,
// the packaged app's resources, the repository), that the vendored data is the one named in
// ocr-data.json (sha256), and that the engine's worker script is taken from app.asar.unpacked
// inside a packaged app (a worker thread needs a real file).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOcrDataDir, ocrAssets, tesseractWorkerPath, unpackedPath } from '../../../../main/ocr/ocr-assets';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const FILES = ['eng.traineddata', 'rus.traineddata', 'ocr-data.json'];

describe('OCR assets', () => {
  it("finds the data in the packaged app's resources, with GLOSSA_ASSETS_DIR first", () => {
    const resources = path.join('/opt', 'Glossa', 'resources');
    const packaged = path.join(resources, 'assets', 'ocr');
    const only = (dir: string) => (file: string) => FILES.some((f) => file === path.join(dir, f));
    expect(findOcrDataDir({ resourcesPath: resources, moduleDir: path.join(resources, 'app.asar', 'dist', 'main') }, only(packaged))).toBe(packaged);
    const custom = path.join('/data', 'glossa-assets');
    const both = (file: string) => only(packaged)(file) || only(path.join(custom, 'ocr'))(file);
    expect(findOcrDataDir({ envDir: custom, resourcesPath: resources }, both)).toBe(path.join(custom, 'ocr'));
    // A folder missing one language is passed over.
    const partial = (file: string) => file === path.join(packaged, 'eng.traineddata');
    expect(findOcrDataDir({ resourcesPath: resources }, partial)).toBeNull();
  });

  it('finds the repository data from the source tree and names its version with the sha256 of each file', () => {
    const dir = findOcrDataDir({ moduleDir: path.join(repoRoot, 'main', 'ocr') });
    expect(dir).toBe(path.join(repoRoot, 'assets', 'ocr'));
    const manifest = JSON.parse(fs.readFileSync(path.join(dir!, 'ocr-data.json'), 'utf8')) as { languages: Record<string, { file: string; sha256: string }> };
    for (const [lang, entry] of Object.entries(manifest.languages)) {
      const sha = createHash('sha256').update(fs.readFileSync(path.join(dir!, entry.file))).digest('hex');
      expect(sha, lang).toBe(entry.sha256);
      expect(ocrAssets().dataVersion).toContain(`${lang} sha256:${sha.slice(0, 12)}`);
    }
    expect(fs.readFileSync(path.join(dir!, 'NOTICE.md'), 'utf8')).toMatch(/1:4\.1\.0-2[\s\S]*Apache License, Version 2\.0/);
  });

  it("takes tesseract.js's worker script as a real file, from app.asar.unpacked in a packaged app", () => {
    const script = tesseractWorkerPath(path.join(repoRoot, 'main', 'ocr'));
    expect(fs.existsSync(script)).toBe(true);
    expect(script).toMatch(/tesseract\.js[\\/]src[\\/]worker-script[\\/]node[\\/]index\.js$/);
    const inAsar = path.join('/opt', 'Glossa', 'resources', 'app.asar', 'node_modules', 'tesseract.js', 'src', 'worker-script', 'node', 'index.js');
    expect(unpackedPath(inAsar)).toBe(path.join('/opt', 'Glossa', 'resources', 'app.asar.unpacked', 'node_modules', 'tesseract.js', 'src', 'worker-script', 'node', 'index.js'));
    expect(ocrAssets().workerPath).toBe(script);
  });
});
