// Set-up for the sharing tests: a project with two documents (real project files in a temp
// dir), sent to colleagues through sendProject and opened as their own projects, plus a
// normalised dump of the mergeable content for comparisons.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProjectHandle } from '../../../../../main/core/backend-context';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { openReceivedProject, sendProject } from '../../../../../main/core/share/send-project';
import type { Db } from '../../../../../main/db/connection';
import { addDocument, ALICE, BORIS } from '../coding/coding-fixture';

export { ALICE, BORIS };
export const CAROL = { id: '6f1c1f0e-3333-4aaa-8bbb-000000000003', name: 'Carol', color: '#59a14f' };

export const PAGES_A = ['Trafficking in persons remains a serious crime across the region.', 'The national referral mechanism identified forty-two victims.'];
export const PAGES_B = ['Labour exploitation in agriculture was the most common form observed.'];

export interface Workspace {
  dir: string;
  file(name: string): string;
  open: ProjectHandle[];
  cleanup(): void;
}

export function workspace(prefix = 'glossa-share-'): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const open: ProjectHandle[] = [];
  return {
    dir,
    file: (name) => path.join(dir, name),
    open,
    cleanup() {
      for (const h of open) if (h.db.open) closeProject(h);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function baseProject(ws: Workspace, name = 'a.glossa'): { handle: ProjectHandle; docA: string; docB: string } {
  const handle = createProject(ws.file(name));
  ws.open.push(handle);
  const docA = addDocument(handle.db, 'Report A', PAGES_A);
  const docB = addDocument(handle.db, 'Report B', PAGES_B);
  return { handle, docA, docB };
}

/** Sends `from` to a new file and opens it as the recipient's own project. */
export async function forkTo(ws: Workspace, from: ProjectHandle, name: string): Promise<ProjectHandle> {
  await sendProject(from, ws.file(name));
  const h = openReceivedProject(ws.file(name));
  ws.open.push(h);
  return h;
}

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Mergeable content, normalised: documents by sha, everything else by id, sorted. */
export function content(db: Db): Record<string, unknown[]> {
  const shaOf = new Map((db.prepare('SELECT id, sha256 FROM documents').all() as Array<{ id: string; sha256: string }>).map((r) => [r.id, r.sha256]));
  const docs = db.prepare('SELECT sha256, title, author, organisation, countries, year, doc_type, language FROM documents ORDER BY sha256').all();
  const codes = db.prepare('SELECT id, parent_id, name_en, name_ru, color, definition_en, definition_ru, inclusion_en, inclusion_ru, exclusion_en, exclusion_ru FROM codes ORDER BY id').all();
  const anns = (db.prepare('SELECT * FROM annotations ORDER BY id').all() as Array<Record<string, unknown>>).map((a) => ({
    ...a,
    document_id: shaOf.get(a.document_id as string),
    updated_at: undefined,
  }));
  const codings = db.prepare('SELECT annotation_id, code_id, coder_id FROM annotation_codes ORDER BY annotation_id, code_id').all();
  const memos = (db.prepare('SELECT target_type, target_id, body FROM memos ORDER BY target_type, target_id').all() as Array<Record<string, unknown>>).map((m) => ({
    ...m,
    target_id: m.target_type === 'document' ? shaOf.get(m.target_id as string) : m.target_id,
  }));
  return { docs, codes, anns, codings, memos };
}

export function codingSet(db: Db): Set<string> {
  return new Set((db.prepare('SELECT annotation_id, code_id FROM annotation_codes').all() as Array<{ annotation_id: string; code_id: string }>).map((r) => `${r.annotation_id}|${r.code_id}`));
}
