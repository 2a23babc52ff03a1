// Where the pdf.js data folders live in the renderer build, relative to index.html. Shared by
// the Vite plugin that copies them (vite-pdfjs-assets.ts, Node) and the adapter that points
// pdf.js at them (pdf-adapter.ts, browser); no imports so both sides can load it.

export const PDFJS_ASSET_DIRS = {
  /** Adobe CMaps for CJK and other predefined encodings (~1.7 MB, fetched only when needed). */
  cmaps: 'pdfjs/cmaps',
  /** The 14 standard fonts, used when a PDF references Helvetica/Times without embedding them. */
  standardFonts: 'pdfjs/standard_fonts',
  /** JPEG 2000 (OpenJPEG), JBIG2 and colour-management decoders compiled to WebAssembly. */
  wasm: 'pdfjs/wasm',
  /** ICC colour profiles for CMYK images. */
  iccs: 'pdfjs/iccs',
} as const;

/** Folder names inside the pdfjs-dist package for each build folder above. */
export const PDFJS_SOURCE_DIRS: Record<keyof typeof PDFJS_ASSET_DIRS, string> = {
  cmaps: 'cmaps',
  standardFonts: 'standard_fonts',
  wasm: 'wasm',
  iccs: 'iccs',
};
