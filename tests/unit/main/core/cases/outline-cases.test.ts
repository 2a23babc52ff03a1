// Outline -> cases: the outline pdf.js reads from a generated report, the default level, page
// spans, countries from titles (English and Russian), and the undoable action that makes them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCasesFromOutline, deleteCase, planFromOutline, updateCase } from '../../../../../main/core/cases/case-actions';
import { countryOfTitle, defaultLevel, outlineLevels, planCases } from '../../../../../main/core/cases/outline-cases';
import { redo, undo } from '../../../../../main/core/coding/undo-stack';
import { listCases } from '../../../../../main/db/repositories/cases';
import { removeDocumentAction } from '../../../../../main/core/documents/remove-document';
import type { OutlineEntry } from '../../../../../shared/domain/case';
import { TIP_CHAPTERS, TIP_PAGE_COUNT } from '../../../../fixtures/tip-outline-report';
import { addDocument } from '../../../../helpers/temp-project';
import { ANNA, makeTipProject, type TipProject } from './tip-project';

describe('planning cases from an outline (pure)', () => {
  const entries: OutlineEntry[] = [
    { title: 'Intro', level: 0, pageIndex: 0 },
    { title: 'Narratives', level: 0, pageIndex: 1 },
    { title: 'Moldova', level: 1, pageIndex: 1 },
    { title: 'Broken link', level: 1, pageIndex: null },
    { title: 'Ukraine', level: 1, pageIndex: 4 },
    { title: 'Same-page note', level: 2, pageIndex: 4 },
    { title: 'Georgia', level: 1, pageIndex: 6 },
    { title: 'Georgia addendum', level: 1, pageIndex: 6 },
    { title: 'Annex', level: 0, pageIndex: 9 },
  ];

  it('counts resolvable entries per level and picks the fullest, the shallower on a tie', () => {
    expect(outlineLevels(entries)).toEqual([3, 4, 1]);
    expect(defaultLevel([3, 4, 1])).toBe(1);
    expect(defaultLevel([2, 2])).toBe(0);
    expect(defaultLevel([])).toBe(0);
  });

  it('spans each entry to the page before the next entry at its level or above; the last to the end', () => {
    expect(planCases(entries, 12, 1).map((c) => [c.name, c.firstPage, c.lastPage])).toEqual([
      ['Moldova', 1, 3],
      ['Ukraine', 4, 5],
      ['Georgia', 6, 6],
      ['Georgia addendum', 6, 8],
    ]);
    expect(planCases(entries, 12, 0).map((c) => [c.name, c.firstPage, c.lastPage])).toEqual([
      ['Intro', 0, 0],
      ['Narratives', 1, 8],
      ['Annex', 9, 11],
    ]);
  });

  it('names a country of the vocabulary as a whole word, in English or Russian', () => {
    expect(countryOfTitle('MOLDOVA: Tier 2')).toBe('moldova');
    expect(countryOfTitle('Азербайджан: Tier 2')).toBe('azerbaijan');
    expect(countryOfTitle('Republic of Georgia and Armenia')).toBe('georgia');
    expect(countryOfTitle('Georgian wine')).toBe('');
    expect(countryOfTitle('Introduction')).toBe('');
  });
});

describe('cases from the outline of a generated TIP report', () => {
  let p: TipProject;
  beforeEach(async () => {
    p = await makeTipProject();
  });
  afterEach(() => p.close());

  it('reads the outline with pdf.js and plans one case per country chapter by default', async () => {
    const plan = await planFromOutline(p.db, p.docId);
    expect(plan.levels).toEqual([3, 4]);
    expect(plan.level).toBe(1);
    expect(plan.cases).toEqual(TIP_CHAPTERS.map((ch) => ({ name: ch.title, firstPage: ch.firstPage, lastPage: ch.lastPage, country: ch.country })));
    const top = await planFromOutline(p.db, p.docId, 0);
    expect(top.cases.map((c) => [c.name, c.firstPage, c.lastPage])).toEqual([
      ['Introduction', 1, 1],
      ['Country narratives', 1, TIP_PAGE_COUNT - 2],
      ['Annex: methodology', TIP_PAGE_COUNT - 1, TIP_PAGE_COUNT - 1],
    ]);
  });

  it('refuses a document without an outline and a level with no entries', async () => {
    const plain = addDocument(p.db, ['no outline here']);
    await expect(planFromOutline(p.db, plain.id)).rejects.toMatchObject({ code: 'case.noOutline' });
    await expect(planFromOutline(p.db, p.docId, 5)).rejects.toMatchObject({ code: 'case.badInput' });
  });

  it('makes the cases in one undoable action; edits and deletes undo too', async () => {
    const made = (await createCasesFromOutline(p.db, ANNA, p.docId)).result;
    expect(made.map((c) => c.country)).toEqual(['moldova', 'ukraine', 'georgia', 'azerbaijan']);
    expect(listCases(p.db).map((c) => [c.name, c.segments[0].documentId, c.segments[0].firstPage, c.segments[0].lastPage])).toEqual(
      TIP_CHAPTERS.map((ch) => [ch.title, p.docId, ch.firstPage, ch.lastPage]),
    );
    updateCase(p.db, ANNA, made[0].id, { name: 'Moldova', country: 'other', attributes: { tier: '2' } });
    expect(listCases(p.db)[0]).toMatchObject({ name: 'Moldova', country: 'other', attributes: { tier: '2' } });
    expect(() => updateCase(p.db, ANNA, made[0].id, { name: '  ' })).toThrow(expect.objectContaining({ code: 'case.badInput' }));
    undo(p.db, ANNA);
    expect(listCases(p.db)[0]).toMatchObject({ name: 'MOLDOVA: Tier 2', country: 'moldova', attributes: {} });
    deleteCase(p.db, ANNA, made[1].id);
    expect(listCases(p.db).map((c) => c.id)).not.toContain(made[1].id);
    undo(p.db, ANNA);
    expect(listCases(p.db).find((c) => c.id === made[1].id)?.segments).toHaveLength(1);
    undo(p.db, ANNA);
    expect(listCases(p.db)).toEqual([]);
    redo(p.db, ANNA);
    expect(listCases(p.db)).toHaveLength(4);
  });

  it("removing the document removes its segments, and undoing the removal brings them back", async () => {
    await createCasesFromOutline(p.db, ANNA, p.docId);
    removeDocumentAction(p.db, ANNA, p.docId);
    expect(listCases(p.db).every((c) => c.segments.length === 0)).toBe(true);
    undo(p.db, ANNA);
    expect(listCases(p.db).map((c) => c.segments.length)).toEqual([1, 1, 1, 1]);
  });
});
