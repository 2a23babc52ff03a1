// Our REFI-QDA export read by another tool's importer: QualCoder's (src/qualcoder/refi.py),
// run headless by tests/qualcoder/import-with-qualcoder.py. QualCoder is not vendored (LGPL);
// set QUALCODER_SRC to a checkout's src/ folder (and QUALCODER_PYTHON to a Python with PyQt6,
// default /usr/bin/python3) to run it; without them the test is skipped and says why.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { setMemo } from '../../../../../main/core/coding/memos';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { exportQdpx } from '../../../../../main/core/qdpx/qdpx-export';
import { insertDocument } from '../../../../../main/db/repositories/documents';
import { makeEnglishReport } from '../../../../fixtures/pdf-fixtures';
import { ALICE, BORIS } from '../coding/coding-fixture';

const SRC = process.env.QUALCODER_SRC ?? '';
const PYTHON = process.env.QUALCODER_PYTHON ?? '/usr/bin/python3';
const DRIVER = path.resolve(__dirname, '../../../../qualcoder/import-with-qualcoder.py');

function why(): string | null {
  if (!SRC) return 'QUALCODER_SRC is not set (a QualCoder checkout\'s src/ folder)';
  if (!fs.existsSync(path.join(SRC, 'qualcoder', 'refi.py'))) return `no qualcoder/refi.py under QUALCODER_SRC=${SRC}`;
  const qt = spawnSync(PYTHON, ['-c', 'import PyQt6.QtWidgets'], { encoding: 'utf8' });
  if (qt.status !== 0) return `${PYTHON} cannot import PyQt6 (Debian: apt-get install python3-pyqt6)`;
  return null;
}
const skip = why();
if (skip) console.warn(`QualCoder interoperability test skipped: ${skip}`);

const PAGES = ['Chapter 1 Trafficking in persons remains a serious crime 👍 everywhere.', 'Chapter 2 The national referral mechanism identified victims.', 'Chapter 3 Labour exploitation in agriculture.'];

interface QualCoderImport {
  sources: Array<{ id: number; name: string; memo: string | null; fulltext: string }>;
  codes: Array<{ cid: number; name: string; memo: string | null }>;
  codings: Array<{ code: string; seltext: string; pos0: number; pos1: number; owner: string; memo: string | null }>;
  areas: Array<{ code: string; pdf_page: number }>;
  annotations: Array<{ pos0: number; pos1: number; memo: string }>;
  attributes: Array<{ name: string; value: string; attr_type: string }>;
  journals: Array<{ name: string; jentry: string }>;
  coders: string[];
}

let dir: string;
let qc: QualCoderImport;
beforeAll(async () => {
  if (skip) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qualcoder-'));
  const pdf = await makeEnglishReport();
  const h = createProject(path.join(dir, 'src.glossa'), 'For QualCoder');
  const doc = insertDocument(h.db, { sha256: createHash('sha256').update(pdf).digest('hex'), fileName: 'report.pdf', title: 'Annual report', author: 'Office', organisation: 'osce', countries: ['moldova'], year: 2021, docType: '', language: 'en', pageCount: 3, byteSize: pdf.byteLength, pdfDate: null }, PAGES, pdf);
  const code = createCode(h.db, ALICE, { name: 'Trafficking', definition: 'Recruitment, transport, exploitation' }).result;
  const sub = createCode(h.db, ALICE, { name: 'Referral', parentId: code.id }).result;
  const q = (p: number, s: number, e: number) => ({ pageIndex: p, rects: [{ x1: 56, y1: 700, x2: 300, y2: 712 }], quote: { type: 'TextQuoteSelector' as const, exact: Array.from(PAGES[p]).slice(s, e).join(''), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: s, end: e } });
  createAnnotation(h.db, ALICE, { documentId: doc.id, kind: 'text', targets: [q(0, 60, 70)], color: null, comment: 'After the emoji', codeIds: [code.id] });
  createAnnotation(h.db, BORIS, { documentId: doc.id, kind: 'text', targets: [q(1, 10, 40)], color: null, comment: '', codeIds: [sub.id] });
  setMemo(h.db, ALICE, 'code', code.id, 'Code memo');
  setMemo(h.db, ALICE, 'document', doc.id, 'Document memo');
  setMemo(h.db, ALICE, 'project', '', 'Project memo');
  const out = await exportQdpx(h.db, path.join(dir, 'for-qualcoder.qdpx'));
  closeProject(h);
  const work = path.join(dir, 'qc');
  fs.mkdirSync(work);
  const stdout = execFileSync(PYTHON, [DRIVER, SRC, out.path, work], { encoding: 'utf8', env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, maxBuffer: 64 << 20 });
  qc = JSON.parse(stdout.trim().split('\n').pop()!) as QualCoderImport;
}, 120_000);
afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(skip !== null)('our .qdpx in QualCoder', () => {
  it('arrives with its codes, each highlight coded once on its exact text (after an emoji too), by its coder', () => {
    const ours = qc.codes.filter((c) => ['Trafficking', 'Referral'].includes(c.name));
    expect(ours.map((c) => [c.name, c.memo])).toEqual([['Trafficking', 'Recruitment, transport, exploitation'], ['Referral', '']]);
    expect(qc.codings.map((c) => [c.code, c.seltext, c.owner]).sort()).toEqual([
      ['Referral', 'The national referral mechanis', 'Борис'],
      ['Trafficking', 'verywhere.', 'Alice'],
    ]);
    // Nothing counted twice: no coded PDF region beside each text coding, no stray annotation.
    expect(qc.areas).toEqual([]);
    expect(qc.annotations).toEqual([]);
  });

  it('brings the comment as the coding memo, the document memo and the project memo as a journal', () => {
    expect(qc.codings.find((c) => c.code === 'Trafficking')?.memo).toBe('After the emoji');
    expect(qc.sources[0].memo).toBe('Document memo');
    expect(qc.journals).toEqual([{ name: 'Project memo', jentry: 'Project memo' }]);
  });
  // Not asserted, as QualCoder does not take them: code memos (it reads a code's Description,
  // which holds the definition) and a PDF's attributes (it matches a Case's SourceRef against
  // the guid of the PDF's Representation, not of the PDFSource).
});
