// Merge and agreement benchmark (issue 12: each <= 3 s): two real project files that share 20
// documents of 10 pages and the default codebook, each with 10,000 codings of its own coder
// (A: Alice, B: Boris, who started from A's copy as after "Send"). B is merged into a fresh
// copy of A (merge.tenThousandMs, backup included as the app does it); the agreement (kappa,
// alpha) of Alice and Boris is then computed on the merged project (agreement.tenThousandMs).
// The two source files are generated once and cached under $GLOSSA_BENCH_CACHE (or
// os.tmpdir()/glossa-bench-cache), keyed by GENERATOR_VERSION.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Coder } from '../../shared/domain/code';
import { loadAgreement } from '../../main/core/agreement/load-agreement';
import { createAnnotation } from '../../main/core/coding/annotations';
import { closeProject, createProject, openProject } from '../../main/core/project/project-file';
import { mergeProject } from '../../main/core/share/merge';
import { listCodes } from '../../main/db/repositories/codes';
import { addDocument } from '../helpers/temp-project';

const GENERATOR_VERSION = 'merge-v1';
const CODINGS = 10_000;
const DOCS = 20;
const PAGES = 10;
export const ALICE: Coder = { id: '00000000-0000-4000-8000-00000000000a', name: 'Alice', color: '#e15759' };
export const BORIS: Coder = { id: '00000000-0000-4000-8000-00000000000b', name: 'Boris', color: '#4e79a7' };

export const MERGE_NOTES: Record<string, string> = {
  'merge.tenThousandMs': 'B (10,000 codings) into A (10,000), backup included',
  'agreement.tenThousandMs': 'kappa + alpha, Alice vs Boris, 20,000 codings',
};

function pageText(d: number, p: number): string {
  return Array.from({ length: 40 }, (_, s) => `Sentence ${s} of page ${p} in report ${d} on EU capacity building against trafficking.`).join(' ');
}

function addCodings(file: string, coder: Coder, seed: number): void {
  const h = openProject(file);
  try {
    const codes = listCodes(h.db).map((c) => c.id);
    const docs = h.db.prepare('SELECT id FROM documents ORDER BY id').all() as Array<{ id: string }>;
    const pageOf = h.db.prepare('SELECT text FROM pages WHERE document_id = ? AND page_index = ?');
    h.db.transaction(() => {
      for (let i = 0; i < CODINGS; i++) {
        const doc = docs[(i + seed) % docs.length].id;
        const page = (i * 7 + seed) % PAGES;
        const text = (pageOf.get(doc, page) as { text: string }).text;
        const start = ((i * 31 + seed) % 30) * 80;
        const exact = text.slice(start, start + 60);
        createAnnotation(h.db, coder, {
          documentId: doc,
          kind: 'text',
          targets: [{ pageIndex: page, rects: [], quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + 60 } }],
          color: null,
          comment: '',
          codeIds: [codes[(i + seed) % codes.length]],
        });
      }
    })();
  } finally {
    closeProject(h);
  }
}

/** The cached pair of projects, generated on first use. */
export async function mergePair(): Promise<{ a: string; b: string }> {
  const dir = path.join(process.env.GLOSSA_BENCH_CACHE || path.join(os.tmpdir(), 'glossa-bench-cache'), GENERATOR_VERSION);
  const a = path.join(dir, 'a.glossa');
  const b = path.join(dir, 'b.glossa');
  if (fs.existsSync(path.join(dir, 'done'))) return { a, b };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const h = createProject(a);
  for (let d = 0; d < DOCS; d++) addDocument(h.db, Array.from({ length: PAGES }, (_, p) => pageText(d, p)), { title: `Report ${d}`, fileName: `r${d}.pdf` });
  await h.db.backup(b); // B starts as A's copy: same documents and codebook, as after "Send"
  closeProject(h);
  addCodings(a, ALICE, 0);
  addCodings(b, BORIS, 3);
  fs.writeFileSync(path.join(dir, 'done'), GENERATOR_VERSION);
  return { a, b };
}

export async function benchMerge(): Promise<Record<string, number | string>> {
  const { a, b } = await mergePair();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bench-merge-'));
  try {
    const target = path.join(dir, 'a.glossa');
    fs.copyFileSync(a, target);
    const into = openProject(target);
    try {
      const cpuMs = (since: NodeJS.CpuUsage) => {
        const c = process.cpuUsage(since);
        return Math.round((c.user + c.system) / 1000);
      };
      const started = performance.now();
      const mergeCpu = process.cpuUsage();
      const summary = await mergeProject(into, b, { coder: ALICE });
      const mergeMs = performance.now() - started;
      const mergeCpuMs = cpuMs(mergeCpu);
      const agreementStart = performance.now();
      const agreementCpu = process.cpuUsage();
      const report = loadAgreement(into.db, { coderIds: [ALICE.id, BORIS.id] });
      const agreementMs = performance.now() - agreementStart;
      const agreementCpuMs = cpuMs(agreementCpu);
      return {
        'merge.tenThousandMs': Math.round(mergeMs),
        // CPU time stays comparable when other processes share the 2 cores.
        'merge.cpuMs': mergeCpuMs,
        'merge.added': JSON.stringify(summary.added),
        'agreement.tenThousandMs': Math.round(agreementMs),
        'agreement.cpuMs': agreementCpuMs,
        'agreement.codes': report.codes.length,
      };
    } finally {
      closeProject(into);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  benchMerge().then((r) => console.table(r));
}
