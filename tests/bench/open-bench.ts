// Opening a project: what the check every open runs (main/db/file-check.ts) costs on a
// 20-document, 2,000-page project with 5,000 highlights (~22 MB): a bare SQLite open as the
// floor, openProject (check + read-write open + pragmas) and the check's parts on a warm
// read-only connection (schema whitelist, quick_check, row check), and the check when a
// non-empty -wal makes it read a private copy. Medians of 7 runs (3 for the copy).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createAnnotation } from '../../main/core/coding/annotations';
import { closeProject, createProject, openProject } from '../../main/core/project/project-file';
import { checkProjectFile } from '../../main/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations/index';
import { assertRowsValid } from '../../main/db/row-check';
import { assertSchemaWhitelisted } from '../../main/db/schema-whitelist';
import { addDocument } from '../helpers/temp-project';

const DOCS = 20;
const PAGES = 100;
const HIGHLIGHTS = 5000;
const CODER = { id: '6f1c1f0e-1111-4aaa-8bbb-000000000001', name: 'Bench', color: '#e15759' };

function median(run: () => void, n = 7): number {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = process.hrtime.bigint();
    run();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  t.sort((a, b) => a - b);
  return Math.round(t[Math.floor(n / 2)] * 10) / 10;
}

function buildProject(file: string): void {
  const h = createProject(file, 'Open bench');
  const filler = 'Assessment of anti-trafficking cooperation between the OSCE and IOM in the region. '.repeat(30);
  const code = (h.db.prepare('SELECT id FROM codes LIMIT 1').get() as { id: string }).id;
  const pageText = (d: number, i: number) => `Doc ${d} page ${i}. ${filler}`;
  const docs = Array.from({ length: DOCS }, (_, d) =>
    addDocument(h.db, Array.from({ length: PAGES }, (_, i) => pageText(d, i)), { fileName: `d${d}.pdf` }, Buffer.alloc(200_000, d)).id,
  );
  const rects = Array.from({ length: 6 }, (_, k) => ({ x1: 10, y1: 700 - k * 12, x2: 500, y2: 712 - k * 12 }));
  h.db.transaction(() => {
    for (let i = 0; i < HIGHLIGHTS; i++) {
      // The quote must be at its position on the page (the handler checks it): the filler, past the page's heading.
      const text = pageText(i % DOCS, i % PAGES);
      const start = text.indexOf(filler);
      const end = start + 200;
      createAnnotation(h.db, CODER, {
        documentId: docs[i % DOCS], kind: 'text', color: null, comment: '', codeIds: [code],
        targets: [{ pageIndex: i % PAGES, rects, quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(0, start), suffix: text.slice(end, end + 32) }, position: { type: 'TextPositionSelector', start, end } }],
      });
    }
  })();
  closeProject(h);
}

export async function benchOpen(): Promise<Record<string, number | string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-open-bench-'));
  try {
    const file = path.join(dir, 'big.glossa');
    buildProject(file);
    const bare = () => {
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.prepare('SELECT count(*) FROM meta').get();
      db.close();
    };
    const ro = new Database(file, { readonly: true });
    const figures: Record<string, number | string> = {
      'open.fileMB': Math.round(fs.statSync(file).size / 1e5) / 10,
      'open.bareSqliteMs': median(bare),
      'open.openProjectMs': median(() => closeProject(openProject(file))),
      'open.checkMs': median(() => checkProjectFile(file)),
      'open.schemaWhitelistMs': median(() => assertSchemaWhitelisted(ro, LATEST_SCHEMA_VERSION)),
      'open.quickCheckMs': median(() => ro.pragma('quick_check')),
      'open.rowCheckMs': median(() => assertRowsValid(ro, LATEST_SCHEMA_VERSION)),
    };
    ro.close();
    // A pending commit in the -wal, as a project open elsewhere (or after a crash) has it.
    const writer = new Database(file);
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec("UPDATE meta SET value = 'pending' WHERE key = 'name'");
    const walFile = path.join(dir, 'wal', 'big.glossa');
    fs.mkdirSync(path.dirname(walFile));
    fs.copyFileSync(file, walFile);
    fs.copyFileSync(`${file}-wal`, `${walFile}-wal`);
    writer.close();
    figures['open.checkWithWalCopyMs'] = median(() => checkProjectFile(walFile), 3);
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
