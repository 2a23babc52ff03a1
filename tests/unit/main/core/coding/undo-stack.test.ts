// Undo and redo of every coding action restore identical rows (same ids, same timestamps):
// create, update, delete of highlights, merge, delete of a code with codings, memos; plus
// labels, the redo stack being cleared by a new action, history entries and conflicts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode, deleteCode, listCodesWithCounts, mergeCodes, moveCode } from '../../../../../main/core/coding/codes';
import { setMemo } from '../../../../../main/core/coding/memos';
import { redo, undo, undoState } from '../../../../../main/core/coding/undo-stack';
import { listHistory } from '../../../../../main/db/repositories/history';
import { addDocument, ALICE, BORIS, snapshot } from './coding-fixture';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';

let p: TempProject;
let docId: string;
beforeEach(() => {
  p = tempProject();
  docId = addDocument(p.db, 'Report', [PAGE_0, 'Second page text here.']);
});
afterEach(() => p.close());

const id = (name: string) => listCodesWithCounts(p.db).find((c) => c.text.en.name === name)!.id;

const PAGE_0 = 'The EU funded a study by IOM.';

function highlight(codeIds: string[], exact = 'EU funded') {
  const start = PAGE_0.indexOf(exact);
  return createAnnotation(p.db, ALICE, {
    documentId: docId,
    kind: 'text',
    targets: [
      {
        pageIndex: 0,
        rects: [{ x1: 10, y1: 700, x2: 200, y2: 712 }],
        quote: { type: 'TextQuoteSelector', exact, prefix: PAGE_0.slice(0, start), suffix: PAGE_0.slice(start + exact.length) },
        position: { type: 'TextPositionSelector', start, end: start + exact.length },
      },
    ],
    color: null,
    comment: 'note',
    codeIds,
  }).result;
}

/** Runs `action`, then checks undo restores the snapshot before it and redo the one after it. */
function roundTrip(action: () => void, label: string) {
  const before = snapshot(p.db);
  action();
  const after = snapshot(p.db);
  expect(after).not.toEqual(before);
  expect(undoState(p.db)).toMatchObject({ canUndo: true, undoLabel: label });
  expect(undo(p.db, ALICE).label).toBe(label);
  expect(snapshot(p.db)).toEqual(before);
  expect(undoState(p.db)).toMatchObject({ canRedo: true, redoLabel: label });
  redo(p.db, ALICE);
  expect(snapshot(p.db)).toEqual(after);
  expect(p.db.pragma('foreign_key_check')).toEqual([]);
}

describe('undo / redo', () => {
  it('create highlight: undo removes it, redo restores the same id', () => {
    let created = '';
    roundTrip(() => (created = highlight([id('Funding')]).id), 'Create highlight');
    expect(p.db.prepare('SELECT id FROM annotations').all()).toEqual([{ id: created }]);
  });

  it('update codes, comment and colour', () => {
    const a = highlight([id('Funding')]);
    roundTrip(() => updateAnnotation(p.db, BORIS, a.id, { codeIds: [id('IOM'), id('Funding')], comment: 'changed', color: '#123456' }), 'Change codes');
    // Boris was upserted as a coder on his first write and recorded on the new coding.
    expect(p.db.prepare('SELECT coder_id FROM annotation_codes WHERE code_id = ?').get(id('IOM'))).toEqual({ coder_id: BORIS.id });
  });

  it('delete highlight with its codings', () => {
    const a = highlight([id('Funding'), id('IOM')]);
    roundTrip(() => deleteAnnotation(p.db, ALICE, a.id), 'Delete highlight');
  });

  it('merge codes', () => {
    highlight([id('OSCE')]);
    highlight([id('OSCE'), id('IOM')], 'a study');
    createCode(p.db, ALICE, { parentId: id('OSCE'), name: 'ODIHR' });
    setMemo(p.db, ALICE, 'code', id('OSCE'), 'OSCE memo');
    roundTrip(() => mergeCodes(p.db, ALICE, id('OSCE'), id('IOM')), 'Merge codes');
  });

  it('delete a code with descendants and codings', () => {
    highlight([id('OSCE'), id('Funding')]);
    highlight([id('Partner')], 'a study');
    roundTrip(() => deleteCode(p.db, ALICE, id('Partnership evidence')), 'Delete code');
  });

  it('move code and memos', () => {
    roundTrip(() => moveCode(p.db, ALICE, id('Funding'), id('Form'), 2), 'Move code');
    roundTrip(() => setMemo(p.db, ALICE, 'project', '', '# Project memo'), 'Edit memo');
    roundTrip(() => setMemo(p.db, ALICE, 'project', '', ''), 'Edit memo');
  });

  it('autosaves of one memo or one comment undo as one step; other actions and other texts do not join it', () => {
    const a = highlight([id('Funding')]);
    const before = snapshot(p.db);
    for (const body of ['Draft', 'Draft one', 'Draft one two']) setMemo(p.db, ALICE, 'project', '', body);
    for (const c of ['n', 'no', 'now']) updateAnnotation(p.db, ALICE, a.id, { comment: c });
    const afterComment = snapshot(p.db);
    expect(undo(p.db, ALICE).label).toBe('Edit comment');
    expect(p.db.prepare('SELECT comment FROM annotations').get()).toEqual({ comment: 'note' });
    expect(undo(p.db, ALICE).label).toBe('Edit memo');
    expect(snapshot(p.db)).toEqual(before);
    expect(undo(p.db, ALICE).label).toBe('Create highlight'); // the step before the typing
    redo(p.db, ALICE);
    redo(p.db, ALICE);
    redo(p.db, ALICE);
    expect(snapshot(p.db)).toEqual(afterComment);
    // A redone step is closed: typing on starts a new one.
    updateAnnotation(p.db, ALICE, a.id, { comment: 'now more' });
    expect(undo(p.db, ALICE).label).toBe('Edit comment');
    expect(snapshot(p.db)).toEqual(afterComment);
  });

  it('a new action clears the redo stack; undo and redo are logged', () => {
    highlight([id('Funding')]);
    undo(p.db, ALICE);
    expect(undoState(p.db).canRedo).toBe(true);
    highlight([id('IOM')]);
    expect(undoState(p.db)).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Create highlight', redoLabel: null });
    expect(listHistory(p.db).map((h) => h.action)).toEqual(['annotation.create', 'undo', 'annotation.create']);
    expect(redo(p.db, ALICE).label).toBeNull();
  });

  it('refuses to undo over rows changed outside the stack (a document deleted by a merge) and clears the stacks', () => {
    highlight([id('Funding')]);
    p.db.prepare('DELETE FROM documents WHERE id = ?').run(docId); // as a merge does, cascading its highlights
    expect(() => undo(p.db, ALICE)).toThrow(/changed elsewhere/);
    expect(undoState(p.db)).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    expect(p.db.prepare('SELECT COUNT(*) AS n FROM annotations').get()).toEqual({ n: 0 });
  });
});
