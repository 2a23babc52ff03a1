// The Zotero channels through the backend every host serves (IPC and the HTTP bridge call
// the same invoke): locate, scan and import with 'zotero.progress' events and the refresh
// events after it; bad input refused; and closing the project during an import stops the
// import before it writes anything, instead of writing into a closed connection; the dialog's
// Stop (zotero.cancel) stops it too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../../../main/core/backend';
import { sharedExtractPool } from '../../../../../main/pdf/extract-pool';
import type { ZoteroImportResult, ZoteroLibraryScan, ZoteroProgress } from '../../../../../shared/domain/zotero';
import { toErrorData } from '../../../../../shared/errors';
import { buildSampleLibrary, REPORT_KEY } from '../../../../fixtures/zotero-sample-library';

let dir: string;
let dataDir: string;
let backend: Backend;
const events: Array<[string, unknown]> = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-zotero-backend-'));
  dataDir = path.join(dir, 'Zotero');
  (await buildSampleLibrary(dataDir)).fixture.close();
  backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
  backend.on((name, payload) => events.push([name, payload]));
});
afterAll(async () => {
  await backend.dispose();
  await sharedExtractPool().close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the zotero.* channels', () => {
  it('scan lists collections and items; import streams progress and refreshes the views', async () => {
    await backend.invoke('project.create', { path: path.join(dir, 'a.glossa') });
    const scan = (await backend.invoke('zotero.scan', { dataDir })) as ZoteroLibraryScan;
    expect(scan.collections.map((c) => c.name).sort()).toEqual(['Annual', 'Other', 'Trafficking reports']);
    const report = scan.items.find((i) => i.key === REPORT_KEY)!;
    expect(report).toMatchObject({ itemType: 'report', creators: 'OSCE', year: 2021, pdfCount: 1, annotationCount: 3, collectionKeys: ['COL34567'] });

    events.length = 0;
    const r = (await backend.invoke('zotero.import', { dataDir, items: [`1:${REPORT_KEY}`] })) as ZoteroImportResult;
    expect([r.imported, r.annotationsAdded]).toEqual([1, 3]);
    const phases = events.filter(([n]) => n === 'zotero.progress').map(([, p]) => (p as ZoteroProgress).phase);
    expect(phases[0]).toBe('reading');
    expect(phases).toContain('pdfs');
    expect(phases.at(-1)).toBe('done');
    expect(events.map(([n]) => n)).toEqual(expect.arrayContaining(['documents.changed', 'coding.changed']));
  });

  it('refuses malformed input', async () => {
    const code = async (input: unknown) => toErrorData(await backend.invoke('zotero.import', input as never).catch((e: unknown) => e)).code;
    expect(await code({})).toBe('api.badInput');
    expect(await code({ dataDir, items: 'all' })).toBe('api.badInput');
    expect(await code({ dataDir, items: [1, 2] })).toBe('api.badInput');
  });

  it('closing the project stops a running import before it writes', async () => {
    const file = path.join(dir, 'b.glossa');
    await backend.invoke('project.create', { path: file });
    const running = backend.invoke('zotero.import', { dataDir }).then(
      () => 'finished',
      (e: unknown) => toErrorData(e).code,
    );
    await backend.invoke('project.close', undefined);
    expect(await running).toBe('import.cancelled');
    await backend.invoke('project.open', { path: file });
    expect(await backend.invoke('documents.list', {})).toEqual([]);
  });

  it('zotero.cancel (the dialog\'s Stop) stops a running import; with none running it does nothing', async () => {
    await backend.invoke('project.create', { path: path.join(dir, 'c.glossa') });
    await backend.invoke('zotero.cancel', undefined);
    events.length = 0;
    const running = backend.invoke('zotero.import', { dataDir }).then(
      () => 'finished',
      (e: unknown) => toErrorData(e).code,
    );
    await backend.invoke('zotero.cancel', undefined);
    expect(await running).toBe('import.cancelled');
    expect(events.map(([n]) => n)).toContain('documents.changed');
    // The project stays open and usable; the same import then runs to the end.
    const r = (await backend.invoke('zotero.import', { dataDir, items: [`1:${REPORT_KEY}`] })) as ZoteroImportResult;
    expect(r.imported + r.updated + r.unchanged).toBe(1);
  });
});
