// Annotations embedded in PDFs (issue 11 item 6): what a scan of a document finds, the colour
// table the user confirms, and what an import did. Plain data across the contract.

/** One colour found among a document's embedded annotations. */
export interface PdfColourSummary {
  /** #rrggbb, or null for annotations without a colour. */
  color: string | null;
  count: number;
  /** 'zotero' | 'acrobat' when the colour is exactly one of their palette colours. */
  palette: 'zotero' | 'acrobat' | null;
  /** The palette's colour name (yellow, red, …) when known. */
  paletteName: string | null;
}

export interface PdfAnnotationScan {
  documentId: string;
  /** Supported annotations found (highlight, underline, strike-out, square, note). */
  total: number;
  /** Of those, already imported earlier (re-running adds nothing twice). */
  alreadyImported: number;
  colours: PdfColourSummary[];
}

/** What highlights of one colour become: an existing code, a new code, or no code. */
export type ColourMapRow =
  | { color: string | null; action: 'code'; codeId: string }
  /** `lang`: the language the name is in (the interface's), so a new code gets it in the right slot; guessed from the script when absent. */
  | { color: string | null; action: 'new'; name: string; lang?: 'en' | 'ru' }
  | { color: string | null; action: 'none' };

export interface PdfAnnotationImportInput {
  documentId: string;
  colourMap: ColourMapRow[];
}

export interface PdfAnnotationImportResult {
  documentId: string;
  added: number;
  skipped: number;
  /** Text markup whose quads cover no text of the page: imported as area highlights. */
  areas: number;
}

export interface WebAnnotationImportResult {
  added: number;
  skipped: number;
  /** Added but not found in the text (listed as orphans). */
  orphans: number;
  /** Items without a text quote (page notes, web-page ranges only). */
  unusable: number;
}

export interface AnnotatedPdfFile {
  bytes: Uint8Array;
  fileName: string;
  /** PDF annotations written, one per highlight target. */
  written: number;
  /** Targets without rectangles yet, left out. */
  skipped: number;
}
