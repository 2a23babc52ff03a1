// Every PDF of the pdf.js sample corpus (../shared/corpora/pdfjs-sample, read in place)
// into one project: each either imports or is refused with a message; nothing crashes or
// hangs; refused files leave no rows; the project passes integrity_check afterwards.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { importPdfs } from '../../main/core/documents/import-pdfs';
import { closeProject, createProject } from '../../main/core/project/project-file';
import { countPages, findDocumentBySha, listDocuments } from '../../main/db/repositories/documents';
import { ExtractPool } from '../../main/pdf/extract-pool';
import { sampleCorpusSkipReason } from '../helpers/sample-corpus';

const repoRoot = path.resolve(__dirname, '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpora', 'pdfjs-sample');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-corpus-'));
// A 20 s no-progress limit: the corpus has no legitimately slow file, and a hang must
// show up as import.timeout well within the test's bound.
const pool = new ExtractPool({ timeoutMs: 20_000 });
afterAll(async () => {
  await pool.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it.skipIf(sampleCorpusSkipReason())('imports or cleanly refuses every PDF in the pdf.js sample corpus', { timeout: 15 * 60_000 }, async () => {
  const names = fs.readdirSync(corpus).filter((n) => /\.pdf$/i.test(n)).sort();
  expect(names.length).toBeGreaterThan(0);
  const project = createProject(path.join(dir, 'corpus.glossa'));
  try {
    const started = Date.now();
    let events = 0;
    const files = await importPdfs(project, [{ kind: 'path', path: corpus }], { pool, onProgress: () => events++ });
    const seconds = (Date.now() - started) / 1000;

    expect(files.length).toBe(names.length);
    const byCode: Record<string, number> = {};
    for (const f of files) {
      expect(['done', 'failed', 'duplicate']).toContain(f.state);
      const key = f.state === 'done' ? 'imported' : f.errorCode!;
      byCode[key] = (byCode[key] ?? 0) + 1;
      if (f.state !== 'done') {
        expect(f.message, f.name).toBeTruthy();
        expect(f.message).toContain(f.name);
      }
    }
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

    console.log(
      `pdfjs-sample corpus: ${files.length} files in ${seconds.toFixed(1)} s (${events} progress events); ` +
        Object.entries(byCode).map(([k, v]) => `${k}: ${v}`).join(', '),
    );
    for (const f of files.filter((x) => x.state !== 'done')) console.log(`  refused ${f.name}: ${f.errorCode} — ${f.message}`);
  } finally {
    closeProject(project);
  }
});
