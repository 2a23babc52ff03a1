import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceFilter } from '../../../../../shared/domain/evidence';
import { cellPassages, evidenceTables, queryEvidence } from '../../../../../main/core/evidence/handlers';
import { ALICE, BORIS, EN_PAGES, makeEvidenceProject, type EvidenceProject } from './evidence-project';
import { selectEvidence } from '../../../../../main/db/repositories/evidence';

let p: EvidenceProject;
beforeEach(() => {
  p = makeEvidenceProject();
});
afterEach(() => p.close());

/** Passage ids (sorted) matching the filter, grouped by document (one item per passage). */
function passages(filter: EvidenceFilter): string[] {
  return queryEvidence(p.db, filter, 'document', 0, 1000).items.map((i) => i.annotationId).sort();
}
const ids = (...names: Array<keyof EvidenceProject['ann']>) => names.map((n) => p.ann[n]).sort();

describe('evidence query: codes', () => {
  it('any: passages with at least one of the codes', () => {
    expect(passages({ codeIds: [p.codes.funding, p.codes.partnership] })).toEqual(ids('enFunding', 'enTraining', 'ruPartner', 'iomBoth'));
  });

  it('all: passages with every code', () => {
    expect(passages({ codeIds: [p.codes.training, p.codes.partnership], codeMatch: 'all' })).toEqual(ids('iomBoth'));
    expect(passages({ codeIds: [p.codes.training, p.codes.funding], codeMatch: 'all' })).toEqual(ids('enTraining'));
  });

  it('with sub-codes: a parent code reaches its children', () => {
    expect(passages({ codeIds: [p.codes.influence] })).toEqual(ids('enCross'));
    expect(passages({ codeIds: [p.codes.influence], includeSubcodes: true })).toEqual(
      ids('enFunding', 'enTraining', 'enCross', 'ruCapacity', 'iomBoth'),
    );
    // "all" counts each selected code once, whichever of its sub-codes the passage carries.
    expect(passages({ codeIds: [p.codes.influence, p.codes.partnership], codeMatch: 'all', includeSubcodes: true })).toEqual(ids('iomBoth'));
  });

  it('returns only codings of the selected codes, in codebook order', () => {
    const page = queryEvidence(p.db, { codeIds: [p.codes.influence], includeSubcodes: true }, 'code', 0, 100);
    expect(page.total).toBe(6);
    expect(page.items.map((i) => i.codePath.at(-1))).toEqual([
      'Test Influence', 'Test Funding', 'Test Funding', 'Test Training', 'Test Training', 'Test Training',
    ]);
    expect(page.items[1].codePath).toEqual(['Test Influence', 'Test Funding']);
    expect(page.items.every((i) => i.codeId !== p.codes.partnership)).toBe(true);
    // The chips show every code on the passage, the partnership code included.
    const both = page.items.find((i) => i.annotationId === p.ann.iomBoth)!;
    expect(both.passageCodes.map((c) => c.id)).toEqual([p.codes.training, p.codes.partnership]);
  });
});

describe('evidence query: attributes, coder, text, documents', () => {
  it('filters by organisation, country, year range, type and language', () => {
    expect(passages({ organisations: ['osce'] })).toEqual(ids('enFunding', 'enTraining', 'enCross'));
    expect(passages({ countries: ['moldova'] })).toEqual(ids('enFunding', 'enTraining', 'enCross', 'iomBoth'));
    expect(passages({ yearFrom: 2016, yearTo: 2020 })).toEqual(ids('enFunding', 'enTraining', 'enCross'));
    expect(passages({ yearFrom: 2020 })).toEqual(ids('ruCapacity', 'ruPartner'));
    expect(passages({ docTypes: ['study'], languages: ['en'] })).toEqual(ids('iomBoth'));
    expect(passages({ organisations: ['osce'], codeIds: [p.codes.training] })).toEqual(ids('enTraining'));
  });

  it('filters by coder', () => {
    expect(passages({ coderIds: [BORIS.id] })).toEqual(ids('enTraining', 'ruCapacity', 'ruPartner'));
    expect(passages({ coderIds: [ALICE.id], countries: ['russia'] })).toEqual([]);
  });

  it('finds text in quotes and comments, case- and ё/е-insensitively (Cyrillic)', () => {
    expect(passages({ text: 'емкость' })).toEqual(ids('ruCapacity'));
    expect(passages({ text: 'ЁМКОСТЬ НАЦИОНАЛЬНЫХ' })).toEqual(ids('ruCapacity'));
    expect(passages({ text: 'партнерство' })).toEqual(ids('ruPartner'));
    expect(passages({ text: 'комментарий про емкость' })).toEqual(ids('ruCapacity'));
    expect(passages({ text: 'nrm' })).toEqual(ids('enFunding'));
    expect(passages({ text: 'shelters. conclusions' })).toEqual(ids('enCross'));
    expect(passages({ text: 'no such words' })).toEqual([]);
  });

  it('filters by document ids and pages the browser', () => {
    expect(passages({ documentIds: [p.docs.ru] })).toEqual(ids('ruCapacity', 'ruPartner'));
    const first = queryEvidence(p.db, {}, 'code', 0, 3);
    const rest = queryEvidence(p.db, {}, 'code', 3, 100);
    expect(first.total).toBe(8);
    expect(first.items).toHaveLength(3);
    expect(rest.items).toHaveLength(5);
    const keys = [...first.items, ...rest.items].map((i) => `${i.annotationId}:${i.codeId}`);
    expect(new Set(keys).size).toBe(8);
    expect(queryEvidence(p.db, {}, 'document', 0, 100).total).toBe(6);
  });

  it('groups by document in reading order with the first matching code', () => {
    const items = queryEvidence(p.db, { documentIds: [p.docs.en] }, 'document', 0, 100).items;
    expect(items.map((i) => i.annotationId)).toEqual([p.ann.enFunding, p.ann.enTraining, p.ann.enCross]);
    expect(items[1].codeId).toBe(p.codes.funding);
  });
});

describe('evidence rows', () => {
  it('carry exact quotes, 1-based pages, selectors, coder and document attributes', () => {
    const items = queryEvidence(p.db, {}, 'document', 0, 100).items;
    const cross = items.find((i) => i.annotationId === p.ann.enCross)!;
    expect(cross.quote).toBe('The mission continued funding shelters. Conclusions of the report.');
    expect([cross.page, cross.pageEnd]).toEqual([2, 3]);
    // 32 code points of context before the quote on its first page, and its offsets there.
    expect(cross.prefix).toBe('dges was delivered in Chisinau.\n');
    const start = EN_PAGES[1].indexOf('The mission');
    expect(cross.textPosition).toEqual({ start, end: start + 'The mission continued funding shelters.'.length });
    const ru = items.find((i) => i.annotationId === p.ann.ruCapacity)!;
    expect(ru.quote).toBe('Ёмкость национальных механизмов — ещё один вопрос.');
    expect(ru.page).toBe(1);
    expect(ru.coderName).toBe('Борис');
    expect(ru.document).toMatchObject({ organisation: 'russia-cis', countries: ['russia'], year: 2021, language: 'ru' });
    expect(ru.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ru.comment).toBe('Комментарий про ёмкость');
  });
});

describe('analysis tables', () => {
  it('count frequencies, co-occurrence and the document x code matrix; a cell lists its passages', () => {
    const t = evidenceTables(p.db, {});
    expect(t.codingCount).toBe(8);
    expect(t.passageCount).toBe(6);
    const training = t.frequencies.year.rows.find((r) => r.codeId === p.codes.training)!;
    expect(t.frequencies.year.columns).toEqual(['2015', '2019', '2021']);
    expect(training.counts).toEqual([1, 1, 1]);
    const i = t.cooccurrence.codes.findIndex((c) => c.codeId === p.codes.training);
    const j = t.cooccurrence.codes.findIndex((c) => c.codeId === p.codes.partnership);
    expect(t.cooccurrence.counts[i][j]).toBe(1);
    expect(t.cooccurrence.counts[i][i]).toBe(3);
    expect(cellPassages(p.db, {}, p.codes.training, p.codes.partnership).map((x) => x.annotationId)).toEqual([p.ann.iomBoth]);
    expect(cellPassages(p.db, {}, p.codes.training, p.codes.training)).toHaveLength(3);
    expect(cellPassages(p.db, { organisations: ['osce'] }, p.codes.training, p.codes.funding).map((x) => x.annotationId)).toEqual([p.ann.enTraining]);
    expect(t.documentCodes.documents).toHaveLength(3);
  });
});

describe('evidence query: pages', () => {
  // Pages are sorted on their keys and their wide columns read afterwards (issue 12): every page
  // must be exactly its slice of the whole ordered list, in both groupings and under filters.
  const filters = (): EvidenceFilter[] => [{}, { codeIds: [p.codes.influence], includeSubcodes: true }, { coderIds: [BORIS.id] }];
  it.each(['code', 'document'] as const)('pages of 2 by %s add up to the whole list, in its order', (groupBy) => {
    for (const filter of filters()) {
      const whole = selectEvidence(p.db, filter, { groupBy });
      expect(whole.length).toBeGreaterThan(2);
      const paged = [];
      for (let offset = 0; offset < whole.length + 2; offset += 2) paged.push(...selectEvidence(p.db, filter, { groupBy, offset, limit: 2 }));
      expect(paged.map((r) => `${r.annotation_id}:${r.code_id}`)).toEqual(whole.map((r) => `${r.annotation_id}:${r.code_id}`));
      // Each page also carries the count of all matches.
      expect(paged.map(({ total_rows, group_rows, ...row }) => row)).toEqual(whole);
      expect(new Set(paged.map((r) => r.total_rows))).toEqual(new Set([whole.length]));
      expect(queryEvidence(p.db, filter, groupBy, whole.length + 5, 2)).toEqual({ items: [], total: whole.length, groupTotals: {} });
    }
  });

  // The browser loads 100 rows at a time: a heading must count its whole group (all codings of
  // the code, all passages of the document) under the active filter, not the rows on the page.
  it.each(['code', 'document'] as const)('each page carries the full size of its groups by %s, under the filter', (groupBy) => {
    for (const filter of filters()) {
      const whole = queryEvidence(p.db, filter, groupBy, 0, 1000).items;
      const sizes = new Map<string, number>();
      for (const i of whole) {
        const key = groupBy === 'code' ? i.codeId : i.document.id;
        sizes.set(key, (sizes.get(key) ?? 0) + 1);
      }
      expect([...sizes.values()].some((n) => n > 1)).toBe(true);
      for (let offset = 0; offset < whole.length; offset += 1) {
        const page = queryEvidence(p.db, filter, groupBy, offset, 1);
        const key = groupBy === 'code' ? page.items[0].codeId : page.items[0].document.id;
        expect(page.groupTotals).toEqual({ [key]: sizes.get(key) });
      }
    }
  });
});
