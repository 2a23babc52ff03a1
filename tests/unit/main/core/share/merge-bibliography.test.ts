// Bibliographic records in a merge (main/core/share/merge-bibliography.ts): the rule on plain
// rows, then real project files both ways. Alice sends her project to Boris; he attaches a
// record to report A and to report B and adds report C with its record; Alice, later, attaches
// her own record to report B. Merged either way, the later record of B wins, A's and C's arrive.
// A record removed (through "Remove bibliographic record") stays removed in a merge with a copy
// that still has it, unless that copy attached or edited it after the removal; undo of the
// removal takes its tombstone away.
import { afterEach, describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import type { ProjectHandle } from '../../../../../main/core/backend-context';
import { mergeProject } from '../../../../../main/core/share/merge';
import { decideBibliography } from '../../../../../main/core/share/merge-bibliography';
import { type BibliographyRow, bibliographyRow, getBibliography, putBibliographyRaw, readBibliographyTombstones } from '../../../../../main/db/repositories/bibliography';
import { removeBibliographyRecord } from '../../../../../main/core/bibliography/remove-record';
import { undo } from '../../../../../main/core/coding/undo-stack';
import type { Db } from '../../../../../main/db/connection';
import type { Coder } from '../../../../../shared/domain/code';
import { addDocument } from '../coding/coding-fixture';
import { ALICE, BORIS, baseProject, forkTo, type Workspace, workspace } from './share-fixture';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T11:00:00.000Z';
const T2 = '2026-12-01T12:00:00.000Z';

const row = (title: string, updated_at: string): BibliographyRow =>
  bibliographyRow({ documentId: 'd', csl: { type: 'report', title }, source: 'bibtex', zoteroLibraryId: null, zoteroKey: null, citekey: null, updatedAt: updated_at });

function attach(db: Db, documentId: string, title: string, citekey: string, updatedAt: string): void {
  putBibliographyRaw(db, bibliographyRow({ documentId, csl: { type: 'report', title }, source: 'bibtex', zoteroLibraryId: null, zoteroKey: null, citekey, updatedAt }));
}

describe('decideBibliography', () => {
  it('a removal wins over records no newer than it, loses to a later one', () => {
    expect(decideBibliography(null, row('theirs', T0), T1)).toBe('keep');
    expect(decideBibliography(row('mine', T0), row('theirs', T1), T1)).toBe('delete');
    expect(decideBibliography(row('mine', T0), null, T1)).toBe('delete');
    expect(decideBibliography(null, row('theirs', T2), T1)).toBe('put');
    expect(decideBibliography(row('mine', T2), row('theirs', T0), T1)).toBe('keep');
  });
  it('one side has a record: kept or added', () => {
    expect(decideBibliography(row('mine', T0), null)).toBe('keep');
    expect(decideBibliography(null, row('theirs', T0))).toBe('put');
  });
  it('both have one: the later updated_at wins, a tie keeps this side', () => {
    expect(decideBibliography(row('mine', T0), row('theirs', T1))).toBe('put');
    expect(decideBibliography(row('mine', T1), row('theirs', T0))).toBe('keep');
    expect(decideBibliography(row('mine', T1), row('theirs', T1))).toBe('keep');
  });
});

let ws: Workspace;
afterEach(() => ws?.cleanup());

async function mergeInto(file: string, from: string, coder: Coder): Promise<ProjectHandle> {
  const h = openProject(ws.file(file));
  ws.open.push(h);
  await mergeProject(h, ws.file(from), { coder });
  return h;
}

const titleOf = (h: ProjectHandle, documentId: string) => getBibliography(h.db, documentId)?.csl.title ?? null;

describe('records merged between two copies', () => {
  async function setUp() {
    ws = workspace('glossa-merge-bib-');
    const { handle: alice, docA, docB } = baseProject(ws, 'alice.glossa');
    const boris = await forkTo(ws, alice, 'boris.glossa');
    attach(boris.db, docA, 'A, as Boris found it', 'borisA', T1);
    attach(boris.db, docB, 'B, as Boris found it', 'borisB', T1);
    const docC = addDocument(boris.db, 'Report C', ['Only Boris has this report about shelters.']);
    attach(boris.db, docC, 'C, with its record', 'borisC', T0);
    attach(alice.db, docB, 'B, as Alice found it later', 'aliceB', T2);
    closeProject(boris);
    closeProject(alice);
    return { docA, docB, docC };
  }

  it('Alice merges Boris: his records of A and C arrive, her later record of B stays', async () => {
    const { docA, docB, docC } = await setUp();
    const alice = await mergeInto('alice.glossa', 'boris.glossa', ALICE);
    expect(titleOf(alice, docA)).toBe('A, as Boris found it');
    expect(getBibliography(alice.db, docA)?.citekey).toBe('borisA');
    expect(titleOf(alice, docB)).toBe('B, as Alice found it later');
    expect(titleOf(alice, docC)).toBe('C, with its record');
  });

  it('Boris merges Alice: her later record of B replaces his, his record of A stays', async () => {
    const { docA, docB } = await setUp();
    const boris = await mergeInto('boris.glossa', 'alice.glossa', BORIS);
    expect(titleOf(boris, docB)).toBe('B, as Alice found it later');
    expect(getBibliography(boris.db, docB)).toMatchObject({ citekey: 'aliceB', updatedAt: T2 });
    expect(titleOf(boris, docA)).toBe('A, as Boris found it');
  });
});

describe('a removed record in a merge', () => {
  async function setUp() {
    ws = workspace('glossa-merge-bib-removed-');
    const { handle: alice, docA, docB } = baseProject(ws, 'alice.glossa');
    attach(alice.db, docA, 'A, attached before sending', 'a', T0);
    attach(alice.db, docB, 'B, attached before sending', 'b', T0);
    const boris = await forkTo(ws, alice, 'boris.glossa');
    // Alice removes both records; Boris, after her removal, edits B's record.
    removeBibliographyRecord(alice.db, ALICE, docA);
    removeBibliographyRecord(alice.db, ALICE, docB);
    attach(boris.db, docB, 'B, edited by Boris after the removal', 'b', '2999-01-01T00:00:00.000Z');
    closeProject(boris);
    closeProject(alice);
    return { docA, docB };
  }

  it('Alice merges Boris: A stays removed, B comes back as he edited it after her removal', async () => {
    const { docA, docB } = await setUp();
    const alice = await mergeInto('alice.glossa', 'boris.glossa', ALICE);
    expect(titleOf(alice, docA)).toBeNull();
    expect(titleOf(alice, docB)).toBe('B, edited by Boris after the removal');
    // The tombstone of the record that lives on is dropped; A's stays.
    expect(readBibliographyTombstones(alice.db)).toHaveLength(1);
  });

  it('Boris merges Alice: her removal of A removes his copy of A; his later B stays', async () => {
    const { docA, docB } = await setUp();
    const boris = await mergeInto('boris.glossa', 'alice.glossa', BORIS);
    expect(titleOf(boris, docA)).toBeNull();
    expect(titleOf(boris, docB)).toBe('B, edited by Boris after the removal');
  });

  it('undoing the removal takes the tombstone away with it', async () => {
    ws = workspace('glossa-merge-bib-undo-');
    const { handle: alice, docA } = baseProject(ws, 'alice.glossa');
    attach(alice.db, docA, 'A', 'a', T0);
    removeBibliographyRecord(alice.db, ALICE, docA);
    expect(readBibliographyTombstones(alice.db)).toHaveLength(1);
    undo(alice.db, ALICE);
    expect(titleOf(alice, docA)).toBe('A');
    expect(readBibliographyTombstones(alice.db)).toEqual([]);
    closeProject(alice);
  });
});
