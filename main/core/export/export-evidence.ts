// Entry point of the evidence exports: from an EvidenceBundle (built by the evidence query) or
// an EvidenceSource (rows read from the project as the writer goes, export-input.ts) to the
// bytes of one file, dispatching to one writer module per format. No file system writes: the
// caller (handler, CLI) decides where the bytes go. A Pandoc Markdown export is two files: the
// report and its bibliography (exportEvidenceFiles), which the caller writes beside the report
// under the same base name (companionFileName).
import type { EvidenceRow, ExportFormat, ExportOptions } from '../../../shared/domain/evidence';
import { GlossaError } from '../../../shared/errors';
import { writeCsv } from './csv-export';
import { writeDocxReport } from './docx-report';
import { pdfBytesOf, type ExportInput } from './export-input';
import { RegionImages } from '../../pdf/region-images';
import { sharedExtractPool } from '../../pdf/extract-pool';
import { ExportProgress, type ExportRunOptions } from './export-progress';
import { writeHtmlReport } from './html-report';
import { writeJsonLd } from './jsonld-export';
import { writeMarkdownReport } from './markdown-report';
import { BIBLIOGRAPHY_EXTENSION } from './pandoc/pandoc-bibliography';
import { preparePandocExport } from './pandoc/pandoc-markdown';
import { citationChoiceOf } from '../citation/export-citations';
import { writePdfReport } from './pdf-report';
import { buildReportModel } from './report-model';
import { citationEngineFor, citedDocuments } from '../citation/export-citations';
import { writeXlsx } from './xlsx-export';


/** File name extension and MIME type per format, for save dialogs and the HTTP bridge. */
export const EXPORT_FILE_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  html: { extension: 'html', mime: 'text/html; charset=utf-8' },
  md: { extension: 'md', mime: 'text/markdown; charset=utf-8' },
  pdf: { extension: 'pdf', mime: 'application/pdf' },
  csv: { extension: 'csv', mime: 'text/csv; charset=utf-8' },
  xlsx: { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  jsonld: { extension: 'jsonld', mime: 'application/ld+json' },
};

/** An export's files: the report, and for a Pandoc Markdown export its bibliography. */
export interface ExportFiles {
  bytes: Uint8Array;
  companion: { fileName: string; bytes: Uint8Array } | null;
}

/** Whether these options make a second file (a Pandoc export's bibliography). */
export const hasCompanion = (options: Pick<ExportOptions, 'format' | 'pandoc'>): boolean => options.format === 'md' && !!options.pandoc;

/** The bibliography's name beside a report: "report.md" -> "report.json" (or "report.bib"). */
export function companionFileName(reportName: string, options: Pick<ExportOptions, 'bibliography'>): string {
  const base = reportName.replace(/\.md$/i, '') || 'references';
  return `${base}.${BIBLIOGRAPHY_EXTENSION[options.bibliography ?? 'csl-json']}`;
}

export async function exportEvidence(bundle: ExportInput, options: ExportOptions, opts: ExportRunOptions = {}): Promise<Uint8Array> {
  return (await exportEvidenceFiles(bundle, options, opts)).bytes;
}

export async function exportEvidenceFiles(
  bundle: ExportInput,
  options: ExportOptions,
  opts: ExportRunOptions = {},
): Promise<ExportFiles> {
  const progress = new ExportProgress(opts);
  progress.check();
  progress.report(0);
  // Spreadsheets cite each row as it streams. The cited documents are registered first, in one
  // pass over the rows: citeproc re-runs disambiguation over every item at each registration,
  // so registering 2,000 documents one at a time as rows arrive took minutes (at once: ~5 s).
  const cite = () => {
    const engine = citationEngineFor(options, citedDocuments(bundle.rows));
    return (row: EvidenceRow) => engine.cite(row).text;
  };
  let bytes: Uint8Array;
  // Area highlights' images, drawn ahead on the extraction pool's workers as the report writers go.
  const images = new RegionImages(pdfBytesOf(bundle), sharedExtractPool());
  const report = () => buildReportModel(bundle, options, images);
  let companion: ExportFiles['companion'] = null;
  try {
    switch (options.format) {
      case 'csv':
        bytes = await writeCsv(bundle, progress, cite());
        break;
      case 'xlsx':
        bytes = await writeXlsx(bundle, progress, cite());
        break;
      case 'jsonld':
        // JSON-LD needs every passage with its page box at hand: a source is read in full here.
        bytes = await writeJsonLd('rowCount' in bundle ? { ...bundle, rows: [...bundle.rows] } : bundle, progress, options);
        break;
      case 'docx':
        bytes = await writeDocxReport(report(), progress);
        break;
      case 'html':
        bytes = await writeHtmlReport(report(), progress);
        break;
      case 'md': {
        if (!options.pandoc) {
          bytes = await writeMarkdownReport(report(), progress);
          break;
        }
        const fileName = options.bibliographyFile ?? companionFileName('references.md', options);
        const pandoc = preparePandocExport(bundle.rows, { language: options.language === 'ru' ? 'ru' : 'en', ...citationChoiceOf(options), format: options.bibliography ?? 'csl-json', fileName });
        bytes = await writeMarkdownReport(report(), progress, pandoc.markdown);
        companion = { fileName, bytes: new TextEncoder().encode(pandoc.bibliography) };
        break;
      }
      case 'pdf':
        bytes = await writePdfReport(report(), progress);
        break;
      default: {
        const unknown: never = options.format;
        throw new GlossaError('api.badInput', `Unknown export format: ${String(unknown)}`);
      }
    }
  } finally {
    await images.close();
  }
  progress.report(1);
  return { bytes, companion };
}
