// The packaged desktop app finds every runtime asset (issue 9): the app is packed by the real
// electron-builder from electron-builder.yml (files / extraResources / asarUnpack; see
// tests/helpers/packaged-app.ts), then each asset is resolved with the app's own resolution
// code and the packaged app's places (process.resourcesPath, __dirname inside app.asar):
// - the PDF report's fonts (real files: pdfkit and export workers read them),
// - the default codebook (bundled into the main process code),
// - the PDF extraction worker and the pdf.js it imports, with its CMaps and standard fonts
//   (real files: worker threads cannot read inside app.asar),
// - better-sqlite3's native binding (real file: dlopen cannot read inside app.asar),
// - the renderer page, its pdf.js worker and data folders (served from app.asar by app://),
// - every package the main bundle requires, with its dependencies.
// - the CSL citation styles and locales (real files in resources/assets/csl),
// - the OCR language data (real files in resources/assets/ocr) and tesseract.js's worker script
//   with tesseract.js-core's wasm and the script's own dependencies (real files: a worker thread).
import { createRequire, builtinModules } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultCodebook from '../../assets/codebooks/default-codebook.json';
import { locateReportFonts } from '../../main/core/export/report-fonts';
import { CSL_FILES, findCslDir } from '../../main/core/citation/csl-assets';
import { packagedExtractWorker, unpackedPath } from '../../main/electron/packaged-paths';
import { PDFJS_ASSET_DIRS } from '../../renderer/pdf/pdfjs-asset-dirs';
import { findOcrDataDir } from '../../main/ocr/ocr-assets';
import { missingDependencies, packageApp, type PackagedApp } from '../helpers/packaged-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureBuilt } = require('../../bin/ensure-built.js') as { ensureBuilt: (targets: string[]) => string[] };

const repoRoot = path.resolve(__dirname, '..', '..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-packaged-'));
let app: PackagedApp;
let distMain: string;

beforeAll(async () => {
  ensureBuilt(['main', 'renderer']);
  app = await packageApp(out);
  distMain = path.join(app.asarPath, 'dist', 'main');
}, 300_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** Bare package names a bundle imports at run time (node: built-ins and electron left out). */
function externalPackages(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/(?:\brequire\(|\bfrom\s*|\bimport\()\s*"([@a-z0-9][\w.@/:-]*)"/g)) {
    const spec = m[1];
    if (spec.startsWith('node:') || builtinModules.includes(spec) || spec === 'electron') continue;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
  return [...names].sort();
}

function codeIds(nodes: Array<{ id: string; children?: unknown[] }>): string[] {
  return nodes.flatMap((n) => [n.id, ...codeIds((n.children ?? []) as typeof nodes)]);
}

describe('the packaged app', () => {
  it('finds the PDF report fonts as real files', () => {
    const fonts = locateReportFonts({ resourcesPath: app.resources, moduleDir: distMain }, app.isRealFile);
    expect(fonts, `no DejaVu fonts under ${app.resources} (extraResources)`).not.toBeNull();
    expect(fs.readFileSync(fonts!.regular).equals(fs.readFileSync(path.join(repoRoot, 'assets', 'fonts', 'DejaVuSans.ttf')))).toBe(true);
  });

  it('finds the CSL citation styles and locales as real files', () => {
    const dir = findCslDir({ resourcesPath: app.resources, moduleDir: distMain }, app.isRealFile);
    expect(dir, `no CSL styles under ${app.resources} (extraResources)`).not.toBeNull();
    for (const rel of CSL_FILES) expect(fs.readFileSync(path.join(dir!, rel)).equals(fs.readFileSync(path.join(repoRoot, 'assets', 'csl', rel))), rel).toBe(true);
  });

  it('has the backend and job thread bundles next to the main bundle', () => {
    // CommonJS worker threads load from the asar (Electron initialises asar support in workers).
    for (const f of ['electron-main.js', 'backend-thread.js', 'job-thread.js']) expect(app.asarFiles.has(`dist/main/${f}`), f).toBe(true);
  });

  it('has the default codebook inside the backend thread code', () => {
    const main = app.readAsarText('dist/main/backend-thread.js');
    const ids = codeIds(defaultCodebook.codes as Array<{ id: string }>);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !main.includes(id))).toEqual([]);
  });

  it('starts the PDF extraction worker from a real file, and the worker finds pdf.js and its data', () => {
    const worker = packagedExtractWorker(distMain);
    expect(app.isRealFile(worker), worker).toBe(true);
    const requireFromWorker = createRequire(worker);
    const imports = externalPackages(fs.readFileSync(worker, 'utf8'));
    expect(imports).toContain('pdfjs-dist');
    for (const name of imports) {
      const pkg = requireFromWorker.resolve(`${name}/package.json`);
      expect(app.isRealFile(pkg), pkg).toBe(true);
    }
    const pdfjsDir = path.dirname(requireFromWorker.resolve('pdfjs-dist/package.json'));
    for (const rel of ['legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs', 'cmaps/78-H.bcmap', 'standard_fonts/FoxitFixed.pfb']) {
      expect(app.isRealFile(path.join(pdfjsDir, rel)), rel).toBe(true);
    }
    // The package ships pdf.js as installed, with Glossa's patch (patches/README.md).
    expect(fs.readFileSync(path.join(pdfjsDir, 'legacy/build/pdf.worker.mjs'), 'utf8')).toContain('Glossa patch (patches/README.md)');
  });

  it('finds the OCR language data and the OCR engine as real files', () => {
    const dataDir = findOcrDataDir({ resourcesPath: app.resources, moduleDir: distMain }, app.isRealFile);
    expect(dataDir, `no assets/ocr under ${app.resources} (extraResources)`).toBe(path.join(app.resources, 'assets', 'ocr'));
    for (const f of ['eng.traineddata', 'rus.traineddata']) {
      expect(fs.readFileSync(path.join(dataDir!, f)).equals(fs.readFileSync(path.join(repoRoot, 'assets', 'ocr', f))), f).toBe(true);
    }
    const modules = path.join(unpackedPath(app.asarPath), 'node_modules');
    const script = path.join(modules, 'tesseract.js', 'src', 'worker-script', 'node', 'index.js');
    expect(app.isRealFile(script), script).toBe(true);
    expect(app.isRealFile(path.join(modules, 'tesseract.js-core', 'tesseract-core-simd-lstm.wasm'))).toBe(true);
    const requireFromScript = createRequire(script);
    for (const name of ['regenerator-runtime/runtime', 'is-url', 'wasm-feature-detect', 'tesseract.js-core/tesseract-core-simd-lstm']) {
      expect(app.isRealFile(requireFromScript.resolve(name)), name).toBe(true);
    }
  });

  it('loads better-sqlite3 with its native binding unpacked', () => {
    const binding = path.join(unpackedPath(app.asarPath), 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(app.isRealFile(binding), binding).toBe(true);
  });

  it('serves the renderer with its pdf.js worker and data folders', () => {
    const html = app.readAsarText('dist/renderer/index.html');
    const refs = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(app.asarFiles.has(`dist/renderer/${ref}`), ref).toBe(true);
    const files = [...app.asarFiles.keys()];
    expect(files.some((f) => /^dist\/renderer\/assets\/pdf\.worker[^/]*\.mjs$/.test(f))).toBe(true);
    for (const dir of Object.values(PDFJS_ASSET_DIRS)) {
      expect(files.some((f) => f.startsWith(`dist/renderer/${dir}/`)), dir).toBe(true);
    }
    expect(app.asarFiles.has('dist/main/preload.js')).toBe(true);
  });

  it('keeps electron-builder\'s default runtime libraries in the deb package', () => {
    const effective = fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8');
    // `depends: []` replaced the default list (GTK, NSS, libnotify, xdg-utils…) with nothing.
    expect(effective).not.toMatch(/^deb:\s*\n(?:\s+.*\n)*?\s+depends:\s*\[\s*\]/m);
  });

  // A worktree sharing another checkout's node_modules through a symlink: electron-builder's
  // npm collector cannot see the dependency tree there and packs the direct dependencies only.
  const sharedModules = fs.lstatSync(path.join(repoRoot, 'node_modules')).isSymbolicLink();
  if (sharedModules) console.warn('skipped: node_modules is a symlink; electron-builder cannot collect dependencies through it');
  it.skipIf(sharedModules)('packs every package the main, backend and job bundles require, with its dependencies', () => {
    const bundles = ['electron-main.js', 'backend-thread.js', 'job-thread.js'].map((f) => app.readAsarText(`dist/main/${f}`));
    const names = [...new Set(bundles.flatMap((b) => externalPackages(b)))].sort();
    expect(names).toEqual(expect.arrayContaining(['better-sqlite3', 'pdfkit']));
    expect(missingDependencies(app, distMain, names)).toEqual([]);
  });
});
