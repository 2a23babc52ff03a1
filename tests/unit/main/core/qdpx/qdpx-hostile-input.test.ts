// A .qdpx must not hang or exhaust the importing process: its PDFs are parsed by the worker
// pool (watchdog + memory cap), never by pdf.js in this process; an oversized project.qde is
// refused before it is inflated; a UTF-16 project.qde (with or without byte-order mark) is read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { importQdpx } from '../../../../../main/core/qdpx/qdpx-import';
import { MAX_QDE_BYTES } from '../../../../../main/core/qdpx/safe-xml';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { ExtractPool } from '../../../../../main/pdf/extract-pool';
import { makeEnglishReport, makeSlowPdf } from '../../../../fixtures/pdf-fixtures';
import { writeZip } from '../../../../fixtures/hostile/hostile-zips';
import { ALICE } from '../coding/coding-fixture';

let dir: string;
const pool = new ExtractPool({ size: 1, timeoutMs: 3000 });
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-hostile-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
afterAll(() => pool.close());

const SLOW = '11111111-7777-4777-8777-777777777777';
const GOOD = '22222222-7777-4777-8777-777777777777';
const qdeWithPdfs = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Hostile">
  <Sources>
    <PDFSource guid="${SLOW}" name="Slow report" path="internal://${SLOW}.pdf"/>
    <PDFSource guid="${GOOD}" name="Good report" path="internal://${GOOD}.pdf"/>
  </Sources>
</Project>`;

const qdeWithCode = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Проект UTF-16">
  <CodeBook><Codes><Code guid="BBBBBBBB-2222-4222-8222-222222222222" name="Вербовка" isCodable="true" color="#ff00aa"/></Codes></CodeBook>
</Project>`;

describe('qdpx import on hostile input', () => {
  it('parses its PDFs in the worker pool: a slow PDF times out and is reported, the rest imports, pdf.js never loads here', { timeout: 30_000 }, async () => {
    const file = path.join(dir, 'slow.qdpx');
    // ~1 KB compressed: the "billion laughs" PDF that froze the web host for over 98 s.
    await writeZip(file, [
      { name: 'project.qde', data: Buffer.from(qdeWithPdfs) },
      { name: `sources/${SLOW}.pdf`, data: Buffer.from(makeSlowPdf()) },
      { name: `sources/${GOOD}.pdf`, data: Buffer.from(await makeEnglishReport()) },
    ]);
    expect(fs.statSync(file).size).toBeLessThan(64 * 1024);
    const r = await importQdpx(file, path.join(dir, 'slow.glossa'), { coder: ALICE, pool });
    expect(r.documents).toBe(1);
    expect(r.warnings.join('\n')).toMatch(/"Slow report" was not imported: "Slow report" took too long to read \(no progress for 3 s\)/);
    // pdf.js registers its parser on globalThis where it runs: it must not have run in this process.
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined();
  });

  it('refuses an oversized project.qde by its declared size, before inflating it, and leaves no file', async () => {
    expect(MAX_QDE_BYTES).toBe(200 * 1024 ** 2);
    const file = path.join(dir, 'big.qdpx');
    await writeZip(file, [{ name: 'project.qde', data: Buffer.from(qdeWithCode('utf-8') + ' '.repeat(3 * 1024 ** 2)), compress: false }]);
    const dest = path.join(dir, 'big.glossa');
    await expect(importQdpx(file, dest, { coder: ALICE, pool, maxQdeBytes: 2 * 1024 ** 2 })).rejects.toMatchObject({
      code: 'qdpx.tooLarge',
      message: 'The project.qde in this .qdpx file is 4 MB; Glossa reads project.qde files of up to 2 MB. Nothing was imported.',
    });
    expect(fs.readdirSync(dir)).toEqual(['big.qdpx']);
  });

  it.each([
    ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(qdeWithCode('UTF-16'), 'utf16le')])],
    ['UTF-16BE without a byte-order mark', Buffer.from(qdeWithCode('UTF-16'), 'utf16le').swap16()],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(qdeWithCode('utf-8'))])],
  ])('reads a project.qde in %s', async (_, data) => {
    const file = path.join(dir, 'enc.qdpx');
    await writeZip(file, [{ name: 'project.qde', data }]);
    const r = await importQdpx(file, path.join(dir, 'enc.glossa'), { coder: ALICE, pool });
    expect(r.codes).toBe(1);
    const p = openProject(r.path);
    try {
      // A Russian name from another tool is the code's Russian name.
      expect(listCodes(p.db).map((c) => [c.text.en.name, c.text.ru.name])).toEqual([['', 'Вербовка']]);
    } finally {
      closeProject(p);
    }
  });
});
