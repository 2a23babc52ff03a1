// A real ATLAS.ti 8.4.0 (macOS) export (tests/fixtures/refi-qda-vendor/README.md: origin and
// licence): the REFI-QDA breakfast sample project, with nested codes, three users, notes, and
// 8 text and 2 PDF sources whose files ATLAS.ti left outside the archive (an empty Sources/
// folder, the sources under a basePath on the exporter's disk). It must import what it holds
// (codes, users, notes), say that each source is missing, and not also claim that a missing
// source's plain text was imported.
import { codeNameFor } from '../../../../../shared/codebook/code-text';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { importQdpx } from '../../../../../main/core/qdpx/qdpx-import';
import { listCoders } from '../../../../../main/db/repositories/coders';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { readMemoRows } from '../../../../../main/db/repositories/merge';
import type { QdpxImportResult } from '../../../../../shared/domain/share';
import { ALICE } from '../coding/coding-fixture';

const FIXTURE = path.resolve(__dirname, '../../../../fixtures/refi-qda-vendor/atlasti-mac-8.4-sky-loom-testproject.qdpx');
const TEXT_SOURCES = ['1960s Coca Cola commercial - Audio.docx', '1960s Coca Cola commercial - Visual.docx', '1994 Diet Coke-Diet Coke Break.docx', 'Mabêl 2ième.txt', 'Mabel.txt', 'Simon.docx'];

let dir: string;
let result: QdpxImportResult;
let codeNames: string[];
let coders: string[];
let memos: ReturnType<typeof readMemoRows>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-atlasti-'));
  result = await importQdpx(FIXTURE, path.join(dir, 'atlasti.glossa'), { coder: ALICE });
  const h = openProject(result.path);
  try {
    codeNames = listCodes(h.db).map((c) => codeNameFor(c, 'en'));
    coders = listCoders(h.db).map((c) => c.name);
    memos = readMemoRows(h.db);
  } finally {
    closeProject(h);
  }
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a real ATLAS.ti 8.4.0 (macOS) export whose sources stayed outside the archive', () => {
  it('imports its 14 codes, its users and its loose notes', () => {
    expect(result.codes).toBe(14);
    expect(codeNames).toEqual(expect.arrayContaining(['Coke::full-fat Coke', 'Breakfast food', '"rushed"', 'waste of time']));
    expect(coders).toEqual(expect.arrayContaining(['Friedrich Markgraf', 'Sebastian Petrausch']));
    expect(result.memos).toBe(1);
    // Its two Notes (no NoteRef: they belong to the project) arrive in the project memo, word for word.
    expect(memos.map((m) => m.target_type)).toEqual(['project']);
    expect(memos[0].body).toContain('This is a great project by a dynamic team of researcher-developers.');
    expect(memos[0].body).toContain('This version is much better than the new Director’s cut');
  });

  it('names every missing source once, and claims no plain text for them', () => {
    expect(result.documents).toBe(0);
    expect(result.annotations).toBe(0);
    expect(result.skipped).toEqual(expect.arrayContaining([{ reason: 'sourceMissing', count: 8 }]));
    // ATLAS.ti for Mac writes names decomposed (NFD: "e" + combining accent), as macOS stores
    // them ("Mabêl 2ième.txt"); the import names them composed (NFC), as typed and searched.
    for (const name of TEXT_SOURCES) expect(result.warnings).toContain(`"${name.normalize('NFC')}" was not imported: its text is missing from the archive.`);
    expect(result.warnings.filter((w) => w !== w.normalize('NFC'))).toEqual([]);
    expect(result.warnings.filter((w) => w.includes('its plain text was'))).toEqual([]);
    expect(result.skipped?.some((s) => s.reason === 'richText')).toBe(false);
  });
});
