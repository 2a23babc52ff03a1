// Scale must not change merging: the scale project is sent to a colleague (sendProject, which
// records the merge base), both sides work on it — the colleague adds documents, passages on
// every 10th document, document memos, and edits comments on every 25th; the owner edits
// comments on every 50th — and merge.run (the channel the UI calls, in a job thread) gives
// the union, one-sided edits taken, and exactly one conflict per passage both edited.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotationsFiltered, updateAnnotation } from '../../../main/core/coding/annotations';
import { setMemo } from '../../../main/core/coding/memos';
import { closeProject, openProject } from '../../../main/core/project/project-file';
import { openReceivedProject, sendProject } from '../../../main/core/share/send-project';
import { createBackend } from '../../../main/core/backend';
import { createSelectors } from '../../../shared/anchoring/create-selectors';
import { getPageText } from '../../../main/db/repositories/documents';
import { addDocument } from '../../helpers/temp-project';
import { SCALE_ALICE, SCALE_BORIS, copyScaleProject, removeScaleCache, scaleDocs, scaleProject } from '../../helpers/scale-project';
import { SMALL_DOCS } from './scale-backend';

afterAll(() => removeScaleCache());

const NEW_DOCS = 5;

describe.each([SMALL_DOCS, scaleDocs()])('merge at %i documents', (size) => {
  const p = scaleProject(size);

  it('gives the union, takes one-sided edits and records one conflict per passage edited on both sides', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-scale-merge-'));
    const backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
    try {
      const aFile = copyScaleProject(p, path.join(dir, 'a.glossa'));
      const bFile = path.join(dir, 'b.glossa');
      const a = openProject(aFile);
      await sendProject(a, bFile);
      const b = openReceivedProject(bFile);
      const aliceAnn = (db: typeof a.db, docId: string) => listAnnotationsFiltered(db, { documentId: docId, coderIds: [SCALE_ALICE.id] })[0].id;

      // The colleague's work.
      let added = 0, bEdited = 0, memos = 0;
      for (const d of p.docs) {
        if (d.index % 10 === 5) {
          const text = getPageText(b.db, d.id, 0);
          const quote = text.split('\n')[0].slice(0, 12);
          const { quote: q, position } = createSelectors(text, 0, quote.length);
          createAnnotation(b.db, SCALE_BORIS, { documentId: d.id, kind: 'text', targets: [{ pageIndex: 0, rects: [{ x1: 1, y1: 1, x2: 9, y2: 9 }], quote: q, position }], color: null, comment: '', codeIds: [p.codes.leaves[3]] });
          added++;
        }
        if (d.index % 25 === 0) {
          updateAnnotation(b.db, SCALE_BORIS, aliceAnn(b.db, d.id), { comment: `Boris on ${d.index}` });
          bEdited++;
        }
        if (d.index % 20 === 10) {
          setMemo(b.db, SCALE_BORIS, 'document', d.id, `Boris's memo ${d.index}`);
          memos++;
        }
      }
      for (let k = 0; k < NEW_DOCS; k++) addDocument(b.db, [`A report only the colleague has, number ${k}.`], { title: `Colleague report ${k}`, fileName: `colleague-${k}.pdf` });
      // The owner's work: every 50th passage edited here too (a conflict); 12 others alone.
      let both = 0;
      for (const d of p.docs) {
        if (d.index % 50 === 0) {
          updateAnnotation(a.db, SCALE_ALICE, aliceAnn(a.db, d.id), { comment: `Alice on ${d.index}` });
          both++;
        }
      }
      closeProject(a);
      closeProject(b);

      await backend.invoke('project.open', { path: aFile });
      const s = await backend.invoke('merge.run', { path: bFile });
      // A conflict keeps both versions: the colleague's comes in as a copy beside ours.
      expect(s.added).toMatchObject({ documents: NEW_DOCS, annotations: added + both, codings: added + both, memos });
      expect(s.conflicts).toBe(both);
      expect(s.updated.annotations).toBe(bEdited - both);
      const conflicts = await backend.invoke('merge.conflicts', { status: 'open' });
      expect(conflicts).toHaveLength(both);
      expect(conflicts.every((c) => c.itemType === 'annotation' && c.kind === 'bothChanged')).toBe(true);

      expect(await backend.invoke('documents.list', {})).toHaveLength(size + NEW_DOCS);
      const anns = await backend.invoke('annotations.list', {});
      expect(anns).toHaveLength(p.expected.annotations + added + both);
      const byDoc = new Map(p.docs.map((d) => [d.id, d]));
      const copies = new Set(conflicts.map((c) => c.copyId));
      expect(copies.size).toBe(both);
      for (const ann of anns) {
        const d = byDoc.get(ann.documentId)!;
        if (copies.has(ann.id)) expect(ann.comment).toBe(`Boris on ${d.index}`);
        if (copies.has(ann.id) || ann.coderId !== SCALE_ALICE.id || d.index % 25 !== 0) continue;
        // One-sided edits are taken; on a conflict this side's text stays until resolved.
        expect(ann.comment).toBe(d.index % 50 === 0 ? `Alice on ${d.index}` : `Boris on ${d.index}`);
      }
      // Merging the same file again changes nothing and adds no conflict.
      const again = await backend.invoke('merge.run', { path: bFile });
      expect(again.added).toMatchObject({ documents: 0, annotations: 0, codings: 0, memos: 0 });
      expect(again.conflicts).toBe(0);
      // Taking the colleague's version of every conflict removes the copies.
      for (const c of conflicts) await backend.invoke('merge.resolve', { id: c.id, resolution: 'theirs' });
      expect(await backend.invoke('merge.conflicts', { status: 'open' })).toHaveLength(0);
      const resolved = await backend.invoke('annotations.list', { coderIds: [SCALE_ALICE.id] });
      expect(resolved).toHaveLength(size);
      for (const ann of resolved) {
        const d = byDoc.get(ann.documentId)!;
        if (d.index % 25 === 0) expect(ann.comment).toBe(`Boris on ${d.index}`);
      }
      expect(await backend.invoke('annotations.list', {})).toHaveLength(p.expected.annotations + added);
    } finally {
      await backend.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
