// The co-occurrence matrix counts every passage of a cell; opening the cell must list every
// one of them, also past one reply page (1,000 rows): a code on 10,000 passages is the scale
// issue 12 aims at. Here 1,001 passages carry the same code, the smallest case past a page.
import { afterEach, describe, expect, it } from 'vitest';
import { createSelectors } from '../../../shared/anchoring/create-selectors';
import { insertAnnotation } from '../../../main/core/coding/annotations';
import { createCode } from '../../../main/core/coding/codes';
import { runCodingAction } from '../../../main/core/coding/undo-stack';
import { cellPassages, evidenceTables } from '../../../main/core/evidence/handlers';
import { addDocument, tempProject, type TempProject } from '../../helpers/temp-project';
import { SCALE_ALICE } from '../../helpers/scale-project';

let p: TempProject;
afterEach(() => p.close());

const PASSAGES = 1001;

describe('a co-occurrence cell past one page of rows', () => {
  it('lists every passage the matrix counts', () => {
    p = tempProject('glossa-scale-cell-');
    const text = 'Border guards were trained in victim identification.';
    const doc = addDocument(p.db, [text], { title: 'One report' });
    const code = createCode(p.db, SCALE_ALICE, { name: 'Training (cell)' }).result.id;
    const { quote, position } = createSelectors(text, 0, 13);
    runCodingAction(p.db, SCALE_ALICE, { action: 'autocode.apply', label: 'fixture' }, (j, now) => {
      for (let i = 0; i < PASSAGES; i++) {
        insertAnnotation(j, SCALE_ALICE, { documentId: doc.id, kind: 'text', targets: [{ pageIndex: 0, rects: [{ x1: 1, y1: 1, x2: 9, y2: 9 }], quote, position }], color: null, comment: '', codeIds: [code] }, now);
      }
      return { result: null, summary: 'fixture' };
    });
    const t = evidenceTables(p.db, {});
    const k = t.cooccurrence.codes.findIndex((c) => c.codeId === code);
    expect(t.cooccurrence.counts[k][k]).toBe(PASSAGES);
    const items = cellPassages(p.db, {}, code, code);
    expect(items).toHaveLength(PASSAGES);
    expect(new Set(items.map((i) => i.annotationId)).size).toBe(PASSAGES);
  });
});
