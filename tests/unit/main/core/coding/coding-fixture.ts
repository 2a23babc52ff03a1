// Shared set-up for the coding tests: a real project file in a temp dir (created through
// createProject, so it carries the default codebook), documents inserted with their page texts
// through the documents repository, and a fixed coder identity.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Coder } from '../../../../../shared/domain/code';
import type { ProjectHandle } from '../../../../../main/core/backend-context';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { insertDocument } from '../../../../../main/db/repositories/documents';
import type { Db } from '../../../../../main/db/connection';

export const ALICE: Coder = { id: '6f1c1f0e-1111-4aaa-8bbb-000000000001', name: 'Alice', color: '#e15759' };
export const BORIS: Coder = { id: '6f1c1f0e-2222-4aaa-8bbb-000000000002', name: 'Борис', color: '#4e79a7' };

export interface TestProject {
  dir: string;
  handle: ProjectHandle;
  db: Db;
  close(): void;
}

export function makeProject(prefix = 'glossa-coding-'): TestProject {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const handle = createProject(path.join(dir, 'p.glossa'));
  return {
    dir,
    handle,
    db: handle.db,
    close() {
      try {
        closeProject(handle);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Adds a document whose pages have the given texts; the PDF bytes are a stand-in (never rendered here). */
export function addDocument(db: Db, title: string, pages: string[]): string {
  const bytes = Buffer.from(`%PDF-1.4 stand-in for ${title} ${Math.random()}`);
  const doc = insertDocument(
    db,
    {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fileName: `${title}.pdf`,
      title,
      author: '',
      organisation: '',
      countries: [],
      year: null,
      docType: '',
      language: '',
      pageCount: pages.length,
      byteSize: bytes.byteLength,
      pdfDate: null,
    },
    pages,
    bytes,
  );
  return doc.id;
}

/** Every row of the coding tables, for "undo restores identical rows" comparisons. */
export function snapshot(db: Db): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of ['codes', 'annotations', 'annotation_codes', 'memos']) {
    out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all();
  }
  return out;
}
