// Locates the DejaVu Sans TrueType fonts that the PDF report embeds: pdfkit's 14 standard
// fonts have no Cyrillic, so Russian quotes need an embedded Unicode font. Five faces:
// regular and bold for the report, oblique, bold oblique and mono for Markdown comments and
// memos (*italic*, ***both***, `code`); pdfkit embeds only the faces a report uses. The fonts ship in
// assets/fonts/ (see ../assets/asset-dirs.ts for where that is in each way Glossa runs).
import { GlossaError } from '../../../shared/errors';
import { findAssetFiles, type AssetPlaces } from '../assets/asset-dirs';

export interface ReportFonts {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
  mono: string;
}

export const REPORT_FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf', 'DejaVuSansMono.ttf'];

/** Where the fonts are for the given places (the packaging test passes the packaged app's). */
export function locateReportFonts(places?: AssetPlaces, exists?: (file: string) => boolean): ReportFonts | null {
  const found = findAssetFiles('fonts', REPORT_FONT_FILES, places, exists);
  return found ? { regular: found[0], bold: found[1], italic: found[2], boldItalic: found[3], mono: found[4] } : null;
}

let cached: ReportFonts | null = null;

export function reportFonts(): ReportFonts {
  if (cached) return cached;
  const found = locateReportFonts();
  if (found) return (cached = found);
  throw new GlossaError('internal', 'The PDF export cannot find its font (assets/fonts/DejaVuSans.ttf).');
}
