// Codebook operations on a real project file: the default seed, create/rename/recolour,
// move (with cycle refusal), merge (codings move, duplicates collapse, children re-parent)
// and delete (deleteInfo counts match what delete removes), all with counts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { codeDeleteInfo, createCode, deleteCode, listCodesWithCounts, mergeCodes, moveCode, updateCodeFields } from '../../../../../main/core/coding/codes';
import { DEFAULT_CODEBOOK } from '../../../../../main/core/codebook/default-codebook';
import { listHistory } from '../../../../../main/db/repositories/history';
import { addDocument, ALICE } from './coding-fixture';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';

let p: TempProject;
let docId: string;
beforeEach(() => {
  p = tempProject();
  docId = addDocument(p.db, 'Report', ['The EU funded a study by IOM.', 'Second page text here.']);
});
afterEach(() => p.close());

function byName(name: string) {
  const c = listCodesWithCounts(p.db).find((x) => x.name === name);
  if (!c) throw new Error(`no code ${name}`);
  return c;
}

function code(annotationCodes: string[], page = 0, start = 0) {
  return createAnnotation(p.db, ALICE, {
    documentId: docId,
    kind: 'text',
    targets: [{ pageIndex: page, rects: [], quote: null, position: { type: 'TextPositionSelector', start, end: start + 5 } }],
    color: null,
    comment: '',
    codeIds: annotationCodes,
  }).result;
}

describe('default codebook', () => {
  it('is seeded at project creation with English and Russian names, colours and notes', () => {
    const codes = listCodesWithCounts(p.db);
    expect(codes.length).toBe(35);
    const kp = byName('Knowledge production');
    expect(kp.localizedNames).toEqual({ en: 'Knowledge production', ru: 'Производство знаний' });
    expect(kp.definition.length).toBeGreaterThan(40);
    expect(kp.inclusion.length).toBeGreaterThan(20);
    expect(kp.exclusion.length).toBeGreaterThan(20);
    expect(new Set(codes.map((c) => c.color)).size).toBe(codes.length);
    expect(codes.every((c) => c.localizedNames.ru && c.localizedNames.en)).toBe(true);
    expect(byName('OSCE').parentId).toBe(byName('Partner').id);
    expect(codes.filter((c) => c.parentId === null).map((c) => c.name)).toEqual(DEFAULT_CODEBOOK.map((n) => n.name.en));
  });
});

describe('codes', () => {
  it('creates, renames (clearing translations) and recolours, refusing duplicate sibling names', () => {
    const parent = byName('Influence instruments');
    const c = createCode(p.db, ALICE, { parentId: parent.id, name: '  Peer   review ' }).result;
    expect(c.name).toBe('Peer review');
    expect(c.position).toBe(9);
    expect(() => createCode(p.db, ALICE, { parentId: parent.id, name: 'peer REVIEW' })).toThrow(/already exists/);
    const kp = byName('Knowledge production');
    const renamed = updateCodeFields(p.db, ALICE, kp.id, { name: 'Knowledge generation' }).result;
    expect(renamed.localizedNames).toEqual({});
    const recoloured = updateCodeFields(p.db, ALICE, kp.id, { color: '#ABCDEF', definition: 'New def' }).result;
    expect(recoloured.color).toBe('#abcdef');
    expect(recoloured.definition).toBe('New def');
    expect(() => updateCodeFields(p.db, ALICE, kp.id, { color: 'red' })).toThrow(/colour/);
    expect(listHistory(p.db).map((h) => h.action)).toEqual(['code.update', 'code.update', 'code.create']);
  });

  it('counts codings on a code and on its subtree', () => {
    code([byName('OSCE').id]);
    code([byName('OSCE').id, byName('IOM').id], 0, 10);
    code([byName('Partner').id], 1);
    expect(byName('OSCE').codingCount).toBe(2);
    expect(byName('Partner').codingCount).toBe(1);
    expect(byName('Partner').totalCount).toBe(4);
    expect(byName('Partnership evidence').totalCount).toBe(4);
    expect(byName('Partnership evidence').codingCount).toBe(0);
  });

  it('moves a code to a new parent and position and refuses cycles', () => {
    const funding = byName('Funding');
    const forms = byName('Form');
    moveCode(p.db, ALICE, funding.id, forms.id, 0);
    const kids = listCodesWithCounts(p.db).filter((c) => c.parentId === forms.id);
    expect(kids[0].name).toBe('Funding');
    expect(kids.map((k) => k.position)).toEqual(kids.map((_, i) => i));
    const old = listCodesWithCounts(p.db).filter((c) => c.parentId === byName('Influence instruments').id);
    expect(old.map((k) => k.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(() => moveCode(p.db, ALICE, byName('Partnership evidence').id, byName('OSCE').id, 0)).toThrow(/into itself/);
    expect(() => moveCode(p.db, ALICE, forms.id, forms.id, 0)).toThrow(/into itself/);
    // Reorder among siblings.
    moveCode(p.db, ALICE, byName('Regime layer').id, null, 0);
    expect(listCodesWithCounts(p.db)[0].name).toBe('Regime layer');
  });

  it('merges: codings move, duplicates collapse, children re-parent, source removed', () => {
    const osce = byName('OSCE');
    const iom = byName('IOM');
    const a1 = code([osce.id]);
    code([osce.id, iom.id], 0, 10);
    const child = createCode(p.db, ALICE, { parentId: osce.id, name: 'ODIHR' }).result;
    code([child.id], 1);
    const r = mergeCodes(p.db, ALICE, osce.id, iom.id).result;
    expect(r).toMatchObject({ moved: 1, collapsed: 1 });
    expect(listCodesWithCounts(p.db).find((c) => c.id === osce.id)).toBeUndefined();
    expect(byName('IOM').codingCount).toBe(2);
    expect(byName('IOM').totalCount).toBe(3);
    expect(byName('ODIHR').parentId).toBe(iom.id);
    const a1Codes = p.db.prepare('SELECT code_id FROM annotation_codes WHERE annotation_id = ?').all(a1.id);
    expect(a1Codes).toEqual([{ code_id: iom.id }]);
    const partners = listCodesWithCounts(p.db).filter((c) => c.parentId === byName('Partner').id);
    expect(partners.map((c) => c.position)).toEqual(partners.map((_, i) => i));
    expect(() => mergeCodes(p.db, ALICE, byName('Partner').id, byName('IOM').id)).toThrow(/itself/);
  });

  it('delete removes the subtree and exactly the codings deleteInfo announced', () => {
    code([byName('OSCE').id, byName('Funding').id]);
    code([byName('IOM').id], 1);
    code([byName('Partner').id], 1, 8);
    const partner = byName('Partner');
    expect(codeDeleteInfo(p.db, partner.id)).toEqual({ codeCount: 11, codingCount: 3 });
    expect(deleteCode(p.db, ALICE, partner.id).result).toEqual({ codeCount: 11, codingCount: 3 });
    expect(listCodesWithCounts(p.db).length).toBe(24);
    expect(p.db.prepare('SELECT COUNT(*) AS n FROM annotation_codes').get()).toEqual({ n: 1 });
    // Highlights stay, uncoded.
    expect(p.db.prepare('SELECT COUNT(*) AS n FROM annotations').get()).toEqual({ n: 3 });
    expect(byName('Form').position).toBe(0);
  });
});
