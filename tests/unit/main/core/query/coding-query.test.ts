// Coding queries and the positional co-occurrence matrix on a real project file: passages
// placed across page breaks, two coders' overlapping highlights, the query as an evidence
// filter (browser, tables, cell passages), paragraph and page nearness.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCodingQuery } from '../../../../../main/core/query/coding-query';
import { cellPassages, evidenceTables, queryEvidence } from '../../../../../main/core/evidence/handlers';
import { resolveQueryFilter } from '../../../../../main/core/query/query-filter';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { GlossaError } from '../../../../../shared/errors';
import { ALICE, BORIS, EN_PAGES, makeEvidenceProject, target, type EvidenceProject } from '../evidence/evidence-project';

let p: EvidenceProject;
let borisOverlap: string;
beforeEach(() => {
  p = makeEvidenceProject();
  // Boris codes "Referral Mechanism” for victims." Partnership: it overlaps Alice's Funding
  // passage ("The OSCE funded a “National Referral Mechanism” for victims.") on page 1.
  borisOverlap = createAnnotation(p.db, BORIS, {
    documentId: p.docs.en, kind: 'text', targets: [target(EN_PAGES, 0, 'Referral Mechanism” for victims.')], color: null, comment: '', codeIds: [p.codes.partnership],
  }).result.id;
});
afterEach(() => p.close());

const q = (expression: string, extra: { documentIds?: string[]; coderIds?: string[] } = {}) => runCodingQuery(p.db, { expression, ...extra }).annotationIds;

describe('coding queries on a project', () => {
  it('OVERLAPS finds the two coders\u2019 overlapping passages, by name in either language and by path', () => {
    expect(q('"Test Funding" OVERLAPS "Test Партнёрство"')).toEqual([p.ann.enFunding]);
    expect(q('"Test Партнёрство" OVERLAPS "Test Influence/Test Funding"')).toEqual([borisOverlap]);
    expect(q('"Test Training" OVERLAPS "Test Партнёрство"')).toEqual([p.ann.iomBoth]);
  });

  it('NEAR, FOLLOWED-BY and INSIDE place passages across pages', () => {
    // Page 2's Training passage and the cross-page Influence passage both lie on page 2.
    expect(q('"Test Training" NEAR/PAGE "Test Influence"', { documentIds: [p.docs.en] })).toEqual([p.ann.enTraining]);
    expect(q('"Test Funding" FOLLOWED-BY "Test Influence"')).toEqual([p.ann.enFunding, p.ann.enTraining]);
    // The page break counts: page 1's end and page 2's start are one separator apart.
    const gapToTraining = EN_PAGES[0].length - EN_PAGES[0].indexOf('The OSCE') - 'The OSCE funded a “National Referral Mechanism” for victims.'.length + 1;
    expect(q(`"Test Funding" NEAR/${gapToTraining - 1} "Test Training" AND NOT "Test Training"`)).toEqual([]);
    expect(q(`"Test Funding" NEAR/${gapToTraining} "Test Training" AND NOT "Test Training"`)).toEqual([p.ann.enFunding]);
    expect(q('"Test Партнёрство" INSIDE "Test Funding"')).toEqual([borisOverlap]);
  });

  it('keeps to the documents and coders asked for', () => {
    expect(q('"Test Training"', { coderIds: [ALICE.id] })).toEqual([p.ann.iomBoth]);
    expect(q('"Test Training"', { documentIds: [p.docs.ru] })).toEqual([p.ann.ruCapacity]);
  });

  it('refuses unknown codes with the code in the message', () => {
    expect(() => q('"Capacity building" OVERLAPS "Test Funding"')).toThrow(GlossaError);
    expect(() => q('"Capacity building" OVERLAPS "Test Funding"')).toThrow(/Capacity building/);
  });
});

describe('the query as an evidence filter and the positional matrix', () => {
  it('the browser lists the passages a query finds', () => {
    const filter = resolveQueryFilter(p.db, { query: '"Test Funding" OVERLAPS "Test Партнёрство"' });
    const page = queryEvidence(p.db, filter, 'document', 0, 100);
    expect(page.items.map((i) => i.annotationId)).toEqual([p.ann.enFunding]);
    expect(page.total).toBe(1);
    // The code tree's counts follow the query (and every other filter) but not the code selection.
    expect(page.codeCounts).toEqual({ [p.codes.funding]: 1 });
    const osce = queryEvidence(p.db, { organisations: ['osce'], codeIds: [p.codes.training] }, 'code', 0, 100);
    expect(osce.codeCounts).toEqual({ [p.codes.funding]: 2, [p.codes.training]: 1, [p.codes.influence]: 1, [p.codes.partnership]: 1 });
    // An empty result is empty, not "no filter".
    expect(queryEvidence(p.db, resolveQueryFilter(p.db, { query: '"Test Funding" INSIDE "Test Партнёрство"' }), 'document', 0, 100).total).toBe(0);
  });

  it('co-occurrence counts overlapping highlights of two coders, with the c-coefficient', () => {
    const t = evidenceTables(p.db, {});
    const at = (id: string) => t.cooccurrence.codes.findIndex((c) => c.codeId === id);
    const f = at(p.codes.funding);
    const pa = at(p.codes.partnership);
    // Funding–Partnership: Alice's Funding passage overlaps Boris's Partnership one → 1.
    // The old matrix (codes on the same highlight only) said 0.
    expect(t.cooccurrence.counts[f][pa]).toBe(1);
    // n(Funding) = 2 (enFunding, enTraining), n(Partnership) = 3 (ruPartner, iomBoth, Boris's): c = 1 / (2 + 3 − 1).
    expect(t.cooccurrence.counts[f][f]).toBe(2);
    expect(t.cooccurrence.counts[pa][pa]).toBe(3);
    expect(t.cooccurrence.c[f][pa]).toBeCloseTo(0.25, 10);
    expect(cellPassages(p.db, {}, p.codes.funding, p.codes.partnership).map((i) => i.annotationId).sort()).toEqual([p.ann.enFunding, borisOverlap].sort());
  });

  it('counts nearby passages on the same page when asked', () => {
    const page = { kind: 'near' as const, distance: { unit: 'page' as const } };
    const t = evidenceTables(p.db, { documentIds: [p.docs.en] }, page);
    const at = (id: string) => t.cooccurrence.codes.findIndex((c) => c.codeId === id);
    // Page 2: Training+Funding (enTraining) and Influence (enCross) → Training–Influence 1.
    expect(t.cooccurrence.counts[at(p.codes.training)][at(p.codes.influence)]).toBe(1);
    expect(evidenceTables(p.db, { documentIds: [p.docs.en] }).cooccurrence.counts[at(p.codes.training)][at(p.codes.influence)]).toBe(0);
    expect(t.cooccurrence.mode).toEqual(page);
  });
});
