// The JSON-LD export against the W3C web-annotation-tests suite's MUST assertions (vendored in
// tests/fixtures/web-annotation-tests, run as the suite's own runner runs them: see
// tests/helpers/w3c-annotation-suite.ts). The project is real (a temp SQLite file) and holds
// every kind of highlight the export must carry: coded with a comment, uncoded, one across a
// page break, and an area highlight.
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelectors } from '../../../../../shared/anchoring/create-selectors';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { buildEvidenceBundle } from '../../../../../main/core/evidence/evidence-bundle';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { type AssertionResult, MUST_TESTS, runSuiteTest } from '../../../../helpers/w3c-annotation-suite';
import { type TempProject, addDocument, tempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

const PAGE_1 = 'Opening words of page one. The referral mechanism was';
const PAGE_2 = 'adopted in 2019 by all partners. Closing words on page two.';
const PAGE_3 = 'Funding went to shelters for victims of trafficking.';

let p: TempProject;
let ld: Record<string, any>;

function target(text: string, pageIndex: number, exact: string) {
  const start = text.indexOf(exact);
  const { quote, position } = createSelectors(text, start, start + exact.length);
  return { pageIndex, rects: [{ x1: 72, y1: 700, x2: 300, y2: 712 }], quote, position };
}

beforeAll(async () => {
  p = tempProject('glossa-w3c-');
  // Real PDF bytes (US Letter pages) so the export can read the page size for xywh.
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 3; i++) pdf.addPage([612, 792]);
  const doc = addDocument(p.db, [PAGE_1, PAGE_2, PAGE_3], { title: 'Referral report', language: 'en' }, await pdf.save());
  const code = createCode(p.db, ALICE, { name: 'Funding', parentId: null }).result.id;
  createAnnotation(p.db, ALICE, {
    documentId: doc.id, kind: 'text', color: null, comment: 'Key passage', codeIds: [code],
    targets: [target(PAGE_3, 2, 'Funding went to shelters')],
  });
  createAnnotation(p.db, ALICE, {
    documentId: doc.id, kind: 'text', color: null, comment: '', codeIds: [code],
    targets: [target(PAGE_1, 0, 'The referral mechanism was'), target(PAGE_2, 1, 'adopted in 2019')],
  });
  createAnnotation(p.db, ALICE, {
    documentId: doc.id, kind: 'text', color: '#ffd400', comment: 'uncoded note', codeIds: [],
    targets: [target(PAGE_2, 1, 'Closing words')],
  });
  createAnnotation(p.db, ALICE, {
    documentId: doc.id, kind: 'area', color: '#5fb236', comment: '', codeIds: [code],
    targets: [{ pageIndex: 0, rects: [{ x1: 100, y1: 200, x2: 300, y2: 350 }], quote: null, position: null }],
  });
  const bytes = await exportEvidence(buildEvidenceBundle(p.db, 'W3C test project', undefined, new Date(), { format: 'jsonld' }), { format: 'jsonld' });
  ld = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, any>;
});

afterAll(() => p.close());

const failures = (results: AssertionResult[]) => results.filter((r) => r.outcome !== 'pass').map((r) => `${r.file}: ${r.errors}`);

describe('JSON-LD export against the W3C web-annotation-tests MUST assertions', () => {
  it('every annotation passes every MUST assertion of annotationMusts.test', () => {
    const items: unknown[] = ld.first.items;
    expect(items).toHaveLength(4);
    let run = 0;
    for (const item of items) {
      const results = runSuiteTest(MUST_TESTS.annotation, item);
      run += results.filter((r) => r.outcome !== 'skipped').length;
      expect(failures(results), JSON.stringify(item, null, 1)).toEqual([]);
    }
    expect(run).toBe(54 * items.length);
  });

  it('the collection passes collectionMusts.test and its embedded page passes pageMusts.test', () => {
    const collection = runSuiteTest(MUST_TESTS.collection, ld);
    expect(collection).toHaveLength(10);
    expect(failures(collection)).toEqual([]);
    const page = runSuiteTest(MUST_TESTS.page, ld);
    expect(page).toHaveLength(15);
    expect(failures(page)).toEqual([]);
  });

  it('the AnnotationPage standing alone passes pageMusts.test too', () => {
    const page = runSuiteTest(MUST_TESTS.page, { '@context': ld['@context'], ...ld.first });
    expect(failures(page)).toEqual([]);
  });

  it('a highlight across a page break keeps one target per page, each with its own quote and position', () => {
    const across = ld.first.items.find((a: any) => Array.isArray(a.target) && a.target.length === 2);
    expect(across, 'no annotation with two targets').toBeTruthy();
    const [t1, t2] = across.target;
    expect(t1.selector.find((s: any) => s.type === 'TextQuoteSelector').exact).toBe('The referral mechanism was');
    expect(t2.selector.find((s: any) => s.type === 'TextQuoteSelector').exact).toBe('adopted in 2019');
    const frag = (t: any) => t.selector.find((s: any) => s.type === 'FragmentSelector');
    expect(frag(t1)).toMatchObject({ value: 'page=1', refinedBy: { type: 'TextPositionSelector', start: PAGE_1.indexOf('The referral') } });
    expect(frag(t2)).toMatchObject({ value: 'page=2', refinedBy: { type: 'TextPositionSelector', start: 0, end: 'adopted in 2019'.length } });
  });

  it('exports uncoded highlights, one annotation per highlight, with their comment', () => {
    const uncoded = ld.first.items.filter((a: any) => !a.body?.some((b: any) => b.purpose === 'classifying'));
    expect(uncoded).toHaveLength(1);
    expect(uncoded[0].motivation).toBe('highlighting');
    expect(uncoded[0].body.find((b: any) => b.purpose === 'commenting').value).toBe('uncoded note');
    expect(ld.total).toBe(4);
  });

  it('gives an area highlight a FragmentSelector (xywh, from the top-left) refining its page', () => {
    const area = ld.first.items.find((a: any) => JSON.stringify(a.target).includes('xywh='));
    expect(area, 'no xywh selector').toBeTruthy();
    const t = Array.isArray(area.target) ? area.target[0] : area.target;
    const page = t.selector.find((s: any) => s.type === 'FragmentSelector' && s.value === 'page=1');
    expect(page.refinedBy).toEqual({ type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 'xywh=100,442,200,150' });
  });
});
