// Scale must not change the evidence browser: at a small size and at the scale size the
// evidence.query channel pages through every coding (by code) and every passage (by
// document) exactly once with the right totals, each filter (codes with sub-codes, all-of
// codes, coders, documents, attributes, text) selects exactly the generator's codings, and the
// analysis tables and a co-occurrence cell's passages agree with those counts.
import { afterAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../../main/core/backend';
import type { EvidenceFilter, EvidenceGroupBy } from '../../../shared/domain/evidence';
import { SCALE_ALICE, SCALE_BORIS, removeScaleCache, scaleDocs, scaleProject, type ScaleDoc, type ScaleProject } from '../../helpers/scale-project';
import { SMALL_DOCS, openScaleBackend } from './scale-backend';

afterAll(() => removeScaleCache());

/** The generator's codings: [annotation owner doc, coder, code] (see scale-project.ts). */
function codingsOf(p: ScaleProject): Array<{ doc: ScaleDoc; coder: string; code: string; comment: string }> {
  const L = p.codes.leaves;
  const out: Array<{ doc: ScaleDoc; coder: string; code: string; comment: string }> = [];
  for (const doc of p.docs) {
    const comment = doc.index % 5 === 0 ? (doc.language === 'ru' ? `Комментарий ${doc.index}: важный фрагмент` : `Comment ${doc.index}: key passage`) : '';
    out.push({ doc, coder: SCALE_ALICE.id, code: L[doc.index % L.length], comment });
    if (doc.index % 2 === 0) {
      out.push({ doc, coder: SCALE_BORIS.id, code: L[(doc.index + 1) % L.length], comment: '' });
      if (doc.index % 4 === 0) out.push({ doc, coder: SCALE_BORIS.id, code: L[(doc.index + 2) % L.length], comment: '' });
    }
  }
  return out;
}

/** Every item, a page at a time as the browser pages (100 rows), so paging runs at every size. */
async function everyItem(b: Backend, filter: EvidenceFilter, groupBy: EvidenceGroupBy) {
  const items = [];
  const totals = new Set<number>();
  // Each page's group sizes (code or document -> items under the filter); a group spanning
  // pages must be given the same size by every page that shows some of it.
  const groupTotals: Record<string, number> = {};
  for (let offset = 0; ; offset += 100) {
    const page = await b.invoke('evidence.query', { filter, groupBy, offset, limit: 100 });
    totals.add(page.total);
    items.push(...page.items);
    for (const [key, n] of Object.entries(page.groupTotals)) {
      expect(groupTotals[key] ?? n, key).toBe(n);
      groupTotals[key] = n;
    }
    // A broken offset would repeat pages for ever: stop past the total.
    if (page.items.length < 100 || offset > page.total) break;
  }
  return { items, totals: [...totals], groupTotals };
}

/** Items per group (code id or document id) among all the items: what each heading must count. */
function countGroups(items: Array<{ codeId: string; document: { id: string } }>, groupBy: EvidenceGroupBy): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) {
    const key = groupBy === 'code' ? i.codeId : i.document.id;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

describe.each([SMALL_DOCS, scaleDocs()])('evidence at %i documents', (size) => {
  const p = scaleProject(size);
  const all = codingsOf(p);
  const L = p.codes.leaves;

  it('pages through every coding and every passage exactly once', async () => {
    const s = await openScaleBackend(p);
    try {
      const byCode = await everyItem(s.backend, {}, 'code');
      expect(byCode.totals).toEqual([p.expected.codings]);
      expect(all).toHaveLength(p.expected.codings);
      const keys = byCode.items.map((i) => `${i.annotationId}|${i.codeId}`);
      expect(new Set(keys).size).toBe(p.expected.codings);
      const perCode: Record<string, number> = {};
      for (const i of byCode.items) perCode[i.codeId] = (perCode[i.codeId] ?? 0) + 1;
      expect(perCode).toEqual(p.expected.codingsByCode);
      // The headings count whole groups, also those cut by the 100-row pages.
      expect(byCode.groupTotals).toEqual(p.expected.codingsByCode);
      // Codebook order: the items of one code come together, in the codebook's order.
      const runs = byCode.items.map((i) => i.codeId).filter((c, k, list) => k === 0 || list[k - 1] !== c);
      expect(runs).toEqual(L.filter((c) => p.expected.codingsByCode[c] > 0));
      const byDoc = await everyItem(s.backend, {}, 'document');
      expect(byDoc.totals).toEqual([p.expected.annotations]);
      expect(byDoc.groupTotals).toEqual(countGroups(byDoc.items, 'document'));
      expect(new Set(byDoc.items.map((i) => i.annotationId)).size).toBe(p.expected.annotations);
      // A passage's chips list every code it carries (Boris's double codings).
      const double = byDoc.items.filter((i) => i.passageCodes.length === 2);
      expect(double).toHaveLength(p.docs.filter((d) => d.index % 4 === 0).length);
    } finally {
      await s.close();
    }
  });

  it('each filter selects exactly the matching codings', async () => {
    const s = await openScaleBackend(p);
    try {
      const en = p.docs.filter((d) => d.language === 'en');
      const cases: Array<{ name: string; filter: EvidenceFilter; want: (c: (typeof all)[number]) => boolean }> = [
        { name: 'root with sub-codes', filter: { codeIds: [p.codes.roots[0]], includeSubcodes: true }, want: (c) => p.codes.parentOf[c.code] === p.codes.roots[0] },
        { name: 'one leaf', filter: { codeIds: [L[4]] }, want: (c) => c.code === L[4] },
        { name: 'coder', filter: { coderIds: [SCALE_BORIS.id] }, want: (c) => c.coder === SCALE_BORIS.id },
        { name: 'language and coder', filter: { languages: ['ru'], coderIds: [SCALE_ALICE.id] }, want: (c) => c.doc.language === 'ru' && c.coder === SCALE_ALICE.id },
        { name: 'every English document by id', filter: { documentIds: en.map((d) => d.id) }, want: (c) => c.doc.language === 'en' },
        { name: 'years', filter: { yearFrom: 2008, yearTo: 2016 }, want: (c) => c.doc.year !== null && c.doc.year >= 2008 && c.doc.year <= 2016 },
        { name: 'organisation', filter: { organisations: [p.docs[1].organisation] }, want: (c) => c.doc.organisation === p.docs[1].organisation },
        { name: 'text in comments', filter: { text: 'KEY PASSAGE' }, want: (c) => c.comment.includes('key passage') },
        { name: 'text in Russian quotes (ё/е)', filter: { text: 'ведомство' }, want: (c) => c.doc.language === 'ru' && c.coder === SCALE_ALICE.id },
      ];
      for (const c of cases) {
        const want = all.filter(c.want);
        expect(want.length, c.name).toBeGreaterThan(0);
        const got = await everyItem(s.backend, c.filter, 'code');
        expect(got.totals, c.name).toEqual([want.length]);
        expect(got.groupTotals, c.name).toEqual(countGroups(got.items, 'code'));
        expect(got.items.map((i) => `${i.document.id}|${i.coderId}|${i.codeId}`).sort(), c.name)
          .toEqual(want.map((w) => `${w.doc.id}|${w.coder}|${w.code}`).sort());
      }
      // All of two codes: Boris's double codings with exactly that pair.
      const both = await everyItem(s.backend, { codeIds: [L[1], L[2]], codeMatch: 'all' }, 'document');
      expect(both.items.map((i) => i.document.id).sort()).toEqual(p.docs.filter((d) => d.index % 12 === 0).map((d) => d.id).sort());
    } finally {
      await s.close();
    }
  });

  it('the analysis tables and a cell\'s passages agree with the codings', async () => {
    const s = await openScaleBackend(p);
    try {
      const t = await s.backend.invoke('evidence.tables', { filter: {} });
      expect(t.codingCount).toBe(p.expected.codings);
      expect(t.passageCount).toBe(p.expected.annotations);
      expect(t.documentCodes.documents).toHaveLength(size);
      const codeIndex = t.cooccurrence.codes.findIndex((c) => c.codeId === L[0]);
      const diagonal = t.cooccurrence.counts[codeIndex][codeIndex];
      expect(diagonal).toBe(p.expected.codingsByCode[L[0]]);
      const cell = await s.backend.invoke('evidence.cellPassages', { filter: {}, codeA: L[0], codeB: L[0] });
      expect(cell).toHaveLength(diagonal);
      const orgRow = t.frequencies.organisation.rows.find((r) => r.codeId === L[0])!;
      expect(orgRow.total).toBe(p.expected.codingsByCode[L[0]]);
    } finally {
      await s.close();
    }
  });
});
