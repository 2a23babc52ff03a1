// The pdf.js data folders the reader needs under the strict CSP must be part of the build.
import { describe, expect, it } from 'vitest';
import { PDFJS_ASSET_DIRS } from '../../../../renderer/pdf/pdfjs-asset-dirs';
import { pdfjsAssetFiles } from '../../../../renderer/pdf/vite-pdfjs-assets';

describe('pdfjsAssetFiles', () => {
  const names = pdfjsAssetFiles().map((f) => f.fileName);

  it('copies the wasm decoders, CMaps, standard fonts and ICC profiles', () => {
    expect(names).toContain(`${PDFJS_ASSET_DIRS.wasm}/openjpeg.wasm`);
    expect(names).toContain(`${PDFJS_ASSET_DIRS.wasm}/jbig2.wasm`);
    expect(names).toContain(`${PDFJS_ASSET_DIRS.cmaps}/UniGB-UCS2-H.bcmap`);
    expect(names).toContain(`${PDFJS_ASSET_DIRS.standardFonts}/FoxitSerif.pfb`);
    expect(names.some((n) => n.startsWith(`${PDFJS_ASSET_DIRS.iccs}/`))).toBe(true);
    expect(names.filter((n) => n.startsWith(`${PDFJS_ASSET_DIRS.cmaps}/`)).length).toBeGreaterThan(150);
  });

  it('emits only plain relative paths under pdfjs/', () => {
    for (const n of names) expect(n).toMatch(/^pdfjs\/[a-z_]+\/[^/]+$/);
  });
});
