// Merge: documents by sha256, items by id, three-way against the base recorded at send /
// last merge; conflicts keep both versions; backup first; summary in the history.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode, updateCodeFields } from '../../../../../main/core/coding/codes';
import { setMemo } from '../../../../../main/core/coding/memos';
import { listConflicts, resolveConflict } from '../../../../../main/core/share/conflicts';
import { mergeProject } from '../../../../../main/core/share/merge';
import { listHistory } from '../../../../../main/db/repositories/history';
import type { Db } from '../../../../../main/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/db/migrations';
import { findRowProblems } from '../../../../../main/db/row-check';
import { ALICE, BORIS, baseProject, codingSet, content, forkTo, type Workspace, workspace } from './share-fixture';

let ws: Workspace;
afterEach(() => ws?.cleanup());

function highlight(db: Db, coder: typeof ALICE, documentId: string, start: number, end: number, codeIds: string[], page = 0) {
  const text = (db.prepare('SELECT text FROM pages WHERE document_id = ? AND page_index = ?').get(documentId, page) as { text: string }).text;
  return createAnnotation(db, coder, {
    documentId,
    kind: 'text',
    targets: [{ pageIndex: page, rects: [{ x1: 10, y1: 700, x2: 200, y2: 712 }], quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end } }],
    color: null,
    comment: '',
    codeIds,
  }).result;
}

function someCodes(db: Db): string[] {
  return (db.prepare('SELECT id FROM codes ORDER BY id LIMIT 3').all() as Array<{ id: string }>).map((r) => r.id);
}

describe('mergeProject', () => {
  it('adds new documents, codes, highlights and memos from a colleague; twice is the same as once', async () => {
    ws = workspace();
    const { handle: a, docA } = baseProject(ws);
    const b = await forkTo(ws, a, 'b.glossa');
    const [c1, c2] = someCodes(b.db);
    const newCode = createCode(b.db, BORIS, { name: 'Boris code' }).result;
    const h = highlight(b.db, BORIS, docA, 0, 11, [c1, newCode.id]);
    setMemo(b.db, BORIS, 'document', docA, 'Important report');
    const { addDocument } = await import('../coding/coding-fixture');
    addDocument(b.db, 'Report C', ['A third report only Boris has.']);

    const s1 = await mergeProject(a, b.path, { coder: ALICE });
    expect(s1.added).toMatchObject({ documents: 1, codes: 1, annotations: 1, codings: 2, memos: 1 });
    expect(s1.conflicts).toBe(0);
    expect(fs.existsSync(s1.backupPath)).toBe(true);
    expect(codingSet(a.db)).toEqual(new Set([`${h.id}|${c1}`, `${h.id}|${newCode.id}`]));
    expect(content(a.db)).toEqual(content(b.db));
    const after1 = content(a.db);
    const s2 = await mergeProject(a, b.path, { coder: ALICE });
    expect(s2.added).toMatchObject({ documents: 0, codes: 0, annotations: 0, codings: 0, memos: 0 });
    expect(content(a.db)).toEqual(after1);
    expect(listHistory(a.db).filter((e) => e.action === 'merge')).toHaveLength(2);
    expect(listHistory(a.db)[0].summary).toMatch(/Merged from/);
    void c2;
  });

  it('takes one-sided changes and deletions, keeps both versions on a conflict, and resolves it', async () => {
    ws = workspace();
    const { handle: a, docA } = baseProject(ws);
    const [c1, c2, c3] = someCodes(a.db);
    const shared = highlight(a.db, ALICE, docA, 0, 11, [c1]);
    const gone = highlight(a.db, ALICE, docA, 20, 30, [c2]);
    const both = highlight(a.db, ALICE, docA, 40, 50, [c1]);
    const b = await forkTo(ws, a, 'b.glossa');

    updateAnnotation(b.db, BORIS, shared.id, { codeIds: [c1, c3] }); // one-sided: add a code
    deleteAnnotation(b.db, BORIS, gone.id); // one-sided deletion
    updateAnnotation(b.db, BORIS, both.id, { comment: 'Boris thinks so' });
    updateAnnotation(a.db, ALICE, both.id, { comment: 'Alice disagrees' });
    updateCodeFields(b.db, BORIS, c2, { definition: 'Boris definition' });

    const s = await mergeProject(a, b.path, { coder: ALICE });
    expect(s.conflicts).toBe(1);
    expect(codingSet(a.db).has(`${shared.id}|${c3}`)).toBe(true);
    expect(a.db.prepare('SELECT 1 FROM annotations WHERE id = ?').get(gone.id)).toBeUndefined();
    const conflicts = listConflicts(a.db, 'open');
    expect(conflicts).toHaveLength(1);
    const c = conflicts[0];
    expect(c).toMatchObject({ itemType: 'annotation', kind: 'bothChanged', itemKey: both.id });
    const copy = a.db.prepare('SELECT comment FROM annotations WHERE id = ?').get(c.copyId) as { comment: string };
    expect(copy.comment).toBe('Boris thinks so');
    expect((a.db.prepare('SELECT comment FROM annotations WHERE id = ?').get(both.id) as { comment: string }).comment).toBe('Alice disagrees');
    expect((a.db.prepare('SELECT definition_en FROM codes WHERE id = ?').get(c2) as { definition_en: string }).definition_en).toBe('Boris definition');
    // the open conflict's stored versions and the merge's History pass the rules a received file is held to
    expect(findRowProblems(a.db, LATEST_SCHEMA_VERSION)).toEqual([]);

    const resolved = resolveConflict(a.db, ALICE, c.id, 'theirs');
    expect(resolved.status).toBe('resolved');
    expect((a.db.prepare('SELECT comment FROM annotations WHERE id = ?').get(both.id) as { comment: string }).comment).toBe('Boris thinks so');
    expect(a.db.prepare('SELECT 1 FROM annotations WHERE id = ?').get(c.copyId)).toBeUndefined();
    expect(codingSet(a.db).has(`${both.id}|${c1}`)).toBe(true);
    // merging again brings nothing new and no new conflict
    const again = await mergeProject(a, b.path, { coder: ALICE });
    expect(again.conflicts).toBe(0);
  });

  it('keeps a highlight deleted on one side but edited on the other, as a conflict', async () => {
    ws = workspace();
    const { handle: a, docA } = baseProject(ws);
    const [c1, c2] = someCodes(a.db);
    const x = highlight(a.db, ALICE, docA, 0, 11, [c1]);
    const b = await forkTo(ws, a, 'b.glossa');
    deleteAnnotation(a.db, ALICE, x.id);
    updateAnnotation(b.db, BORIS, x.id, { codeIds: [c1, c2], comment: 'keep it' });
    const s = await mergeProject(a, b.path, { coder: ALICE });
    expect(s.conflicts).toBe(1);
    expect(listConflicts(a.db)[0]).toMatchObject({ kind: 'deletedHere', itemType: 'annotation' });
    expect(codingSet(a.db)).toEqual(new Set([`${x.id}|${c1}`, `${x.id}|${c2}`]));
  });

  it('flags codes with the same name but different ids', async () => {
    ws = workspace();
    const { handle: a } = baseProject(ws);
    const b = await forkTo(ws, a, 'b.glossa');
    const mineCode = createCode(a.db, ALICE, { name: 'Corruption' }).result;
    const theirsCode = createCode(b.db, BORIS, { name: 'corruption' }).result;
    const s = await mergeProject(a, b.path, { coder: ALICE });
    expect(s.sameNameCodes).toEqual([{ mineId: mineCode.id, theirsId: theirsCode.id, name: 'corruption' }]);
    const c = listConflicts(a.db).find((x) => x.kind === 'sameNameCode')!;
    resolveConflict(a.db, ALICE, c.id, 'merge');
    expect(a.db.prepare('SELECT 1 FROM codes WHERE id = ?').get(theirsCode.id)).toBeUndefined();
  });
});

describe('merge authorship', () => {
  it('names the colleague by coder name and keeps who created and who edited each highlight', async () => {
    ws = workspace();
    const { handle: a, docA } = baseProject(ws);
    const [c1] = someCodes(a.db);
    const h = highlight(a.db, ALICE, docA, 0, 11, [c1]);
    const b = await forkTo(ws, a, 'b.glossa');
    // Boris edits Alice's highlight in his copy; Alice edits it too: a conflict.
    updateAnnotation(b.db, BORIS, h.id, { comment: 'Boris: an estimate' });
    updateAnnotation(a.db, ALICE, h.id, { comment: 'Alice: the count' });
    const s = await mergeProject(a, b.path, { coder: ALICE });
    expect(s.peerName).toBe(BORIS.name);
    expect(s.peerProjectName).not.toBe(BORIS.name);
    const [conflict] = listConflicts(a.db);
    expect(conflict.peerName).toBe(BORIS.name);
    expect(conflict.mine).toMatchObject({ coder_id: ALICE.id, updated_by: ALICE.id });
    expect(conflict.theirs).toMatchObject({ coder_id: ALICE.id, updated_by: BORIS.id });
    resolveConflict(a.db, ALICE, conflict.id, 'theirs');
    const row = a.db.prepare('SELECT coder_id, updated_by, comment FROM annotations WHERE id = ?').get(h.id);
    expect(row).toEqual({ coder_id: ALICE.id, updated_by: BORIS.id, comment: 'Boris: an estimate' });
  });

  it('a one-sided edit by the colleague arrives with its editor', async () => {
    ws = workspace();
    const { handle: a, docA } = baseProject(ws);
    const [c1] = someCodes(a.db);
    const h = highlight(a.db, ALICE, docA, 0, 11, [c1]);
    const b = await forkTo(ws, a, 'b.glossa');
    updateAnnotation(b.db, BORIS, h.id, { comment: 'Boris was here' });
    await mergeProject(a, b.path, { coder: ALICE });
    expect(a.db.prepare('SELECT coder_id, updated_by FROM annotations WHERE id = ?').get(h.id)).toEqual({ coder_id: ALICE.id, updated_by: BORIS.id });
  });
});
