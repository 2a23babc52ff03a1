// `glossa import <project> <pdf-or-folder>...`: imports PDFs (folders recursively) with the
// same pipeline as the app. Progress goes to stderr (a live line on a terminal, one line per
// finished file otherwise); one result line per file on stdout; exit 1 if any file failed.
// Ctrl+C cancels: the file being imported is rolled back, finished ones stay.
import type { ImportFileStatus, ImportProgress } from '../../../shared/domain/import';
import { importPdfs } from '../../core/documents/import-pdfs';
import { parseCommandArgs, type CliCommand, type CliIo } from '../command-registry';
import { withProject } from '../project-session';

function progressLine(p: ImportProgress): string {
  const finished = p.files.filter((f) => !['queued', 'parsing', 'recognising', 'saving'].includes(f.state)).length;
  const active = p.files.find((f) => f.state === 'parsing' || f.state === 'recognising' || f.state === 'saving');
  const pct = Math.floor(p.overall * 100).toString().padStart(3);
  const detail = !active
    ? ''
    : active.state === 'recognising'
      ? ` — ${active.name}: OCR ${active.ocrPagesDone ?? 0}/${active.ocrPageCount ?? '?'} scanned pages`
      : ` — ${active.name}: ${active.pagesDone}/${active.pageCount || '?'} pages`;
  return `[${pct}%] ${finished}/${p.files.length} files${detail}`;
}

export function resultLine(f: ImportFileStatus): string {
  switch (f.state) {
    case 'done':
      return `imported   ${f.name} (${f.pageCount} page${f.pageCount === 1 ? '' : 's'}${ocrNote(f)})`;
    case 'duplicate':
      return `duplicate  ${f.name}: ${f.message ?? 'already in this project'}`;
    case 'cancelled':
      return `cancelled  ${f.name}`;
    default:
      return `FAILED     ${f.name}: ${f.message ?? f.errorCode ?? 'unknown error'}`;
  }
}

function ocrNote(f: ImportFileStatus): string {
  const read = f.ocrPageCount ? `; ${f.ocrPageCount - (f.ocrSkipped ?? 0)} read by OCR` : '';
  if (!f.ocrSkipped) return read;
  return `${read}, ${f.ocrSkipped} left without text (${f.ocrErrorCode ? `OCR failed: ${f.ocrMessage ?? f.ocrErrorCode}` : 'cancelled'})`;
}

function progressPrinter(io: CliIo) {
  const reported = new Set<string>();
  let lastLen = 0;
  return {
    update(p: ImportProgress) {
      if (io.stderrTty) {
        const line = progressLine(p);
        io.err(`\r${line}${' '.repeat(Math.max(0, lastLen - line.length))}`);
        lastLen = line.length;
        return;
      }
      // Piped stderr: one line per file as it settles, keyed by position (names may repeat).
      p.files.forEach((f, i) => {
        const key = `${i}:${f.state}`;
        if (['done', 'duplicate', 'failed', 'cancelled'].includes(f.state) && !reported.has(key)) {
          reported.add(key);
          io.err(`[${Math.floor(p.overall * 100)}%] ${f.state}: ${f.name}\n`);
        }
      });
    },
    end() {
      if (io.stderrTty && lastLen > 0) io.err('\n');
    },
  };
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import PDF files (folders are searched for *.pdf recursively)',
  usage: 'import <project.glossa> <pdf-or-folder>...',
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {}, { min: 2, names: '<project> and at least one PDF or folder' });
    const [project, ...paths] = positionals;
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    const printer = progressPrinter(io);
    try {
      const files = await withProject(project, async (handle) => {
        const results = await importPdfs(
          handle,
          paths.map((p) => ({ kind: 'path' as const, path: p })),
          { onProgress: (p) => printer.update(p), signal: controller.signal },
        );
        // Printed before the project is closed: a close that fails (disk full while folding
        // the WAL back) must not swallow what happened to each file.
        printer.end();
        for (const f of results) io.out(resultLine(f));
        return results;
      });
      const failed = files.filter((f) => f.state === 'failed').length;
      const done = files.filter((f) => f.state === 'done').length;
      const dup = files.filter((f) => f.state === 'duplicate').length;
      io.err(`${done} imported, ${dup} already in the project, ${failed} failed\n`);
      if (files.length === 0) {
        io.err('No PDF files found in the given paths.\n');
        return 1;
      }
      return failed > 0 || controller.signal.aborted ? 1 : 0;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};
