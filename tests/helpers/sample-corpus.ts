// Where the pdf.js sample corpus lives: ../shared/corpora/pdfjs-sample beside the repository,
// which CI lays out but a fresh clone does not have. Tests that read it skip, saying why, when
// it is absent; `.ci/run` sets GLOSSA_REQUIRE_CORPUS=1 when it is present, and then a missing
// corpus is an error instead of a silent skip.
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

/** GLOSSA_SHARED_DIR points elsewhere (a git worktree has its own parent folder). */
export const SHARED_DIR = process.env.GLOSSA_SHARED_DIR ?? path.resolve(repoRoot, '..', 'shared');
export const SAMPLE_CORPUS_DIR = path.join(SHARED_DIR, 'corpora', 'pdfjs-sample');

/** Why a test that needs the corpus cannot run here, or null when it can. Logs the reason once. */
export function sampleCorpusSkipReason(file?: string): string | null {
  const wanted = file ? path.join(SAMPLE_CORPUS_DIR, file) : SAMPLE_CORPUS_DIR;
  if (fs.existsSync(wanted)) return null;
  const reason = `skipped: the pdf.js sample corpus is not at ${wanted} (a shared/ folder beside the repository; CI has one)`;
  if (process.env.GLOSSA_REQUIRE_CORPUS === '1') throw new Error(`GLOSSA_REQUIRE_CORPUS=1 but ${reason.slice('skipped: '.length)}`);
  console.warn(reason);
  return reason;
}
