// Second-cycle coding on a real project: codes added to and removed from several passages in
// one undoable action, and a code split by moving some of its passages into a new or an
// existing sub-code (undo puts every coding and the new code back).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkCode, splitCode } from '../../../../../main/core/coding/bulk-coding';
import { redo, undo } from '../../../../../main/core/coding/undo-stack';
import { codingsOfAnnotation } from '../../../../../main/db/repositories/annotations';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { GlossaError } from '../../../../../shared/errors';
import { ALICE, BORIS, makeEvidenceProject, type EvidenceProject } from '../evidence/evidence-project';

let p: EvidenceProject;
beforeEach(() => {
  p = makeEvidenceProject();
});
afterEach(() => p.close());

const codesOf = (id: string) => codingsOfAnnotation(p.db, id).map((c) => c.code_id).sort();

describe('bulkCode', () => {
  it('adds and removes codes on many passages as one undo', () => {
    const ids = [p.ann.enFunding, p.ann.enTraining, p.ann.ruPartner];
    const before = ids.map(codesOf);
    const r = bulkCode(p.db, BORIS, { annotationIds: ids, add: [p.codes.partnership], remove: [p.codes.funding] }).result;
    // enFunding: −funding +partnership; enTraining: −funding +partnership; ruPartner: has it already.
    expect(r).toEqual({ added: 2, removed: 2, passages: 2 });
    expect(codesOf(p.ann.enFunding)).toEqual([p.codes.partnership]);
    expect(codesOf(p.ann.enTraining)).toEqual([p.codes.training, p.codes.partnership].sort());
    expect(codingsOfAnnotation(p.db, p.ann.enFunding)[0].coder_id).toBe(BORIS.id);
    undo(p.db, BORIS);
    expect(ids.map(codesOf)).toEqual(before);
    redo(p.db, BORIS);
    expect(codesOf(p.ann.enFunding)).toEqual([p.codes.partnership]);
  });

  it('refuses an unknown passage or code and changes nothing', () => {
    const before = codesOf(p.ann.enFunding);
    expect(() => bulkCode(p.db, ALICE, { annotationIds: [p.ann.enFunding, 'nope'], add: [p.codes.partnership] })).toThrow(GlossaError);
    expect(() => bulkCode(p.db, ALICE, { annotationIds: [p.ann.enFunding], add: ['no-such-code'] })).toThrow(GlossaError);
    expect(() => bulkCode(p.db, ALICE, { annotationIds: [], add: [p.codes.partnership] })).toThrow(/at least one passage/);
    expect(codesOf(p.ann.enFunding)).toEqual(before);
  });
});

describe('splitCode', () => {
  it('moves chosen passages of a code into a new sub-code; undo restores code and codings', () => {
    const codesBefore = listCodes(p.db).length;
    const r = splitCode(p.db, ALICE, { codeId: p.codes.training, annotationIds: [p.ann.enTraining, p.ann.iomBoth], newName: 'Training of judges' }).result;
    expect(r.passages).toBe(2);
    const sub = listCodes(p.db).find((c) => c.id === r.intoCodeId)!;
    expect(sub.text.en.name).toBe('Training of judges');
    expect(sub.parentId).toBe(p.codes.training);
    expect(codesOf(p.ann.enTraining)).toEqual([p.codes.funding, r.intoCodeId].sort());
    expect(codesOf(p.ann.iomBoth)).toEqual([p.codes.partnership, r.intoCodeId].sort());
    // The passage not chosen keeps the parent code.
    expect(codesOf(p.ann.ruCapacity)).toEqual([p.codes.training]);
    undo(p.db, ALICE);
    expect(listCodes(p.db)).toHaveLength(codesBefore);
    expect(codesOf(p.ann.enTraining)).toEqual([p.codes.training, p.codes.funding].sort());
  });

  it('moves into an existing code, skipping passages that do not carry the split code', () => {
    const r = splitCode(p.db, ALICE, { codeId: p.codes.training, annotationIds: [p.ann.ruCapacity, p.ann.ruPartner], intoCodeId: p.codes.funding }).result;
    expect(r).toMatchObject({ passages: 1, added: 1, removed: 1, intoCodeId: p.codes.funding });
    expect(codesOf(p.ann.ruCapacity)).toEqual([p.codes.funding]);
    expect(codesOf(p.ann.ruPartner)).toEqual([p.codes.partnership]);
    expect(() => splitCode(p.db, ALICE, { codeId: p.codes.training, annotationIds: [p.ann.enTraining], intoCodeId: p.codes.training })).toThrow(/other than/);
    expect(() => splitCode(p.db, ALICE, { codeId: p.codes.training, annotationIds: [p.ann.enTraining] })).toThrow(/sub-code or name/);
  });
});
