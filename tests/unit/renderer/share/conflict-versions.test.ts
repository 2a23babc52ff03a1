// The side-by-side rows of a merge conflict, built from the raw versions the backend stores.
import { describe, expect, it } from 'vitest';
import type { MergeConflict } from '../../../../shared/domain/share';
import { compareVersions, resolutionsFor } from '../../../../renderer/features/share/conflict-versions';

const ALICE = 'a1111111-1111-4111-8111-111111111111';
const BORIS = 'b2222222-2222-4222-8222-222222222222';
const lookups = {
  codes: new Map([['k1', { name: 'Victims', color: '#4e79a7' }], ['k2', { name: 'Labour', color: '#f28e2b' }]]),
  coders: new Map([[ALICE, { name: 'Alice', color: '#e15759' }], [BORIS, { name: 'Борис', color: '#4e79a7' }]]),
};

function annotation(comment: string, codeIds: string[], updated: string, updatedBy: string | null = null): Record<string, unknown> {
  return {
    id: 'ann1',
    document_id: 'd1',
    kind: 'text',
    targets: JSON.stringify([{ pageIndex: 2, rects: [], quote: { type: 'TextQuoteSelector', exact: 'forty-two victims', prefix: '', suffix: '' }, position: null }]),
    color: null,
    comment,
    coder_id: ALICE,
    updated_by: updatedBy,
    created_at: '2025-03-01T10:00:00.000Z',
    updated_at: updated,
    codeIds,
  };
}

const base: MergeConflict = {
  id: 'c1', createdAt: '2025-03-02T10:00:00.000Z', peerId: 'p', peerName: 'Boris copy', itemType: 'annotation', itemKey: 'ann1',
  kind: 'bothChanged', label: 'Highlight', mine: null, theirs: null, copyId: 'copy', status: 'open', resolution: null, resolvedAt: null,
};

describe('compareVersions', () => {
  it('shows an annotation edited on both sides field by field and marks what differs', () => {
    const rows = compareVersions({ ...base, mine: annotation('mine', ['k1'], '2025-03-02T09:00:00Z'), theirs: annotation('theirs', ['k1', 'k2'], '2025-03-02T09:30:00Z') }, lookups);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(rows.map((r) => r.key)).toEqual(['page', 'quote', 'codes', 'comment', 'createdBy', 'createdAt', 'updatedAt']);
    expect(byKey.page.mine).toEqual({ kind: 'text', text: '3' });
    expect(byKey.quote).toMatchObject({ differs: false, mine: { kind: 'quote', text: 'forty-two victims' } });
    expect(byKey.comment).toMatchObject({ differs: true, mine: { text: 'mine' }, theirs: { text: 'theirs' } });
    expect(byKey.codes.differs).toBe(true);
    expect(byKey.codes.theirs).toEqual({ kind: 'codes', codes: [{ id: 'k2', name: 'Labour', color: '#f28e2b' }, { id: 'k1', name: 'Victims', color: '#4e79a7' }] });
    expect(byKey.createdBy.mine).toEqual({ kind: 'coder', name: 'Alice', color: '#e15759' });
    // Dates differ after every edit; they are shown but are not the disagreement.
    expect(byKey.updatedAt.differs).toBe(false);
  });

  it("names each side's editor: my highlight edited by a colleague is theirs, not mine", () => {
    const rows = compareVersions({ ...base, mine: annotation('mine', ['k1'], '2025-03-02T09:00:00Z', ALICE), theirs: annotation('theirs', ['k1'], '2025-03-02T09:30:00Z', BORIS) }, lookups);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.createdBy).toMatchObject({ differs: false, mine: { name: 'Alice' }, theirs: { name: 'Alice' } });
    expect(byKey.editedBy).toMatchObject({ differs: true, mine: { name: 'Alice' }, theirs: { name: 'Борис' } });
    // Only their side was edited: my side's cell is empty, not "deleted".
    const one = compareVersions({ ...base, mine: annotation('mine', ['k1'], '2025-03-02T09:00:00Z'), theirs: annotation('theirs', ['k1'], '2025-03-02T09:30:00Z', BORIS) }, lookups);
    expect(one.find((r) => r.key === 'editedBy')).toMatchObject({ mine: { kind: 'text', text: '' }, theirs: { name: 'Борис' } });
  });

  it('shows a deleted side as null in every row', () => {
    const rows = compareVersions({ ...base, kind: 'deletedThere', mine: annotation('kept', ['k1'], '2025-03-02T09:00:00Z'), theirs: null }, lookups);
    expect(rows.every((r) => r.theirs === null)).toBe(true);
    expect(rows.find((r) => r.key === 'comment')!.differs).toBe(true);
  });

  it('compares two codes with one name and offers merge or keep both', () => {
    const code = (id: string, color: string, ru = 'Жертвы') => ({ id, parent_id: null, name_en: 'Victims', name_ru: ru, color, definition_en: '', definition_ru: '', inclusion_en: '', inclusion_ru: '', exclusion_en: '', exclusion_ru: '', created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z' });
    const c = { ...base, itemType: 'code' as const, kind: 'sameNameCode' as const, mine: code('k1', '#4e79a7'), theirs: code('k9', '#59a14f', 'Пострадавшие') };
    const rows = compareVersions(c, lookups);
    expect(rows.map((r) => r.key)).toEqual(['name_en', 'name_ru', 'color', 'createdAt', 'updatedAt']);
    expect(rows.map((r) => r.differs)).toEqual([false, true, true, false, false]);
    expect(resolutionsFor(c)).toEqual(['merge', 'both']);
    expect(resolutionsFor({ kind: 'bothChanged', itemType: 'document' })).toEqual(['mine', 'theirs']);
    expect(resolutionsFor({ kind: 'bothChanged', itemType: 'annotation' })).toEqual(['mine', 'theirs', 'both']);
  });
});
