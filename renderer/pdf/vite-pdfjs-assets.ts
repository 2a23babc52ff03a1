// Vite plugin that makes pdf.js's data folders (CMaps, standard fonts, wasm decoders, ICC
// profiles) part of the renderer build: served from node_modules by the dev server and
// copied into dist/renderer/pdfjs/ by `vite build`. The CSP allows only 'self', so these
// cannot come from a CDN; ~3.5 MB in all, each file fetched by pdf.js only when a PDF needs it.
// Runs in Node (imported by renderer/vite.config.ts), never bundled into the renderer.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { PDFJS_ASSET_DIRS, PDFJS_SOURCE_DIRS } from './pdfjs-asset-dirs';

const MIME: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.icc': 'application/vnd.iccprofile',
};

function pdfjsRoot(): string {
  // The config bundle keeps __dirname per file (renderer/pdf), so this resolves from the
  // repository's node_modules whatever the working directory.
  const candidates = [path.resolve(__dirname, '..', '..', 'node_modules', 'pdfjs-dist'), path.resolve('node_modules', 'pdfjs-dist')];
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'package.json')));
  if (!found) throw new Error('vite-pdfjs-assets: pdfjs-dist not found in node_modules');
  return found;
}

/** Every (build path, source file) pair to copy, e.g. pdfjs/cmaps/UniGB-UCS2-H.bcmap. */
export function pdfjsAssetFiles(root = pdfjsRoot()): { fileName: string; source: string }[] {
  const out: { fileName: string; source: string }[] = [];
  for (const key of Object.keys(PDFJS_ASSET_DIRS) as (keyof typeof PDFJS_ASSET_DIRS)[]) {
    const srcDir = path.join(root, PDFJS_SOURCE_DIRS[key]);
    if (!fs.existsSync(srcDir)) continue;
    for (const name of fs.readdirSync(srcDir)) {
      const source = path.join(srcDir, name);
      if (fs.statSync(source).isFile()) out.push({ fileName: `${PDFJS_ASSET_DIRS[key]}/${name}`, source });
    }
  }
  return out;
}

export function pdfjsAssets(): Plugin {
  let files: Map<string, string> | null = null;
  const table = () => (files ??= new Map(pdfjsAssetFiles().map((f) => [f.fileName, f.source])));
  return {
    name: 'glossa-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0];
        const rel = decodeURIComponent(url).replace(/^\/+/, '');
        const source = rel.startsWith('pdfjs/') ? table().get(rel) : undefined;
        if (!source) return next();
        res.setHeader('Content-Type', MIME[path.extname(source)] ?? 'application/octet-stream');
        fs.createReadStream(source).pipe(res);
      });
    },
    generateBundle() {
      for (const [fileName, source] of table()) {
        this.emitFile({ type: 'asset', fileName, source: fs.readFileSync(source) });
      }
    },
  };
}
