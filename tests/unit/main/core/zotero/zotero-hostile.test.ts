// A hostile zotero.sqlite never makes Glossa read outside the data directory: attachment
// paths with "..", absolute paths, a path without "storage:", a key that is a path, a
// symlink in storage/ leading out, and a linked file are each refused with their code
// while a real PDF waits at every target (had it been read, it would have been imported).
// Huge values are cut in SQL, malformed annotation positions are counted, not imported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFromZotero } from '../../../../../main/core/zotero/zotero-import';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { makeEnglishReport, makeTwoColumnReport } from '../../../../fixtures/pdf-fixtures';
import { ZoteroFixture } from '../../../../fixtures/zotero-fixtures';
import { type TempProject, tempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

const pool = new ExtractPool({ size: 1 });
let root: string;
let dataDir: string;
let z: ZoteroFixture;
let p: TempProject;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-zotero-hostile-'));
  dataDir = path.join(root, 'Zotero');
  const outside = await makeEnglishReport();
  fs.writeFileSync(path.join(root, 'secret.pdf'), outside);
  z = new ZoteroFixture(dataDir);
  const item = (key: string) => z.addItem({ key, itemType: 'report', fields: { title: `Item ${key}` } });
  item('DOTDOT22');
  z.addPdf('DOTDOT22', 'ATTDOT22', 'x.pdf', null, { path: 'storage:../../secret.pdf' });
  item('ABSOLU22');
  z.addPdf('ABSOLU22', 'ATTABS22', 'x.pdf', null, { path: `storage:${path.join(root, 'secret.pdf')}` });
  item('NOSTOR22');
  z.addPdf('NOSTOR22', 'ATTNOS22', 'x.pdf', null, { path: path.join(root, 'secret.pdf') });
  item('BADKEY22');
  z.addPdf('BADKEY22', '../../..', 'x.pdf', null, { path: 'storage:secret.pdf' });
  item('SYMLNK22');
  z.addPdf('SYMLNK22', 'ATTSYM22', 'link.pdf', null);
  fs.mkdirSync(path.join(dataDir, 'storage', 'ATTSYM22'), { recursive: true });
  fs.symlinkSync(path.join(root, 'secret.pdf'), path.join(dataDir, 'storage', 'ATTSYM22', 'link.pdf'));
  item('LINKED22');
  z.addPdf('LINKED22', 'ATTLNK22', 'x.pdf', null, { path: path.join(root, 'secret.pdf'), linkMode: 2 });
  item('MISSNG22');
  z.addPdf('MISSNG22', 'ATTMIS22', 'gone.pdf', null);
  // One good item with a huge title and malformed annotation positions.
  z.addItem({ key: 'GOOD2222', itemType: 'report', fields: { title: `Huge ${'x'.repeat(3_000_000)}` } });
  z.addPdf('GOOD2222', 'ATTGOD22', 'good.pdf', await makeTwoColumnReport());
  z.addAnnotation('ATTGOD22', { key: 'BADPOS22', type: 1, position: 'not json' });
  z.addAnnotation('ATTGOD22', { key: 'BADPAG22', type: 1, position: { pageIndex: 99, rects: [[1, 1, 10, 10]] } });
  z.addAnnotation('ATTGOD22', { key: 'BADRCT22', type: 1, position: { pageIndex: 0, rects: [[1, 1, 1e300, 'x' as unknown as number]] } });
  z.addAnnotation('ATTGOD22', { key: 'MANYRC22', type: 3, position: { pageIndex: 0, rects: Array.from({ length: 5000 }, () => [1, 1, 5, 5]) } });
  z.addAnnotation('ATTGOD22', { key: 'IMAGE222', type: 3, comment: 'A table', position: { pageIndex: 0, rects: [[56, 400, 300, 600]] } });
  p = tempProject();
});

afterAll(async () => {
  z.close();
  p.close();
  fs.rmSync(root, { recursive: true, force: true });
  await pool.close();
});

describe('a hostile Zotero database', () => {
  it('reads nothing outside the storage folder, and says why each item was skipped', async () => {
    const r = await importFromZotero(p.handle, { dataDir }, { coder: ALICE, pool, ocr: false });
    const reasons = Object.fromEntries(r.items.map((i) => [i.key, i.outcome === 'skipped' ? i.reasonCode : i.outcome]));
    expect(reasons).toEqual({
      DOTDOT22: 'zotero.unsafePath',
      ABSOLU22: 'zotero.unsafePath',
      NOSTOR22: 'zotero.unsafePath',
      BADKEY22: 'zotero.unsafePath',
      SYMLNK22: 'zotero.unsafePath',
      LINKED22: 'zotero.linkedFile',
      MISSNG22: 'zotero.fileMissing',
      GOOD2222: 'imported',
    });
    // Only the good item's PDF is in the project: the secret report was never read.
    const docs = listDocuments(p.db);
    expect(docs.map((d) => d.fileName)).toEqual(['good.pdf']);
  });

  it('cuts huge values and imports only the annotations with a usable position', () => {
    const [doc] = listDocuments(p.db);
    expect(doc.title.length).toBeLessThanOrEqual(2000);
    expect(doc.title.startsWith('Huge xxx')).toBe(true);
    const anns = listAnnotations(p.db, { documentId: doc.id });
    expect(anns.map((a) => [a.kind, a.comment])).toEqual([['area', 'A table']]);
  });
});
