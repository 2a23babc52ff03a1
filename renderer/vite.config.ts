// Vite build of the renderer: root is renderer/, output dist/renderer with relative URLs
// ('./') so the same bundle loads under Electron's app:// protocol and the web host's http://.
// No React plugin: esbuild's automatic JSX runtime is enough (no Fast Refresh needed).
// CSP is strict (script-src 'self' 'wasm-unsafe-eval'), so nothing may be inlined as a script,
// and assets (the pdf.js worker imported with `?url`) must stay files, never data: URLs.
import { defineConfig } from 'vite';
import path from 'node:path';
import { pdfjsAssets } from './pdf/vite-pdfjs-assets';

const root = __dirname;

export default defineConfig({
  root,
  base: './',
  esbuild: { jsx: 'automatic' },
  publicDir: false,
  // pdf.js data folders (CMaps, standard fonts, wasm decoders) served and copied as files.
  plugins: [pdfjsAssets()],
  build: {
    outDir: path.resolve(root, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'es2022',
    // 0: never inline assets as data: URLs (a data: worker would break the CSP).
    assetsInlineLimit: 0,
    // The polyfill is not needed by Chromium 120+ (Electron 39, Playwright) and would add code.
    modulePreload: { polyfill: false },
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', strictPort: false },
});
