// The evidence filter's case part (caseIds, caseCountries) on the mini TIP report's country
// cases: the browser's passages, a coding query within cases, the analysis tables, and
// `glossa query --case / --case-country`. Expected sets worked out by hand from tip-project.ts:
// Moldova p.3 (Funding), Ukraine p.6 (Training; and OSCE: Funding), Georgia p.8 (Funding +
// Training), Azerbaijan p.11 (Training), the cover p.1 (Funding, outside every case).
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCasesFromOutline } from '../../../../../main/core/cases/case-actions';
import { evidenceTables, queryEvidence } from '../../../../../main/core/evidence/handlers';
import { parseFilter } from '../../../../../main/core/evidence/evidence-input';
import { closeProject } from '../../../../../main/core/project/project-file';
import { resolveQueryFilter } from '../../../../../main/core/query/query-filter';
import type { Case } from '../../../../../shared/domain/case';
import type { EvidenceFilter } from '../../../../../shared/domain/evidence';
import { runGlossa } from '../../../../helpers/run-glossa';
import { ANNA, makeTipProject, type TipProject } from './tip-project';

let p: TipProject;
let cases: Case[];
beforeEach(async () => {
  p = await makeTipProject();
  cases = (await createCasesFromOutline(p.db, ANNA, p.docId)).result;
});
afterEach(() => p.close());

/** The passages (by document grouping) the filter finds, as the handler resolves it from JSON. */
const passages = (filter: unknown): string[] =>
  queryEvidence(p.db, resolveQueryFilter(p.db, parseFilter(filter)), 'document', 0, 100).items.map((i) => i.annotationId).sort();
const caseId = (country: string) => cases.find((c) => c.country === country)!.id;

describe('filtering evidence by case', () => {
  it('keeps the passages lying in the cases of a country', () => {
    expect(passages({ caseCountries: ['ukraine'] })).toEqual([p.ann.ukraine, p.ann.ukraineSecond].sort());
    expect(passages({ caseCountries: ['georgia', 'moldova'] })).toEqual([p.ann.georgia, p.ann.moldova].sort());
    expect(passages({ caseCountries: ['france'] })).toEqual([]);
  });

  it('keeps the passages of chosen cases; both lists must hold', () => {
    expect(passages({ caseIds: [caseId('azerbaijan')] })).toEqual([p.ann.azerbaijan]);
    expect(passages({ caseIds: [caseId('georgia')], caseCountries: ['moldova'] })).toEqual([]);
    expect(passages({ caseIds: [caseId('georgia')], caseCountries: ['georgia'] })).toEqual([p.ann.georgia]);
  });

  it('combines with a coding query, the documents and the code filter', () => {
    expect(passages({ query: '"Funding"', caseCountries: ['ukraine'] })).toEqual([p.ann.ukraineSecond]);
    expect(passages({ caseCountries: ['ukraine'], documentIds: ['another-document'] })).toEqual([]);
    expect(passages({ caseCountries: ['ukraine', 'georgia'], codeIds: [p.codes.training] })).toEqual([p.ann.georgia, p.ann.ukraine].sort());
  });

  it('the analysis tables follow it', () => {
    const filter: EvidenceFilter = resolveQueryFilter(p.db, { caseCountries: ['ukraine', 'georgia'] });
    const t = evidenceTables(p.db, filter).frequencies.caseCountry;
    expect(t.columns).toEqual(['georgia', 'ukraine']);
    expect(t.rows.find((r) => r.codeId === p.codes.funding)!.counts).toEqual([1, 1]);
    expect(t.rows.find((r) => r.codeId === p.codes.training)!.counts).toEqual([1, 1]);
  });

  it('refuses a case list that is not a list of ids', () => {
    expect(() => parseFilter({ caseIds: 'ukraine' })).toThrow(/caseIds/);
  });
});

describe('glossa query --case', () => {
  it('keeps the passages in the named case or country, and names an unknown one in both languages', async () => {
    const file = p.handle.path;
    closeProject(p.handle);
    p.close = () => fs.rmSync(p.dir, { recursive: true, force: true });
    const byName = JSON.parse((await runGlossa(['query', file, '"Funding" OR "Training"', '--case', 'UKRAINE: Tier 2 Watch List', '--json'])).stdout);
    expect(byName.passages.map((x: { annotationId: string }) => x.annotationId).sort()).toEqual([p.ann.ukraine, p.ann.ukraineSecond].sort());
    const byCountry = JSON.parse((await runGlossa(['query', file, '"Funding"', '--case-country', 'Georgia', '--case-country', 'moldova', '--json'])).stdout);
    expect(byCountry.passages.map((x: { annotationId: string }) => x.annotationId).sort()).toEqual([p.ann.georgia, p.ann.moldova].sort());
    const unknown = await runGlossa(['query', file, '"Funding"', '--case', 'Atlantis', '--lang', 'ru']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('glossa query: Нет случая с названием «Atlantis» (см. glossa cases list).\n');
  });
});
