// The one temp-project helper for the unit tests: a real project file in a fresh temp dir
// (made by createProject, so it carries the migrations and the default codebook), and
// documents built from page texts. No PDFs are needed: the repositories store whatever bytes
// they are given, and these tests never render them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProjectHandle } from '../../main/core/backend-context';
import { closeProject, createProject } from '../../main/core/project/project-file';
import type { Db } from '../../main/db/connection';
import { insertDocument, type NewDocument } from '../../main/db/repositories/documents';
import type { DocumentMeta } from '../../shared/domain/document';

export interface TempProject {
  dir: string;
  handle: ProjectHandle;
  db: Db;
  /** Closes the project (WAL folded back) and removes the temp dir, even if closing throws. */
  close(): void;
}

export function tempProject(prefix = 'glossa-test-', fileName = 'test.glossa'): TempProject {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const handle = createProject(path.join(dir, fileName));
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

/** Stand-in PDF bytes that depend on the texts only: the same texts give the same sha256. */
export function fakePdf(pageTexts: string[]): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n${pageTexts.join('\f')}\n%%EOF`);
}

/** The repository input for a document; `bytes` defaults to fakePdf(pageTexts). */
export function newDocument(pageTexts: string[], attrs: Partial<NewDocument> = {}, bytes = fakePdf(pageTexts)): { input: NewDocument; bytes: Uint8Array } {
  const input: NewDocument = {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    fileName: 'report.pdf',
    title: 'Report',
    author: '',
    organisation: '',
    countries: [],
    year: null,
    docType: '',
    language: '',
    pageCount: pageTexts.length,
    byteSize: bytes.byteLength,
    pdfDate: null,
    ...attrs,
  };
  return { input, bytes };
}

/** Inserts a document with these page texts (and optional attributes) through the repository. */
export function addDocument(db: Db, pageTexts: string[], attrs: Partial<NewDocument> = {}, bytes = fakePdf(pageTexts)): DocumentMeta {
  const doc = newDocument(pageTexts, attrs, bytes);
  return insertDocument(db, doc.input, pageTexts, doc.bytes);
}
