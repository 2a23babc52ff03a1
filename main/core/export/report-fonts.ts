// Locates the DejaVu Sans TrueType fonts that the PDF report embeds: pdfkit's 14 standard
// fonts have no Cyrillic, so Russian quotes need an embedded Unicode font. The fonts ship in
// assets/fonts/ (repo root in development, resources/ in the packaged app, or
// GLOSSA_ASSETS_DIR); we walk up from this module so tests, the CLI bundle and tsx all find them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { GlossaError } from '../../../shared/errors';

export interface ReportFonts {
  regular: string;
  bold: string;
}

function candidates(): string[] {
  const dirs: string[] = [];
  if (process.env.GLOSSA_ASSETS_DIR) dirs.push(path.join(process.env.GLOSSA_ASSETS_DIR, 'fonts'));
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) dirs.push(path.join(resources, 'assets', 'fonts'));
  // Seven levels cover main/core/export (source) and dist/main (bundle) below the repo root.
  const starts = [typeof __dirname === 'string' ? __dirname : '', process.cwd()].filter(Boolean);
  for (const start of starts) {
    let dir = start;
    for (let i = 0; i < 7; i++) {
      dirs.push(path.join(dir, 'assets', 'fonts'));
      dir = path.dirname(dir);
    }
  }
  return dirs;
}

let cached: ReportFonts | null = null;

export function reportFonts(): ReportFonts {
  if (cached) return cached;
  for (const dir of candidates()) {
    const regular = path.join(dir, 'DejaVuSans.ttf');
    const bold = path.join(dir, 'DejaVuSans-Bold.ttf');
    if (existsSync(regular) && existsSync(bold)) return (cached = { regular, bold });
  }
  throw new GlossaError('internal', 'The PDF export cannot find its font (assets/fonts/DejaVuSans.ttf).');
}
