// export.prepare (the export dialog opened) starts the PDF workers that will draw the project's
// area highlights, so the export finds pdf.js loaded; a project without any starts none.
import { afterAll, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { JOBS } from '../../../../../main/core/jobs/job-registry';
import { defaultPoolSize, sharedExtractPool } from '../../../../../main/pdf/extract-pool';
import { FIGURE_CHART, makeFigureReport } from '../../../../fixtures/pdf-fixtures';
import { addDocument, tempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

afterAll(() => sharedExtractPool().close());

it('starts the extraction workers for a project with area highlights, and none without', async () => {
  const plain = tempProject('glossa-prepare-');
  const figures = tempProject('glossa-prepare-');
  try {
    const text = addDocument(plain.db, ['Text only'], { title: 'Plain' }, await makeFigureReport());
    const code = createCode(plain.db, ALICE, { name: 'Statistics', parentId: null }).result.id;
    createAnnotation(plain.db, ALICE, {
      documentId: text.id, kind: 'text', color: null, comment: '', codeIds: [code],
      targets: [{ pageIndex: 0, rects: [{ x1: 60, y1: 700, x2: 200, y2: 712 }], quote: { type: 'TextQuoteSelector', exact: 'Text only', prefix: '', suffix: '' }, position: null }],
    });
    await JOBS.exportPrepare({ options: {}, project: { path: plain.handle.path, name: 'Plain' } });
    expect(sharedExtractPool().workerCount()).toBe(0);

    const doc = addDocument(figures.db, ['Chapter 1'], { title: 'Figures' }, await makeFigureReport());
    const c = createCode(figures.db, ALICE, { name: 'Figures', parentId: null }).result.id;
    createAnnotation(figures.db, ALICE, {
      documentId: doc.id, kind: 'area', color: null, comment: 'Chart', codeIds: [c],
      targets: [{ pageIndex: 0, rects: [FIGURE_CHART], quote: null, position: null }],
    });
    await JOBS.exportPrepare({ options: {}, project: { path: figures.handle.path, name: 'Figures' } });
    expect(sharedExtractPool().workerCount()).toBe(defaultPoolSize());
  } finally {
    plain.close();
    figures.close();
  }
});
