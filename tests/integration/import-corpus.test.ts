// Every PDF of the pdf.js sample corpus (../shared/corpora/pdfjs-sample, read in place)
// into one project, with the outcome of each file PINNED in fixtures/pdfjs-sample-outcome.json:
// "imported: P pages, C characters" or "refused: <code>". A change in which files import, in
// their page count, in how much text pdf.js extracts (extraction broken on purpose fails
// here), or in why a file is refused, fails this test. Nothing may crash or hang; refused
// files leave no rows; the project passes integrity_check afterwards.
// A fresh clone has no ../shared: the test is then skipped with the reason printed.
// After a deliberate change (a pdf.js upgrade) rewrite the manifest with
// GLOSSA_WRITE_CORPUS_OUTCOME=1 npx vitest run tests/integration/import-corpus.test.ts
// and review the diff file by file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { importPdfs } from '../../main/core/documents/import-pdfs';
import { closeProject, createProject } from '../../main/core/project/project-file';
import { countPages, findDocumentBySha, getPageText, listDocuments } from '../../main/db/repositories/documents';
import { ExtractPool } from '../../main/pdf/extract-pool';
import { SAMPLE_CORPUS_DIR, sampleCorpusSkipReason } from '../helpers/sample-corpus';

const corpus = SAMPLE_CORPUS_DIR;
const manifestFile = path.join(__dirname, 'fixtures', 'pdfjs-sample-outcome.json');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-corpus-'));
// A 20 s no-progress limit: the corpus has no legitimately slow file, and a hang must
// show up as import.timeout well within the test's bound.
const pool = new ExtractPool({ timeoutMs: 20_000 });
afterAll(async () => {
  await pool.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it.skipIf(sampleCorpusSkipReason())('imports or refuses every PDF of the pdf.js sample corpus exactly as pinned', { timeout: 15 * 60_000 }, async () => {
  const names = fs.readdirSync(corpus).filter((n) => /\.pdf$/i.test(n)).sort();
  const project = createProject(path.join(dir, 'corpus.glossa'));
  try {
    const files = await importPdfs(project, [{ kind: 'path', path: corpus }], { pool, onProgress: () => undefined });
    expect(files.map((f) => f.name).sort()).toEqual(names);

    const outcome: Record<string, string> = {};
    for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
      if (f.state === 'done') {
        let chars = 0;
        for (let i = 0; i < f.pageCount; i++) chars += getPageText(project.db, f.documentId!, i).length;
        outcome[f.name] = `imported: ${f.pageCount} pages, ${chars} characters`;
      } else {
        outcome[f.name] = `${f.state === 'duplicate' ? 'duplicate' : 'refused'}: ${f.errorCode}`;
        expect(f.message, f.name).toContain(f.name);
      }
    }
    if (process.env.GLOSSA_WRITE_CORPUS_OUTCOME === '1') fs.writeFileSync(manifestFile, JSON.stringify(outcome, null, 1) + '\n');
    const pinned = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, string>;
    expect(outcome).toEqual(pinned);

    // A refused file left nothing behind (a duplicate's sha belongs to its first copy).
    for (const f of files.filter((x) => x.state === 'failed')) {
      const sha = createHash('sha256').update(fs.readFileSync(path.join(corpus, f.name))).digest('hex');
      expect(findDocumentBySha(project.db, sha), f.name).toBeNull();
    }
    const imported = files.filter((f) => f.state === 'done');
    expect(listDocuments(project.db).length).toBe(imported.length);
    expect(countPages(project.db)).toBe(imported.reduce((n, f) => n + f.pageCount, 0));
    const n = (sql: string) => (project.db.prepare(sql).get() as { n: number }).n;
    expect(n('SELECT count(*) AS n FROM document_files')).toBe(imported.length);
    expect(n('SELECT count(*) AS n FROM pages_fts')).toBe(countPages(project.db));
    expect(project.db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    closeProject(project);
  }
});
