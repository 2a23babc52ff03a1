// Test helpers: a fresh project file in a temp dir, and documents built from page texts
// (no PDFs needed: the repositories store bytes they are given).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import type { ProjectHandle } from '../../../../../main/core/backend-context';
import { insertDocument, type NewDocument } from '../../../../../main/db/repositories/documents';
import type { DocumentMeta } from '../../../../../shared/domain/document';

export interface TempProject {
  dir: string;
  handle: ProjectHandle;
  cleanup(): void;
}

export function tempProject(prefix = 'glossa-test-'): TempProject {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const handle = createProject(path.join(dir, 'test.glossa'));
  return {
    dir,
    handle,
    cleanup() {
      closeProject(handle);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fake PDF bytes unique to the texts, so sha256 differs per document. */
export function fakePdf(pageTexts: string[]): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.7\n${pageTexts.join('\f')}\n%%EOF`);
}

export function newDocument(pageTexts: string[], attrs: Partial<NewDocument> = {}): { input: NewDocument; bytes: Uint8Array } {
  const bytes = fakePdf(pageTexts);
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

export function addDocument(handle: ProjectHandle, pageTexts: string[], attrs: Partial<NewDocument> = {}): DocumentMeta {
  const { input, bytes } = newDocument(pageTexts, attrs);
  return insertDocument(handle.db, input, pageTexts, bytes);
}
