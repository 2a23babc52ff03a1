// A full disk, provoked for real: a 4 MB tmpfs mounted for the test (as root), else SQLite's
// own cap (PRAGMA max_page_count), which fails writes with the same SQLITE_FULL. The user sees
// "The disk is full" (English and Russian, after the error crossed the bridge as JSON), the
// CLI prints each file's result and no stack trace, and every acknowledged write survives.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/run-cli';
import { createAnnotation } from '../../main/core/coding/annotations';
import { closeProject, createProject, openProject } from '../../main/core/project/project-file';
import { listAnnotations } from '../../main/db/repositories/annotations';
import { listDocuments } from '../../main/db/repositories/documents';
import { errorMessage } from '../../renderer/i18n/i18n';
import { toErrorData } from '../../shared/errors';
import { makeEnglishReport, makeLongReport, makePageBreakReport, makeRussianReport, makeTwoColumnReport } from '../fixtures/pdf-fixtures';
import { addDocument } from '../helpers/temp-project';
import { ALICE } from '../unit/main/core/coding/coding-fixture';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fresh tmpfs of `kb` KiB, or null when this process may not mount one (not root, no mount). */
function smallDisk(kb: number): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-fulldisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
  cleanups.push(() => {
    execFileSync('umount', ['-l', dir]); // lazy: a handle a failed assertion left open must not keep the mount
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-fulldisk-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** As the HTTP bridge and IPC send it: toErrorData, then JSON. */
const overTheWire = (err: unknown) => JSON.parse(JSON.stringify({ error: toErrorData(err) })).error;

describe('a full disk', () => {
  it('refuses the write with "disk full" in both languages and loses no acknowledged highlight', () => {
    const disk = smallDisk(4096);
    const file = path.join(disk ?? tempDir(), 'p.glossa');
    let handle = createProject(file);
    const page = 'The national referral mechanism identified forty-two victims.';
    const docId = addDocument(handle.db, [page]).id;
    const filler = disk ? path.join(disk, 'filler') : null;
    if (filler) fs.writeFileSync(filler, Buffer.alloc(2560 * 1024)); // what the user deletes to free space
    if (!disk) handle.db.pragma(`max_page_count = ${(handle.db.pragma('page_count', { simple: true }) as number) + 40}`);
    console.log(disk ? 'disk-full: a 4 MB tmpfs' : 'disk-full: not root or no mount; SQLite max_page_count provokes SQLITE_FULL');
    const acknowledged: string[] = [];
    let failure: unknown = null;
    for (let i = 0; i < 500 && !failure; i++) {
      try {
        const a = createAnnotation(handle.db, ALICE, {
          documentId: docId, kind: 'text', color: null, comment: `${i} ${'x'.repeat(20_000 + i)}`, codeIds: [],
          targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: 'national', prefix: 'The ', suffix: ' referral' }, position: { type: 'TextPositionSelector', start: 4, end: 12 } }],
        });
        acknowledged.push(a.result.id);
      } catch (err) {
        failure = err;
      }
    }
    expect(acknowledged.length).toBeGreaterThan(0);
    const wire = overTheWire(failure);
    expect(wire).toMatchObject({ code: 'storage.full', message: expect.stringContaining('The disk is full') });
    expect(errorMessage(wire, 'en')).toMatch(/^The disk is full, so this change could not be saved/);
    expect(errorMessage(wire, 'ru')).toMatch(/^Диск заполнен/);
    if (filler) fs.rmSync(filler);
    try {
      closeProject(handle); // folding the WAL back may itself fail on a full disk: nothing is lost either way
    } catch (err) {
      expect(toErrorData(err).code).toBe('storage.full');
    }
    handle = openProject(file);
    try {
      const ids = new Set(listAnnotations(handle.db, { documentId: docId }).map((a) => a.id));
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      expect(handle.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      closeProject(handle);
    }
  });

  it('glossa import prints every file\'s result and "disk is full", no stack trace, and keeps what it imported', async (ctx) => {
    const disk = smallDisk(1024);
    if (!disk) {
      console.log('disk-full CLI test SKIPPED: needs root to mount a small tmpfs (the CLI opens its own connection, so max_page_count cannot reach it).');
      return ctx.skip();
    }
    const pdfDir = tempDir();
    const pdfs = [await makeEnglishReport(), await makeRussianReport(), await makeTwoColumnReport(), await makePageBreakReport(), await makeLongReport(40), await makeLongReport(60)];
    pdfs.forEach((b, i) => fs.writeFileSync(path.join(pdfDir, `${i}.pdf`), b));
    const file = path.join(disk, 'p.glossa');
    closeProject(createProject(file));
    // Leave ~120 KB free: room for a file or two, not for all of them.
    const free = () => Number(execFileSync('df', ['-k', '--output=avail', disk], { encoding: 'utf8' }).trim().split('\n')[1]);
    fs.writeFileSync(path.join(disk, 'filler'), Buffer.alloc(Math.max(0, free() - 120) * 1024));
    const out: string[] = [];
    let err = '';
    const code = await runCli(['import', file, pdfDir], { out: (l) => out.push(l), err: (t) => (err += t), stdoutTty: false, stderrTty: false });
    expect(code).toBe(1);
    expect(err).not.toContain('unexpected error');
    expect(err).not.toMatch(/\n\s+at /); // no stack frames
    expect(out.length).toBe(pdfs.length);
    const failed = out.filter((l) => l.startsWith('FAILED'));
    expect(failed.length).toBeGreaterThan(0);
    for (const l of failed) expect(l).toContain('The disk is full');
    fs.rmSync(path.join(disk, 'filler'));
    const handle = openProject(file);
    try {
      const imported = out.filter((l) => l.startsWith('imported')).map((l) => /imported\s+(\S+)/.exec(l)![1]);
      expect(listDocuments(handle.db).map((d) => d.fileName).sort()).toEqual(imported.sort());
      expect(handle.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      closeProject(handle);
    }
  });
});
