// Citing a passage needs its document's whole text (vocabulary, line lengths, numbered
// paragraphs; ~60 ms for a 600-page report), kept for the last 24 documents. Rows come in
// codebook order, so with more documents than that a naive pass re-read a document for
// nearly every coding: O(codings x document size). The evidence page, the export bundle (all
// formats) and the tables read each document's text once per call, whatever the size.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../../main/db/repositories/annotations', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../../main/db/repositories/annotations')>();
  return {
    ...orig,
    iteratePageTexts: (...args: Parameters<typeof orig.iteratePageTexts>) => {
      reads.n++;
      return orig.iteratePageTexts(...args);
    },
  };
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildEvidenceBundle, evidenceRows } from '../../../main/core/evidence/evidence-bundle';
import { queryEvidence } from '../../../main/core/evidence/handlers';
import { closeProject, openProject } from '../../../main/core/project/project-file';
import type { ProjectHandle } from '../../../main/core/backend-context';
import { copyScaleProject, removeScaleCache, scaleDocs, scaleProject } from '../../helpers/scale-project';

let dir: string;
let handle: ProjectHandle;
const SIZE = scaleDocs();
const p = scaleProject(SIZE);
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-scale-cite-'));
  handle = openProject(copyScaleProject(p, path.join(dir, 'p.glossa')));
});
afterAll(() => {
  closeProject(handle);
  fs.rmSync(dir, { recursive: true, force: true });
  removeScaleCache();
});

/** Reads of document texts during fn, on a fresh connection cache (a new handle each time). */
function readsDuring(fn: (h: ProjectHandle) => void): number {
  closeProject(handle);
  handle = openProject(path.join(dir, 'p.glossa'));
  reads.n = 0;
  fn(handle);
  return reads.n;
}

describe('citations read each document once per call', () => {
  it('the evidence page grouped by code', () => {
    let docs = 0;
    const n = readsDuring((h) => {
      const page = queryEvidence(h.db, {}, 'code', 0, 1000);
      expect(page.items).toHaveLength(Math.min(1000, p.expected.codings));
      docs = new Set(page.items.map((i) => i.document.id)).size;
    });
    expect(docs).toBeGreaterThan(24);
    expect(n).toBe(docs);
  });

  it('the rows behind the tables and the bundle of every export', () => {
    expect(readsDuring((h) => expect(evidenceRows(h.db, {})).toHaveLength(p.expected.codings))).toBe(SIZE);
    // Rows, then passages: two passes, each reading every document once.
    const n = readsDuring((h) => expect(buildEvidenceBundle(h.db, 'Scale', undefined).rows).toHaveLength(p.expected.codings));
    expect(n).toBeLessThanOrEqual(2 * SIZE);
  });
});
