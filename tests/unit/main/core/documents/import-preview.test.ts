// The first-page preview (table page_previews): import renders page 1 of a real PDF in the
// extraction workers and stores it with the document, in the same transaction; the stored
// image decodes to the page's shape and shows its text (dark pixels where the title is, not
// a blank); merge carries it with a colleague's new document; removing the document takes it
// and undo brings it back byte for byte.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { undo } from '../../../../../main/core/coding/undo-stack';
import { importPdfs } from '../../../../../main/core/documents/import-pdfs';
import { removeDocumentAction } from '../../../../../main/core/documents/remove-document';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { mergeProject } from '../../../../../main/core/share/merge';
import { getPagePreview } from '../../../../../main/db/repositories/page-previews';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { makeEnglishReport, writeFixture } from '../../../../fixtures/pdf-fixtures';
import { ALICE, baseProject, forkTo, type Workspace, workspace } from '../share/share-fixture';

const pool = new ExtractPool({ size: 2 });
afterAll(() => pool.close());

let dir: string | null = null;
let ws: Workspace | null = null;
afterEach(() => {
  ws?.cleanup();
  ws = null;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

async function importEnglish(file: string): Promise<{ handle: ReturnType<typeof createProject>; documentId: string }> {
  const handle = createProject(file);
  const pdf = writeFixture(path.dirname(file), 'en-report.pdf', await makeEnglishReport());
  const [status] = await importPdfs(handle, [{ kind: 'path', path: pdf }], { pool, onProgress: () => undefined });
  expect(status.state).toBe('done');
  return { handle, documentId: status.documentId! };
}

/** Share of dark pixels (any channel below 128) in a band of the image. */
function darkShare(data: Uint8ClampedArray, width: number, y0: number, y1: number): number {
  let dark = 0;
  for (let y = y0; y < y1; y++) for (let x = 0; x < width; x++) {
    const o = (y * width + x) * 4;
    if (data[o] < 128 || data[o + 1] < 128 || data[o + 2] < 128) dark++;
  }
  return dark / (width * (y1 - y0));
}

describe('first-page preview', () => {
  it('is stored at import: a JPEG of page 1, 800 px wide, in the page shape, showing its text', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-preview-'));
    const { handle, documentId } = await importEnglish(path.join(dir, 'p.glossa'));
    try {
      const preview = getPagePreview(handle.db, documentId, 0)!;
      expect(preview).toMatchObject({ pageIndex: 0, mime: 'image/jpeg', width: 800 });
      // The fixtures are A4: 595.28 x 841.89 pt.
      expect(preview.widthPt).toBeCloseTo(595.28, 1);
      expect(preview.heightPt).toBeCloseTo(841.89, 1);
      expect(preview.height).toBe(Math.round((800 * 841.89) / 595.28));
      expect(preview.bytes.byteLength).toBeLessThan(300 * 1024);
      const img = await loadImage(Buffer.from(preview.bytes));
      expect([img.width, img.height]).toEqual([preview.width, preview.height]);
      const canvas = createCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      // The top margin (72 pt = ~94 px) is white paper; the lines below it carry the text.
      expect(darkShare(data, img.width, 0, 60)).toBe(0);
      expect(darkShare(data, img.width, 90, 300)).toBeGreaterThan(0.005);
      expect(getPagePreview(handle.db, documentId, 1)).toBeNull();
    } finally {
      closeProject(handle);
    }
  });

  it('travels with a new document through merge', async () => {
    ws = workspace();
    const { handle: a } = baseProject(ws);
    const b = await forkTo(ws, a, 'b.glossa');
    const pdf = writeFixture(ws.dir, 'en-report.pdf', await makeEnglishReport());
    const [status] = await importPdfs(b, [{ kind: 'path', path: pdf }], { pool, onProgress: () => undefined });
    const theirs = getPagePreview(b.db, status.documentId!, 0)!;
    expect(theirs).not.toBeNull();
    await mergeProject(a, b.path, { coder: ALICE });
    const mine = getPagePreview(a.db, status.documentId!, 0);
    expect(mine).toMatchObject({ width: theirs.width, height: theirs.height, widthPt: theirs.widthPt, mime: 'image/jpeg' });
    expect(Buffer.from(mine!.bytes).equals(Buffer.from(theirs.bytes))).toBe(true);
  });

  it('goes with the removed document and comes back with undo', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-preview-'));
    const { handle, documentId } = await importEnglish(path.join(dir, 'p.glossa'));
    try {
      const before = Buffer.from(getPagePreview(handle.db, documentId, 0)!.bytes);
      removeDocumentAction(handle.db, ALICE, documentId);
      expect(getPagePreview(handle.db, documentId, 0)).toBeNull();
      undo(handle.db, ALICE);
      expect(Buffer.from(getPagePreview(handle.db, documentId, 0)!.bytes).equals(before)).toBe(true);
    } finally {
      closeProject(handle);
    }
  });
});
