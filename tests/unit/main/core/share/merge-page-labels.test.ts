// Printed page labels travel with a document through merge: the labels found at import come
// with a new document, the user's correction is a document attribute merged like the title,
// and garbage in a colleague's file is dropped, never stored.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { insertDocument, getDocument, updateDocument } from '../../../../../main/db/repositories/documents';
import { mergeProject } from '../../../../../main/core/share/merge';
import { ALICE, BORIS, baseProject, forkTo, type Workspace, workspace } from './share-fixture';

let ws: Workspace;
afterEach(() => ws?.cleanup());

const PAGES = ['Cover', 'Foreword', 'Text one', 'Text two'];

describe('merge and page labels', () => {
  it('copies stored labels with a new document and merges the correction as an attribute', async () => {
    ws = workspace();
    const { handle: a, docA } = baseProject(ws);
    const b = await forkTo(ws, a, 'b.glossa');
    const bytes = new Uint8Array([1, 2, 3]);
    const doc = insertDocument(b.db, {
      sha256: createHash('sha256').update(bytes).digest('hex'), fileName: 'greta.pdf', title: 'GRETA report', author: '', organisation: '', countries: [],
      year: null, docType: '', language: 'en', pageCount: 4, byteSize: 3, pdfDate: null,
      pageLabels: { source: 'pdf', labels: ['i', 'ii', '1', '2'] },
    }, PAGES, bytes);
    updateDocument(b.db, docA, { pageLabelFix: { pdfPage: 2, printed: 1 } });
    void BORIS;

    await mergeProject(a, b.path, { coder: ALICE });
    const copied = getDocument(a.db, doc.id);
    expect(copied.pageLabels).toEqual({ source: 'pdf', labels: ['i', 'ii', '1', '2'] });
    expect(getDocument(a.db, docA).pageLabelFix).toEqual({ pdfPage: 2, printed: 1 });

    updateDocument(b.db, docA, { pageLabelFix: null });
    await mergeProject(a, b.path, { coder: ALICE });
    expect(getDocument(a.db, docA).pageLabelFix).toBeNull();
  });

  it('refuses a correction for a page the document does not have', () => {
    ws = workspace();
    const { handle: a, docA } = baseProject(ws);
    expect(() => updateDocument(a.db, docA, { pageLabelFix: { pdfPage: 9, printed: 1 } })).toThrow(/no page 9/);
    expect(() => updateDocument(a.db, docA, { pageLabelFix: { pdfPage: 1, printed: 0 } as never })).toThrow(/whole numbers/);
  });
});
