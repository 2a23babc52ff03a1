// Conflicts on codes, memos and document attributes: both versions are kept until the user
// resolves them; every resolution is logged in the history.
import { afterEach, describe, expect, it } from 'vitest';
import { deleteCode, updateCodeFields } from '../../../../../main/core/coding/codes';
import { setMemo } from '../../../../../main/core/coding/memos';
import { allowedResolutions, listConflicts, resolveConflict } from '../../../../../main/core/share/conflicts';
import { mergeProject } from '../../../../../main/core/share/merge';
import { updateDocument } from '../../../../../main/db/repositories/documents';
import { listHistory } from '../../../../../main/db/repositories/history';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/db/migrations';
import { findRowProblems } from '../../../../../main/db/row-check';
import { ALICE, BORIS, baseProject, forkTo, type Workspace, workspace } from './share-fixture';

let ws: Workspace;
afterEach(() => ws?.cleanup());

describe('merge conflicts', () => {
  it('code, memo and document edited on both sides; a code deleted there but edited here', async () => {
    ws = workspace();
    const { handle: a, docA } = baseProject(ws);
    const [k1, k2] = (a.db.prepare('SELECT id FROM codes WHERE parent_id IS NULL ORDER BY id LIMIT 2').all() as Array<{ id: string }>).map((r) => r.id);
    const leaf = (a.db.prepare('SELECT id FROM codes c WHERE NOT EXISTS (SELECT 1 FROM codes x WHERE x.parent_id = c.id) ORDER BY id LIMIT 1').get() as { id: string }).id;
    setMemo(a.db, ALICE, 'project', '', 'base memo');
    const b = await forkTo(ws, a, 'b.glossa');
    updateCodeFields(a.db, ALICE, k1, { definition: 'mine' });
    updateCodeFields(b.db, BORIS, k1, { definition: 'theirs' });
    setMemo(a.db, ALICE, 'project', '', 'mine memo');
    setMemo(b.db, BORIS, 'project', '', 'theirs memo');
    updateDocument(a.db, docA, { year: 2020 });
    updateDocument(b.db, docA, { year: 2021 });
    updateCodeFields(a.db, ALICE, leaf, { color: '#123456' });
    deleteCode(b.db, BORIS, leaf);
    void k2;

    const s = await mergeProject(a, b.path, { coder: ALICE });
    expect(s.conflicts).toBe(4);
    const byType = Object.fromEntries(listConflicts(a.db, 'open').map((c) => [`${c.itemType}:${c.kind}`, c]));
    expect(Object.keys(byType).sort()).toEqual(['code:bothChanged', 'code:deletedThere', 'document:bothChanged', 'memo:bothChanged']);
    expect(allowedResolutions(byType['document:bothChanged'])).toEqual(['mine', 'theirs']);
    // conflicts of every item type, as merge stores them, pass the row check of received files
    expect(findRowProblems(a.db, LATEST_SCHEMA_VERSION)).toEqual([]);
    expect(() => resolveConflict(a.db, ALICE, byType['document:bothChanged'].id, 'both')).toThrow(/not available/);

    resolveConflict(a.db, ALICE, byType['code:bothChanged'].id, 'theirs');
    expect((a.db.prepare('SELECT definition_en FROM codes WHERE id = ?').get(k1) as { definition_en: string }).definition_en).toBe('theirs');
    resolveConflict(a.db, ALICE, byType['memo:bothChanged'].id, 'both');
    expect((a.db.prepare("SELECT body FROM memos WHERE target_type = 'project'").get() as { body: string }).body).toBe('mine memo\n\n---\n\ntheirs memo');
    resolveConflict(a.db, ALICE, byType['document:bothChanged'].id, 'theirs');
    expect((a.db.prepare('SELECT year FROM documents WHERE id = ?').get(docA) as { year: number }).year).toBe(2021);
    expect(a.db.prepare('SELECT 1 FROM codes WHERE id = ?').get(leaf)).toBeDefined();
    resolveConflict(a.db, ALICE, byType['code:deletedThere'].id, 'theirs');
    expect(a.db.prepare('SELECT 1 FROM codes WHERE id = ?').get(leaf)).toBeUndefined();
    expect(listConflicts(a.db, 'open')).toEqual([]);
    expect(listHistory(a.db).filter((e) => e.action === 'merge.resolve')).toHaveLength(4);
    expect(findRowProblems(a.db, LATEST_SCHEMA_VERSION)).toEqual([]);
  });
});
