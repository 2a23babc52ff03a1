// Project files: create/open round trip, Save As through the backup API, and refusal of
// newer, damaged and foreign files, which must stay byte-identical with no side files.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeProject, createProject, openProject, projectInfo, saveProjectAs } from '../../../../../main/core/project/project-file';
import { GLOSSA_APPLICATION_ID } from '../../../../../main/db/file-header';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/db/migrations/index';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { searchPages } from '../../../../../main/db/repositories/search';
import { GlossaError } from '../../../../../shared/errors';
import { addDocument } from '../../../../helpers/temp-project';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-proj-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function refusal(file: string): string {
  try {
    closeProject(openProject(file));
  } catch (err) {
    return err instanceof GlossaError ? err.code : `not-glossa: ${String(err)}`;
  }
  return 'opened';
}

/** Asserts opening is refused with `code` and leaves the folder exactly as it was. */
function expectRefusedUntouched(file: string, code: string): void {
  const before = sha(file);
  const listing = fs.readdirSync(path.dirname(file)).sort();
  expect(refusal(file)).toBe(code);
  expect(sha(file)).toBe(before);
  expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(listing);
}

/** A closed project with enough pages that its tables span many b-tree pages. */
function bigProject(file: string): void {
  const h = createProject(file, 'Big');
  const filler = 'Assessment of anti-trafficking cooperation between the OSCE and IOM in the region. '.repeat(25);
  for (let d = 0; d < 4; d++) addDocument(h.db, Array.from({ length: 50 }, (_, i) => `Doc ${d} page ${i}. ${filler}`), { fileName: `d${d}.pdf` });
  closeProject(h);
}

describe('create and open', () => {
  it('round-trips metadata and documents', () => {
    const file = path.join(dir, 'Trafficking study.glossa');
    const h = createProject(file);
    const info = projectInfo(h);
    expect(info).toMatchObject({ path: file, name: 'Trafficking study', schemaVersion: LATEST_SCHEMA_VERSION, documentCount: 0, pageCount: 0 });
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(info.createdAt))).toBe(false);
    addDocument(h.db, ['one', 'two']);
    closeProject(h);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    const again = openProject(file);
    expect(projectInfo(again)).toMatchObject({ id: info.id, name: 'Trafficking study', createdAt: info.createdAt, documentCount: 1, pageCount: 2 });
    expect(again.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(projectInfo(again).byteSize).toBeGreaterThan(0);
    closeProject(again);
  });

  it('uses the given name and refuses to create over an existing file', () => {
    const file = path.join(dir, 'p.glossa');
    const h = createProject(file, '  Moldova 2010–2020 ');
    expect(projectInfo(h).name).toBe('Moldova 2010–2020');
    closeProject(h);
    expect(() => createProject(file)).toThrow(expect.objectContaining({ code: 'project.alreadyExists' }));
  });

  it('reports a missing file', () => {
    expect(refusal(path.join(dir, 'nope.glossa'))).toBe('project.notFound');
  });
});

describe('refusals leave files untouched', () => {
  it('refuses a file from a newer version (project.newerVersion)', () => {
    const file = path.join(dir, 'newer.glossa');
    closeProject(createProject(file));
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(fs.readdirSync(dir)).toEqual(['newer.glossa']);
    expectRefusedUntouched(file, 'project.newerVersion');
  });

  it('refuses a file with corrupted pages in the middle (project.damaged)', () => {
    const file = path.join(dir, 'damaged.glossa');
    bigProject(file);
    const raw = new Database(file, { readonly: true });
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const leaves = raw.prepare("SELECT pageno FROM dbstat WHERE name = 'pages' AND pagetype = 'leaf' ORDER BY pageno").all() as { pageno: number }[];
    raw.close();
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    expect(leaves.length).toBeGreaterThan(20);
    const victim = leaves[Math.floor(leaves.length / 2)].pageno;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(2 * pageSize, 0xa5), 0, 2 * pageSize, (victim - 1) * pageSize);
    fs.closeSync(fd);
    expectRefusedUntouched(file, 'project.damaged');
  });

  it('refuses a truncated file (project.damaged)', () => {
    const file = path.join(dir, 'truncated.glossa');
    bigProject(file);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size * 0.6));
    expectRefusedUntouched(file, 'project.damaged');
  });

  it('refuses a file that is not SQLite (project.notGlossa)', () => {
    const file = path.join(dir, 'report.glossa');
    fs.writeFileSync(file, '%PDF-1.7\n'.repeat(500));
    expectRefusedUntouched(file, 'project.notGlossa');
    const tiny = path.join(dir, 'tiny.glossa');
    fs.writeFileSync(tiny, 'SQLite format 3');
    expectRefusedUntouched(tiny, 'project.notGlossa');
  });

  it("refuses another application's SQLite file (project.notGlossa)", () => {
    const file = path.join(dir, 'other.sqlite');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (\'hello\');');
    raw.close();
    expectRefusedUntouched(file, 'project.notGlossa');
  });

  it('does not flag a healthy file, and the check leaves no side files', () => {
    const file = path.join(dir, 'ok.glossa');
    bigProject(file);
    const h = openProject(file);
    expect(listDocuments(h.db)).toHaveLength(4);
    closeProject(h);
    expect(fs.readdirSync(dir)).toEqual(['ok.glossa']);
  });
});

describe('saveProjectAs', () => {
  it('writes a consistent copy that opens with the same documents, including uncheckpointed writes', async () => {
    const src = createProject(path.join(dir, 'a.glossa'), 'Study');
    addDocument(src.db, ['Торговля людьми в Молдове', 'second page'], { title: 'GRETA' });
    addDocument(src.db, ['OSCE page'], { title: 'OSCE' });
    expect(fs.statSync(`${src.path}-wal`).size).toBeGreaterThan(0);
    const dest = path.join(dir, 'copy.glossa');
    const copy = await saveProjectAs(src, dest);
    expect(copy.path).toBe(dest);
    expect(listDocuments(copy.db)).toEqual(listDocuments(src.db));
    expect(projectInfo(copy)).toMatchObject({ name: 'Study', id: projectInfo(src).id, documentCount: 2, pageCount: 3 });
    expect(searchPages(copy.db, { text: 'торгов*' }).hits.map((h) => h.documentTitle)).toEqual(['GRETA']);
    expect(copy.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(copy.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(copy.db.pragma('quick_check', { simple: true })).toBe('ok');
    closeProject(src);
    closeProject(copy);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.glossa', 'copy.glossa']);
  });

  it('replaces an existing file at the destination whole', async () => {
    const src = createProject(path.join(dir, 'a.glossa'));
    addDocument(src.db, ['new content']);
    const dest = path.join(dir, 'old.glossa');
    fs.writeFileSync(dest, 'an older file the user chose to replace');
    fs.writeFileSync(`${dest}-wal`, 'stale wal of the old file');
    const copy = await saveProjectAs(src, dest);
    expect(listDocuments(copy.db)).toHaveLength(1);
    closeProject(copy);
    closeProject(src);
  });

  it('refuses to overwrite the open file itself, leaving it intact', async () => {
    const src = createProject(path.join(dir, 'a.glossa'));
    addDocument(src.db, ['x']);
    const same = path.join(dir, '.', 'a.glossa');
    await expect(saveProjectAs(src, same)).rejects.toMatchObject({ code: 'project.alreadyExists' });
    fs.symlinkSync(src.path, path.join(dir, 'link.glossa'));
    await expect(saveProjectAs(src, path.join(dir, 'link.glossa'))).rejects.toMatchObject({ code: 'project.alreadyExists' });
    expect(listDocuments(src.db)).toHaveLength(1);
    closeProject(src);
  });

  it('leaves no file behind when the copy fails', async () => {
    const src = createProject(path.join(dir, 'a.glossa'));
    const before = fs.readdirSync(dir).sort();
    await expect(saveProjectAs(src, path.join(dir, 'missing-folder', 'copy.glossa'))).rejects.toThrow();
    // A destination that is a directory: the backup succeeds, the rename fails.
    fs.mkdirSync(path.join(dir, 'adir'));
    fs.writeFileSync(path.join(dir, 'adir', 'keep'), 'x');
    await expect(saveProjectAs(src, path.join(dir, 'adir'))).rejects.toThrow();
    expect(fs.readdirSync(dir).sort()).toEqual([...before, 'adir'].sort());
    closeProject(src);
  });
});
