// The user-facing GlossaError for each way a PDF can fail to import. Messages name the
// file and say what to do; pdf.js's own wording goes into params.detail for the curious.
import { GlossaError, type ErrorCode } from '../../shared/errors';

/** User-facing message per failure; `detail` (pdf.js's own words) goes into params only. */
export function pdfError(code: ErrorCode, fileName: string, detail = ''): GlossaError {
  const params = { file: fileName, detail };
  switch (code) {
    case 'import.encrypted':
      return new GlossaError(code, `"${fileName}" is password-protected; remove the password and import it again.`, params);
    case 'import.timeout':
      return new GlossaError(code, `"${fileName}" took too long to read (${detail}) and was skipped.`, params);
    case 'import.notPdf':
      return new GlossaError(code, `"${fileName}" is not a PDF file.`, params);
    case 'import.tooMuchMemory':
      return new GlossaError(code, `"${fileName}" needs more memory to read than Glossa allows (${detail}) and was skipped.`, params);
    case 'internal':
      // Glossa's own failure: say so, and never blame the file.
      return new GlossaError(code, `Glossa failed while reading "${fileName}": this is an error in Glossa, not in the PDF (${detail}). Please report it.`, params);
    case 'import.tooLarge':
      return new GlossaError(code, `"${fileName}" is too large to import (${detail}).`, params);
    default:
      return new GlossaError('import.broken', `"${fileName}" is damaged or not a valid PDF and could not be read${detail ? ` (${detail})` : ''}.`, params);
  }
}
