// `npm run build:main`: bundles the Node/Electron side into dist/main/. Native and ESM-only
// packages stay external (better-sqlite3 loads a .node binding; pdfjs-dist is loaded by the
// extraction worker as ESM). The sandboxed preload may import nothing but 'electron'.
// Usage: tsx esbuild.config.ts [--watch] [--quiet]. The status line goes to stderr (--quiet: none),
// so a build chained before the CLI never mixes into the CLI's stdout.
import path from 'node:path';
import { build, context, type BuildOptions } from 'esbuild';

const root = __dirname;
const out = path.join(root, 'dist', 'main');
const watch = process.argv.includes('--watch');
const quiet = process.argv.includes('--quiet');

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Keeps stack traces readable; the bundles are small next to Electron itself.
  minify: false,
  // pdfkit stays external too: its Node ESM build reads its AFM/ICC data files relative to
  // import.meta.url, which a CJS bundle does not have (the PDF evidence export needs it).
  // tesseract.js starts its worker script from its own package folder, and @napi-rs/canvas
  // (pdf.js's Node canvas, used to render scans for OCR) loads a native binding: both external.
  external: ['better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*', 'electron', 'pdfkit', 'tesseract.js', '@napi-rs/canvas'],
  // import.meta.url appears in ESM-or-CJS helpers guarded by typeof __dirname checks.
  logOverride: { 'empty-import-meta': 'silent' },
};

const builds: BuildOptions[] = [
  { ...common, entryPoints: { 'electron-main': 'main/electron/main.ts' }, format: 'cjs', outdir: out },
  // Sandboxed preload: only 'electron' may be required at run time; everything else is inlined.
  { ...common, entryPoints: { preload: 'main/electron/preload.ts' }, format: 'cjs', outdir: out, external: ['electron'] },
  { ...common, entryPoints: { cli: 'main/cli/cli.ts' }, format: 'cjs', outdir: out },
  { ...common, entryPoints: { 'web-host': 'main/http/web-host.ts' }, format: 'cjs', outdir: out },
  // The backend's own thread under Electron's main process and the web host (main/core/threads).
  { ...common, entryPoints: { 'backend-thread': 'main/core/threads/backend-thread.ts' }, format: 'cjs', outdir: out },
  // Job threads: merges, agreement, REFI-QDA, re-anchoring, export writers (main/core/jobs).
  { ...common, entryPoints: { 'job-thread': 'main/core/jobs/job-thread.ts' }, format: 'cjs', outdir: out },
  // PDF text extraction worker thread (see main/pdf/worker-entry.ts: it looks for this name).
  { ...common, entryPoints: { 'extract-worker': 'main/pdf/extract-worker.ts' }, format: 'esm', outdir: out, outExtension: { '.js': '.mjs' } },
];

async function main(): Promise<void> {
  const started = Date.now();
  if (watch) {
    for (const options of builds) await (await context({ ...options, absWorkingDir: root })).watch();
    console.error('esbuild: watching main/ for changes');
    return;
  }
  await Promise.all(builds.map((options) => build({ ...options, absWorkingDir: root })));
  if (!quiet) console.error(`esbuild: dist/main built in ${Date.now() - started} ms`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
