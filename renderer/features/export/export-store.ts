// The export dialog's state and the one export job it runs. Electron asks for a path first
// (dialog.saveExport) and the backend writes the file; the web host has no native dialog, so
// the job keeps its bytes and the browser downloads them (export.result -> Blob link).
// Progress comes as 'export.progress' events; an event may arrive before export.start's reply
// (the SSE stream and the POST race), so events are kept by job id until the id is known.
// A Pandoc Markdown export is two files: the backend writes the bibliography beside the chosen
// path (same base name); the web host downloads it as a second file (export.result, part
// 'companion'). The done line names both.
import type { CitationChoice, CitationLocale, CitationStyleId } from '../../../shared/csl/citation-styles';
import { currentCitationChoice, saveCitationChoice } from '../citation/citation-choice';
import { api, onEvent } from '../../api';
import type { ExportFormat, ExportJobProgress } from '../../../shared/domain/evidence';
import { errorMessage, getLocale, type Locale } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { cleanEvidenceFilter } from '../evidence/evidence-logic';
import { evidenceStore } from '../evidence/evidence-store';
import { downloadBytes, mimeOf } from './download-file';

export type ExportScope = 'selection' | 'project';

interface ExportState {
  open: boolean;
  format: ExportFormat;
  scope: ExportScope;
  includeMemos: boolean;
  /** The Memos section: memos linked to the report's codes and documents, or every memo. */
  memoScope: 'linked' | 'all';
  includeTables: boolean;
  /** The report's title; '' = the project's. */
  title: string;
  fullCodebook: boolean;
  /** Language of the report; null = the UI's. */
  language: Locale | null;
  /** Markdown: Pandoc citations and a bibliography file beside the report. */
  pandoc: boolean;
  bibliography: 'csl-json' | 'bibtex';
  /** Citation style and locale picked in this dialog; null = the saved choice (citation-choice.ts)
   *  or, for the locale, the report's language. */
  style: CitationStyleId | null;
  citationLocale: CitationLocale | null;
  jobId: string | null;
  running: boolean;
  fraction: number;
  /** Finished: where it went (a path, or the downloaded file name), and its bibliography's. */
  done: { where: string; rows: number; companion: string | null } | null;
  error: string | null;
}

export const exportStore = new Store<ExportState>({
  open: false, format: 'docx', scope: 'selection', includeMemos: false, memoScope: 'linked', includeTables: false, title: '', fullCodebook: false, language: null,
  pandoc: false, bibliography: 'csl-json', style: null, citationLocale: null, jobId: null, running: false, fraction: 0, done: null, error: null,
});

const early = new Map<string, ExportJobProgress>();

export function openExportDialog(): void {
  exportStore.set({ open: true, done: null, error: null, fraction: 0 });
  prepareExport();
}

/** What the export thread readies while the dialog is open: the citation engine of its choice. */
function prepareExport(): void {
  const s = exportStore.getSnapshot();
  // A head start only: a failure shows nowhere, the export itself reports what is wrong.
  void api['export.prepare']({ options: { language: s.language ?? getLocale(), ...exportCitation(s) } }).catch(() => undefined);
}

export function closeExportDialog(): void {
  const s = exportStore.getSnapshot();
  if (s.running && s.jobId) void api['export.cancel']({ jobId: s.jobId });
  exportStore.set({ open: false });
}

/** The style and locale an export will cite with. */
export function exportCitation(s: Pick<ExportState, 'style' | 'citationLocale' | 'language'>): CitationChoice {
  const reportLanguage: CitationLocale = (s.language ?? getLocale()) === 'ru' ? 'ru' : 'en';
  const saved = currentCitationChoice(reportLanguage);
  return { style: s.style ?? saved.style, locale: s.citationLocale ?? saved.locale };
}

export function setExportOptions(patch: Partial<Pick<ExportState, 'format' | 'scope' | 'includeMemos' | 'memoScope' | 'includeTables' | 'title' | 'fullCodebook' | 'language' | 'style' | 'citationLocale' | 'pandoc' | 'bibliography'>>): void {
  exportStore.set({ ...patch, done: null, error: null });
  if ('style' in patch || 'citationLocale' in patch || 'language' in patch) prepareExport();
}

async function onProgress(p: ExportJobProgress): Promise<void> {
  const s = exportStore.getSnapshot();
  if (p.jobId !== s.jobId) {
    early.set(p.jobId, p);
    return;
  }
  if (!p.finished) return exportStore.set({ fraction: p.fraction });
  if (p.error) {
    const cancelled = p.error.code === 'export.cancelled';
    exportStore.set({ running: false, jobId: null, fraction: 0, error: cancelled ? null : errorMessage(p.error) });
    return;
  }
  try {
    let where = p.path ?? '';
    let companion = p.companionPath ?? null;
    if (!p.path) {
      const bytes = await api['export.result']({ jobId: p.jobId });
      const fileName = p.fileName ?? `glossa-evidence.${p.format}`;
      downloadBytes(bytes, fileName, mimeOf(p.format));
      where = fileName;
      if (p.companionFileName) {
        const bib = await api['export.result']({ jobId: p.jobId, part: 'companion' });
        downloadBytes(bib, p.companionFileName, p.companionFileName.endsWith('.bib') ? 'application/x-bibtex' : 'application/json');
        companion = p.companionFileName;
      }
    }
    exportStore.set({ running: false, jobId: null, fraction: 1, done: { where, rows: p.rowCount ?? 0, companion } });
  } catch (err) {
    exportStore.set({ running: false, jobId: null, error: errorMessage(err) });
  }
}

export function subscribeExportEvents(): () => void {
  return onEvent('export.progress', (p) => void onProgress(p));
}

export async function startExport(): Promise<void> {
  const s = exportStore.getSnapshot();
  if (s.running) return;
  exportStore.set({ error: null, done: null, fraction: 0 });
  try {
    let path: string | undefined;
    const dialog = await api['dialog.saveExport']({ format: s.format });
    if (dialog.supported) {
      if (dialog.paths.length === 0) return; // the user cancelled the save dialog
      path = dialog.paths[0];
    }
    // The dialog's pick, else the saved choice, else the report language; remembered for next time.
    const citation = exportCitation(s);
    void saveCitationChoice({ style: citation.style, ...(s.citationLocale ? { locale: citation.locale } : {}) });
    const filter = s.scope === 'selection' ? cleanEvidenceFilter(evidenceStore.getSnapshot().filter) : undefined;
    exportStore.set({ running: true });
    const { jobId } = await api['export.start']({
      format: s.format,
      filter,
      path,
      options: {
        includeMemos: s.includeMemos,
        ...(s.includeMemos ? { memoScope: s.memoScope } : {}),
        includeTables: s.includeTables,
        language: s.language ?? getLocale(),
        fullCodebook: s.fullCodebook,
        ...citation,
        ...(s.title.trim() ? { title: s.title.trim() } : {}),
        ...(s.format === 'md' && s.pandoc ? { pandoc: true, bibliography: s.bibliography } : {}),
      },
    });
    exportStore.set({ jobId });
    const seen = early.get(jobId);
    early.clear();
    if (seen) await onProgress(seen);
  } catch (err) {
    exportStore.set({ running: false, jobId: null, error: errorMessage(err) });
  }
}

export function cancelExport(): void {
  const { jobId } = exportStore.getSnapshot();
  if (jobId) void api['export.cancel']({ jobId });
}
