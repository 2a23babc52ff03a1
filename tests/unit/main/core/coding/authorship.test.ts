// Who did what stays true: a colleague's edit of my highlight keeps me as its creator and
// records them as its editor (migration 0004's updated_by), undo puts the old editor back,
// and the evidence rows and every export format name both: "Coder: Alice, edited by Борис".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, updateAnnotation } from '../../../../../main/core/coding/annotations';
import { listCodesWithCounts } from '../../../../../main/core/coding/codes';
import { undo } from '../../../../../main/core/coding/undo-stack';
import { buildEvidenceBundle } from '../../../../../main/core/evidence/evidence-bundle';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { getAnnotation } from '../../../../../main/db/repositories/annotations';
import { parseCsv } from '../export/rfc4180';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';
import { addDocument, ALICE, BORIS } from './coding-fixture';

const PAGE = 'The EU commissioned studies on trafficking in Moldova and funded shelters.';

let p: TempProject;
let annotationId: string;
beforeEach(() => {
  p = tempProject();
  const documentId = addDocument(p.db, 'Report', [PAGE]);
  const codeId = listCodesWithCounts(p.db).find((c) => c.text.en.name === 'Knowledge production')!.id;
  annotationId = createAnnotation(p.db, ALICE, {
    documentId,
    kind: 'text',
    targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: 'commissioned studies', prefix: 'The EU ', suffix: ' on' }, position: { type: 'TextPositionSelector', start: 7, end: 27 } }],
    color: null,
    comment: 'Alice’s reading',
    codeIds: [codeId],
  }).result.id;
});
afterEach(() => p.close());

describe('authorship of a highlight', () => {
  it('a new highlight has its creator and no editor; my own edit names me as editor', () => {
    expect(getAnnotation(p.db, annotationId)).toMatchObject({ coderId: ALICE.id, updatedBy: null });
    updateAnnotation(p.db, ALICE, annotationId, { comment: 'Alice, again' });
    expect(getAnnotation(p.db, annotationId)).toMatchObject({ coderId: ALICE.id, updatedBy: ALICE.id });
  });

  it("a colleague's edit keeps the creator and records the editor; undo restores both", () => {
    updateAnnotation(p.db, BORIS, annotationId, { comment: 'Борис disagrees' });
    expect(getAnnotation(p.db, annotationId)).toMatchObject({ coderId: ALICE.id, updatedBy: BORIS.id, comment: 'Борис disagrees' });
    undo(p.db, BORIS);
    expect(getAnnotation(p.db, annotationId)).toMatchObject({ coderId: ALICE.id, updatedBy: null, comment: 'Alice’s reading' });
  });

  it('evidence rows and the exports name the creator and the editor', async () => {
    updateAnnotation(p.db, BORIS, annotationId, { comment: 'Борис disagrees' });
    const bundle = buildEvidenceBundle(p.db, 'Authorship', undefined);
    expect(bundle.rows).toHaveLength(1);
    expect(bundle.rows[0]).toMatchObject({ coderName: 'Alice', editedByName: 'Борис' });

    const csv = parseCsv(new TextDecoder().decode(await exportEvidence(bundle, { format: 'csv' })).replace(/^\ufeff/, ''));
    const [header, row] = csv;
    expect(row[header.indexOf('coder')]).toBe('Alice');
    expect(row[header.indexOf('edited by')]).toBe('Борис');

    const md = new TextDecoder().decode(await exportEvidence(bundle, { format: 'md' }));
    expect(md).toContain('Coder: Alice, edited by Борис');
    const html = new TextDecoder().decode(await exportEvidence(bundle, { format: 'html', language: 'ru' }));
    expect(html).toContain('Кодировщик: Alice, правка: Борис');
  });

  it('an edit by the coder who created it adds no "edited by"', async () => {
    updateAnnotation(p.db, ALICE, annotationId, { comment: 'Alice, again' });
    const bundle = buildEvidenceBundle(p.db, 'Authorship', undefined);
    expect(bundle.rows[0].editedByName).toBeUndefined();
    const md = new TextDecoder().decode(await exportEvidence(bundle, { format: 'md' }));
    expect(md).toContain('Coder: Alice');
    expect(md).not.toContain('edited by');
  });
});
