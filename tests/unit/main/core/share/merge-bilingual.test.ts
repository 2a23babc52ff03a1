// Merging a bilingual codebook: one colleague's English edits and the other's Russian edits of
// the same code both survive without a conflict; an edit of the same language on both sides
// still is one, keeping both versions.
import { afterEach, describe, expect, it } from 'vitest';
import { updateCodeFields } from '../../../../../main/core/coding/codes';
import { listConflicts } from '../../../../../main/core/share/conflicts';
import { mergeProject } from '../../../../../main/core/share/merge';
import { getCode } from '../../../../../main/db/repositories/codes';
import { ALICE, BORIS, baseProject, forkTo, type Workspace, workspace } from './share-fixture';

const KNOWLEDGE_PRODUCTION = 'e94e7bd8-d18f-4a54-871a-945d653022f1';

let ws: Workspace;
afterEach(() => ws?.cleanup());

describe('merging a bilingual codebook', () => {
  it('takes my English rename and their Russian definition and colour of the same code', async () => {
    ws = workspace();
    const { handle: a } = baseProject(ws);
    const b = await forkTo(ws, a, 'b.glossa');
    const ruBefore = getCode(a.db, KNOWLEDGE_PRODUCTION)!.text.ru;
    updateCodeFields(a.db, ALICE, KNOWLEDGE_PRODUCTION, { lang: 'en', name: 'Knowledge generation', definition: 'Alice EN' });
    updateCodeFields(b.db, BORIS, KNOWLEDGE_PRODUCTION, { lang: 'ru', name: 'Выработка знаний', definition: 'Борис RU' });
    updateCodeFields(b.db, BORIS, KNOWLEDGE_PRODUCTION, { color: '#112233' });

    const s = await mergeProject(a, b.path, { coder: ALICE });
    expect(s.conflicts).toBe(0);
    expect(listConflicts(a.db, 'open')).toEqual([]);
    const merged = getCode(a.db, KNOWLEDGE_PRODUCTION)!;
    expect(merged.color).toBe('#112233');
    expect(merged.text.en).toMatchObject({ name: 'Knowledge generation', definition: 'Alice EN' });
    expect(merged.text.ru).toEqual({ ...ruBefore, name: 'Выработка знаний', definition: 'Борис RU' });

    // Merging the same file again changes nothing: their parts are now the base.
    const again = await mergeProject(a, b.path, { coder: ALICE });
    expect(again.conflicts).toBe(0);
    expect(getCode(a.db, KNOWLEDGE_PRODUCTION)).toEqual(merged);
  });

  it('the same language edited on both sides is a conflict that keeps both versions', async () => {
    ws = workspace();
    const { handle: a } = baseProject(ws);
    const b = await forkTo(ws, a, 'b.glossa');
    updateCodeFields(a.db, ALICE, KNOWLEDGE_PRODUCTION, { lang: 'ru', definition: 'Алиса' });
    updateCodeFields(b.db, BORIS, KNOWLEDGE_PRODUCTION, { lang: 'ru', definition: 'Борис' });
    const s = await mergeProject(a, b.path, { coder: ALICE });
    expect(s.conflicts).toBe(1);
    const [c] = listConflicts(a.db, 'open');
    expect([c.itemType, c.kind]).toEqual(['code', 'bothChanged']);
    expect(getCode(a.db, KNOWLEDGE_PRODUCTION)!.text.ru.definition).toBe('Алиса');
    expect((c.theirs as { definition_ru: string }).definition_ru).toBe('Борис');
  });
});
