// Character-level agreement over page texts, from a real project file (highlights created
// through the coding layer) and from plain ranges.
import { afterEach, describe, expect, it } from 'vitest';
import { agreementCsv } from '../../../../../main/core/agreement/agreement-csv';
import { computeAgreement } from '../../../../../main/core/agreement/compute-agreement';
import { loadAgreement } from '../../../../../main/core/agreement/load-agreement';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { addDocument, ALICE, BORIS } from '../coding/coding-fixture';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';

let p: TempProject | undefined;
afterEach(() => {
  p?.close();
  p = undefined;
});

describe('computeAgreement', () => {
  it('counts characters per pair and code (hand-computed: 10 characters, A 0-5, B 2-7)', () => {
    const r = computeAgreement({
      coders: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      codes: [{ id: 'k', name: 'K' }],
      documents: [{ id: 'd', title: 'Doc' }],
      pages: [{ documentId: 'd', pageIndex: 0, text: '0123456789' }],
      ranges: [
        { coderId: 'a', codeId: 'k', documentId: 'd', pageIndex: 0, start: 0, end: 5 },
        { coderId: 'b', codeId: 'k', documentId: 'd', pageIndex: 0, start: 2, end: 7 },
      ],
      skippedAnnotations: 0,
    });
    const pair = r.codes[0].pairs[0];
    expect(pair).toMatchObject({ units: 10, both: 3, onlyA: 2, onlyB: 2, neither: 3 });
    expect(pair.percentAgreement).toBeCloseTo(0.6, 12);
    expect(pair.kappa!).toBeCloseTo(0.2, 12); // po 0.6, pe 0.5
    expect(r.codes[0].alpha!).toBeCloseTo(0.24, 12);
    expect(r.disagreements.map((d) => [d.start, d.end, d.quote, d.codedBy])).toEqual([
      [0, 2, '01', ['a']],
      [5, 7, '56', ['b']],
    ]);
  });

  it('loads a project: two coders, overlapping highlights, Cyrillic text, CSV export', () => {
    p = tempProject();
    const text = 'Торговля людьми остаётся серьёзной проблемой.';
    const doc = addDocument(p.db, 'Доклад', [text, 'Second page without codes.']);
    const code = (p.db.prepare('SELECT id, name_en AS name FROM codes ORDER BY id LIMIT 1').get() as { id: string; name: string });
    const mk = (coder: typeof ALICE, start: number, end: number) =>
      createAnnotation(p!.db, coder, {
        documentId: doc,
        kind: 'text',
        targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end } }],
        color: null,
        comment: '',
        codeIds: [code.id],
      });
    mk(ALICE, 0, 15); // "Торговля людьми"
    mk(BORIS, 9, 24); // "людьми остаётся"
    const r = loadAgreement(p.db, { coderIds: [ALICE.id, BORIS.id] });
    const units = text.length + 'Second page without codes.'.length;
    expect(r.units).toBe(units);
    expect(r.codes).toHaveLength(1);
    expect(r.codes[0].pairs[0]).toMatchObject({ both: 6, onlyA: 9, onlyB: 9, neither: units - 24 });
    expect(r.disagreements.map((d) => d.quote)).toEqual(['Торговля ', ' остаётся']);
    const csv = agreementCsv(r);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFcode,coder_a,coder_b,units,both,only_a,only_b,neither,percent_agreement,cohen_kappa,coded_overlap,krippendorff_alpha,krippendorff_u_alpha_2016,krippendorff_alpha_u_1995');
    expect(csv).toContain(`${code.name},Alice,Борис,${units},6,9,9,`);
    expect(csv).toContain('Overall,Alice,Борис');
    expect(() => loadAgreement(p!.db, { coderIds: [ALICE.id] })).toThrow(/two coders/);
  });
});
