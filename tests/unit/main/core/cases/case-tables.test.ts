// A coding belongs to the cases its passage lies in, and the analysis tables group by them:
// codes by case and by case country across the country chapters of one report, with the pages
// and cases behind each column (counts per 100 pages / per case).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCasesFromOutline } from '../../../../../main/core/cases/case-actions';
import { CaseIndex } from '../../../../../main/core/cases/case-index';
import { evidenceTables } from '../../../../../main/core/evidence/handlers';
import { listCases } from '../../../../../main/db/repositories/cases';
import type { Case } from '../../../../../shared/domain/case';
import { ANNA, makeTipProject, type TipProject } from './tip-project';

describe('case membership (pure)', () => {
  const seg = (documentId: string, firstPage: number, lastPage: number) => ({ id: `${documentId}${firstPage}`, documentId, firstPage, lastPage, startOffset: null, endOffset: null });
  const mk = (id: string, country: string, ...segments: Case['segments']): Case => ({ id, name: id, country, attributes: {}, segments, createdAt: '', updatedAt: '' });
  const index = new CaseIndex([mk('md', 'moldova', seg('d1', 2, 4)), mk('ua', 'ukraine', seg('d1', 5, 6), seg('d2', 0, 0))]);

  it('a passage belongs to every case whose segment meets its pages, in that document only', () => {
    expect(index.casesOf('d1', 3, 3).map((c) => c.id)).toEqual(['md']);
    expect(index.casesOf('d1', 4, 5).map((c) => c.id)).toEqual(['md', 'ua']);
    expect(index.casesOf('d1', 7, 9)).toEqual([]);
    expect(index.casesOf('d2', 0, 0).map((c) => c.id)).toEqual(['ua']);
    expect(index.casesOf('d3', 0, 0)).toEqual([]);
  });

  it('pages of a case sum its segments; a country column counts its cases', () => {
    expect(index.denominators('md', 'case')).toEqual({ pages: 3, cases: 1 });
    expect(index.denominators('ukraine', 'caseCountry')).toEqual({ pages: 3, cases: 1 });
  });
});

describe('analysis tables by case', () => {
  let p: TipProject;
  beforeEach(async () => {
    p = await makeTipProject();
  });
  afterEach(() => p.close());

  it('without cases every coding is outside any case', () => {
    const t = evidenceTables(p.db, {});
    expect(t.frequencies.caseCountry.columns).toEqual(['']);
    expect(t.frequencies.caseCountry.rows.map((r) => r.total)).toEqual([4, 3]);
  });

  it('counts codes by case country across the country chapters, with pages per column', async () => {
    await createCasesFromOutline(p.db, ANNA, p.docId);
    const t = evidenceTables(p.db, {});
    const byCountry = t.frequencies.caseCountry;
    expect(byCountry.columns).toEqual(['azerbaijan', 'georgia', 'moldova', 'ukraine', '']);
    const row = (id: string) => byCountry.rows.find((r) => r.codeId === id)!.counts;
    // Funding: Moldova, Ukraine (OSCE), Georgia, and the cover (outside every case).
    expect(row(p.codes.funding)).toEqual([0, 1, 1, 1, 1]);
    expect(row(p.codes.training)).toEqual([1, 1, 0, 1, 0]);
    expect(byCountry.columnPages).toEqual([2, 3, 3, 2, 0]);
    expect(byCountry.columnCases).toEqual([1, 1, 1, 1, 0]);

    const byCase = t.frequencies.case;
    const cases = listCases(p.db);
    expect(byCase.columns).toEqual([...cases.map((c) => c.id), '']);
    expect(byCase.columns.slice(0, 4).map((id) => t.caseNames[id])).toEqual(cases.map((c) => c.name));
    expect(byCase.rows.find((r) => r.codeId === p.codes.funding)!.counts).toEqual([1, 1, 1, 0, 1]);
  });
});
