// Type of Vite's `?url` import of the pdf.js worker (the URL of the emitted worker file).
// Declared for this one specifier so it cannot clash with a general `*?url` declaration.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
