// `glossa import-annotations <project> [--doc NAME]... [--map COLOUR=CODE]... [--dry-run]`:
// reads the highlights, underlines, strike-outs, squares and notes already inside the PDFs of
// documents in the project as coded highlights (colours through the exact-palette table; the
// table is printed, --dry-run prints it only). `--from FILE.jsonld --doc NAME` imports W3C Web
// Annotations (a Hypothesis export, Glossa's JSON-LD) into one document instead. Re-running
// adds nothing twice. Progress per page goes to stderr.
import fs from 'node:fs';
import { importPdfAnnotations, scanPdfAnnotations } from '../../core/annotation-import/pdf-annotation-import';
import { importW3cAnnotations } from '../../core/annotation-import/w3c-import';
import { storedPdfLayout } from '../../core/coding/reanchor';
import { listCodes } from '../../db/repositories/codes';
import { listDocuments } from '../../db/repositories/documents';
import { parseCommandArgs, UsageError, type CliCommand } from '../command-registry';
import { withProject } from '../project-session';
import { colourMapOf, describeRow, findDocument } from './annotation-sources';
import { cliCoder } from './coding-common';

export const importAnnotationsCommand: CliCommand = {
  name: 'import-annotations',
  summary: "import the annotations inside documents' PDFs, or a W3C JSON-LD file, as highlights",
  usage: 'import-annotations <project.glossa> [--doc NAME]... [--map COLOUR=CODE|new:NAME|none]... [--dry-run]\n' + '         import-annotations <project.glossa> --from FILE.jsonld --doc NAME',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { doc: { type: 'string', multiple: true }, map: { type: 'string', multiple: true }, from: { type: 'string' }, 'dry-run': { type: 'boolean' } },
      { min: 1, max: 1, names: '<project>' },
    );
    const coder = cliCoder();
    return withProject(positionals[0], async (h) => {
        const all = listDocuments(h.db);
        if (values.from) {
          if (values.doc?.length !== 1) throw new UsageError('--from needs exactly one --doc NAME');
          const doc = findDocument(all, values.doc[0]);
          const json = fs.readFileSync(values.from, 'utf8');
          const r = await importW3cAnnotations(h.db, coder, doc.id, json, storedPdfLayout(h.db, doc.id));
          io.out(`${doc.title || doc.fileName}: ${r.added} added, ${r.skipped} already there, ${r.orphans} not found in the text (orphans), ${r.unusable} without a text quote`);
          return 0;
        }
        const docs = values.doc?.length ? values.doc.map((q) => findDocument(all, q)) : all;
        for (const doc of docs) {
          const label = doc.title || doc.fileName;
          const tick = (done: number, total: number) => {
            if (io.stderrTty) io.err(`\r${label}: page ${done}/${total}`);
          };
          const scan = await scanPdfAnnotations(h.db, doc.id, tick);
          if (io.stderrTty) io.err('\r');
          if (scan.total === 0) {
            io.out(`${label}: no annotations in the PDF`);
            continue;
          }
          const codes = listCodes(h.db);
          const map = colourMapOf(scan.colours, codes, values.map ?? []);
          io.out(`${label}: ${scan.total} annotations (${scan.alreadyImported} imported before)`);
          for (const c of scan.colours) {
            const row = map.find((r) => r.color === c.color) ?? { color: c.color, action: 'none' as const };
            const known = c.palette ? `${c.palette} ${c.paletteName}` : 'unknown colour';
            io.out(`  ${c.color ?? '(none)'}  ${String(c.count).padStart(5)}  ${known.padEnd(16)} -> ${describeRow(row, codes)}`);
          }
          if (values['dry-run']) continue;
          const r = await importPdfAnnotations(h.db, coder, doc.id, map, tick);
          if (io.stderrTty) io.err('\r');
          io.out(`  ${r.added} added, ${r.skipped} already there${r.areas ? `, ${r.areas} over no text (area highlights)` : ''}`);
        }
        return 0;
      });
  },
};
