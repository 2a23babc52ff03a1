// The check every open runs (main/db/file-check.ts), through openProject: each hostile file
// (trigger, view, extra table or index, altered table, NBSP or other whitespace in a stored
// CREATE statement, a newer version or a trigger hidden in the -wal) is refused with its
// code and leaves the file and its side files byte-identical; a genuine project whose latest
// commits are still in its -wal opens with them; trusted_schema is off on every connection.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../../../main/core/project/project-file';
import { LATEST_SCHEMA_VERSION } from '../../../../main/db/migrations/index';
import { GlossaError } from '../../../../shared/errors';
import * as hostile from '../../../fixtures/hostile/hostile-projects';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-check-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Assigning undefined to process.env stores the string "undefined": delete instead. */
function restoreTmp(value: string | undefined): void {
  if (value === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = value;
}

function openError(file: string): GlossaError | string {
  try {
    closeProject(openProject(file));
    return 'opened';
  } catch (err) {
    return err instanceof GlossaError ? err : `not a GlossaError: ${String(err)}`;
  }
}

describe('every open checks the file', () => {
  for (const h of hostile.HOSTILE_SCHEMAS) {
    it(`refuses a file with a ${h.name} and leaves it byte-identical`, () => {
      const file = path.join(dir, 'colleague.glossa');
      h.make(file);
      const before = hostile.fileState(file);
      const listing = fs.readdirSync(dir).sort();
      // The private copy goes to os.tmpdir(): point it at a folder of this test to see it removed.
      const privateTmp = path.join(dir, 'tmp');
      fs.mkdirSync(privateTmp);
      const tmpBefore = process.env.TMPDIR;
      process.env.TMPDIR = privateTmp;
      let err: GlossaError | string;
      try {
        err = openError(file);
      } finally {
        restoreTmp(tmpBefore);
      }
      expect(fs.readdirSync(privateTmp)).toEqual([]);
      fs.rmdirSync(privateTmp);
      expect(err).toBeInstanceOf(GlossaError);
      expect((err as GlossaError).code).toBe(h.code);
      expect((err as GlossaError).message).toMatch(h.message);
      // The private copy's path never leaks into the message.
      expect((err as GlossaError).message).not.toMatch(/glossa-check-[^/]*\/check\.glossa/);
      expect(hostile.fileState(file)).toEqual(before);
      expect(fs.readdirSync(dir).sort()).toEqual(listing);
    });
  }

  it('the NBSP file really breaks search (why the comparison is exact)', () => {
    const file = path.join(dir, 'nbsp.glossa');
    hostile.withNbspInTokenizer(file);
    const db = new Database(file, { readonly: true });
    try {
      expect(() => db.prepare("SELECT rowid FROM pages_fts WHERE pages_fts MATCH 'page'").all()).toThrow(/tokenizer/);
    } finally {
      db.close();
    }
  });

  it('opens a genuine project whose last commits are still in its -wal, with those commits', () => {
    const file = path.join(dir, 'crashed.glossa');
    hostile.alterInWal(file, hostile.genuineProject, "UPDATE meta SET value = 'Renamed in the WAL' WHERE key = 'name';");
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const privateTmp = path.join(dir, 'tmp');
    fs.mkdirSync(privateTmp);
    const tmpBefore = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp;
    let h: ReturnType<typeof openProject>;
    try {
      h = openProject(file);
    } finally {
      restoreTmp(tmpBefore);
    }
    expect(fs.readdirSync(privateTmp)).toEqual([]);
    try {
      expect(h.db.prepare("SELECT value FROM meta WHERE key = 'name'").pluck().get()).toBe('Renamed in the WAL');
      expect(h.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(h.db.pragma('trusted_schema', { simple: true })).toBe(0);
    } finally {
      closeProject(h);
    }
  });
});

describe('rows from others are checked like input', () => {
  for (const h of [...hostile.HOSTILE_ROWS, ...hostile.HOSTILE_BIBLIOGRAPHY_ROWS.slice(2)]) {
    it(`refuses a file with ${h.name}, naming the row, and leaves it byte-identical`, () => {
      const file = path.join(dir, 'colleague.glossa');
      h.make(file);
      const before = hostile.fileState(file);
      const err = openError(file);
      expect(err).toBeInstanceOf(GlossaError);
      expect((err as GlossaError).code).toBe('project.badRows');
      expect((err as GlossaError).message).toMatch(h.message);
      expect(String((err as GlossaError).params?.rows)).toMatch(/^(annotations|codes|documents|coders|memos|history|merge_conflicts|page_ocr|coding_rounds|annotation_replies|consensus_resolutions|page_previews|reply_tombstones|document_bibliography|bibliography_tombstones|cases|case_segments|case_tombstones|exemplars|passage_links|passage_link_tombstones|memo_links|memo_tombstones|attribute_definitions|attribute_values|attribute_tombstones) /);
      expect(hostile.fileState(file)).toEqual(before);
    });
  }

  it('a genuine coded project passes the row check', () => {
    const file = path.join(dir, 'coded.glossa');
    hostile.codedProject(file);
    closeProject(openProject(file));
  });

  it('a genuine project with a bibliographic record passes the row check', () => {
    const file = path.join(dir, 'bibliography.glossa');
    hostile.bibliographyProject(file);
    const h = openProject(file);
    expect(h.db.prepare('SELECT count(*) FROM document_bibliography').pluck().get()).toBe(1);
    closeProject(h);
  });

  it('a genuine project with a stored page preview passes the row check', () => {
    const file = path.join(dir, 'preview.glossa');
    hostile.previewProject(file);
    closeProject(openProject(file));
  });

  it('a genuine project with an OCR\'d page passes the row check', () => {
    const file = path.join(dir, 'ocr.glossa');
    hostile.ocrProject(file);
    const h = openProject(file);
    try {
      expect(h.db.prepare("SELECT text FROM pages WHERE page_index = 1").pluck().get()).toBe('Scanned annex\nSecond line.\n');
    } finally {
      closeProject(h);
    }
  });
});
