// Bad files from others: malformed XML is refused with a message and leaves nothing behind;
// selections outside the text, unknown source types, zero-size areas and codings of missing
// codes are skipped or kept as orphans and listed in the report; a PDF with 4,000 selections
// imports whole. Every import goes to a new project file, written in one transaction and
// renamed into place only when it succeeded, so the user's open project is never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeProject, createProject, openProject } from '../../../../../main/core/project/project-file';
import { importQdpx } from '../../../../../main/core/qdpx/qdpx-import';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { makeEnglishReport } from '../../../../fixtures/pdf-fixtures';
import { writeZip } from '../../../../fixtures/hostile/hostile-zips';
import { ALICE } from '../coding/coding-fixture';

const CODE = '0b0b0b0b-2222-4222-8222-222222222222';
const SRC = '0c0c0c0c-3333-4333-8333-333333333333';
const PDF = '0d0d0d0d-3333-4333-8333-333333333333';
const sel = (i: number, start: number, end: number, code = CODE) =>
  `<PlainTextSelection guid="0e0e0e0e-5555-4555-8555-${String(i).padStart(12, '0')}" startPosition="${start}" endPosition="${end}"><Coding guid="0f0f0f0f-5555-4555-8555-${String(i).padStart(12, '0')}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
const head = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Bad" origin="Elsewhere 1.0">
  <CodeBook><Codes><Code guid="${CODE}" name="Recruitment" isCodable="true"/></Codes></CodeBook>`;

let dir: string;
let pdf: Uint8Array;
beforeAll(async () => {
  pdf = await makeEnglishReport();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(qde: string, extra: Array<{ name: string; data: Buffer }> = []) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-bad-'));
  const file = path.join(dir, 'in.qdpx');
  await writeZip(file, [{ name: 'project.qde', data: Buffer.from(qde) }, ...extra]);
  return { file, dest: path.join(dir, 'out.glossa') };
}

describe('bad files from other tools', () => {
  it('malformed XML: refused with a message, the open project unchanged, no file left', async () => {
    const { file, dest } = await run(`${head}<Sources><TextSource guid="${SRC}" name="x"><PlainTextSelection guid="1" </Sources></Project>`);
    closeProject(createProject(path.join(dir, 'mine.glossa'), 'Mine'));
    const before = fs.readFileSync(path.join(dir, 'mine.glossa'));
    const mine = openProject(path.join(dir, 'mine.glossa')); // open while the import fails
    await expect(importQdpx(file, dest, { coder: ALICE })).rejects.toMatchObject({ code: 'qdpx.badXml' });
    closeProject(mine);
    expect(fs.readFileSync(path.join(dir, 'mine.glossa')).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['in.qdpx', 'mine.glossa']);
  });

  it('selections outside the text, a missing code, unknown sources and a zero-size area: reported, the rest imported', async () => {
    const text = 'The agency kept the passports of all workers.';
    const qde = `${head}<Sources>
      <TextSource guid="${SRC}" name="Interview" plainTextPath="internal://${SRC}.txt">
        ${sel(1, 4, 10)}${sel(2, 40, 4000)}${sel(3, 30, 20)}${sel(4, 11, 15, '99999999-9999-4999-8999-999999999999')}
      </TextSource>
      <HologramSource guid="11111111-0000-4000-8000-000000000001" name="Hologram"/>
      <VideoSource guid="11111111-0000-4000-8000-000000000002" name="Clip" path="internal://clip.mp4"/>
      <PDFSource guid="${PDF}" name="Report" path="internal://${PDF}.pdf">
        <PDFSelection guid="22222222-0000-4000-8000-000000000001" page="0" firstX="10" firstY="10" secondX="10" secondY="10"><Coding guid="22222222-0000-4000-8000-000000000002"><CodeRef targetGUID="${CODE}"/></Coding></PDFSelection>
        <PDFSelection guid="22222222-0000-4000-8000-000000000003" page="7" firstX="10" firstY="10" secondX="90" secondY="90"/>
      </PDFSource>
    </Sources></Project>`;
    const { file, dest } = await run(qde, [{ name: `sources/${SRC}.txt`, data: Buffer.from(text) }, { name: `sources/${PDF}.pdf`, data: Buffer.from(pdf) }]);
    const r = await importQdpx(file, dest, { coder: ALICE });
    const report = r.warnings.join('\n');
    expect(report).toMatch(/HologramSource "Hologram" was not imported/);
    expect(report).toMatch(/VideoSource "Clip" was not imported/);
    expect(report).toMatch(/\(40–4000\) lies outside its text; it was kept as an orphan/);
    expect(report).toMatch(/\(30–20\) lies outside its text/);
    expect(report).toMatch(/refers to a code that is not in the codebook/);
    expect(report).toMatch(/page 1 of "Report" has no size and no text; it was skipped/);
    expect(report).toMatch(/points at page 8, which the PDF does not have/);
    // Counted by kind for the report in the user's language.
    expect(r.skipped).toEqual(expect.arrayContaining([
      { reason: 'selectionOutside', count: 2 }, { reason: 'unknownCode', count: 1 }, { reason: 'sourceType', count: 2 }, { reason: 'emptyArea', count: 1 }, { reason: 'pageMissing', count: 1 },
    ]));
    const h = openProject(r.path);
    try {
      const anns = listAnnotations(h.db);
      expect(anns.filter((a) => a.anchorStatus === 'orphan')).toHaveLength(2);
      const placed = anns.find((a) => a.id === '0e0e0e0e-5555-4555-8555-000000000001')!;
      expect(placed.targets[0].quote?.exact).toBe('agency');
      expect(anns.some((a) => a.kind === 'area')).toBe(false);
    } finally {
      closeProject(h);
    }
  });

  it('a PDF with 4,000 selections imports every one', { timeout: 60_000 }, async () => {
    const page = 'Chapter 1 Trafficking in persons remains a serious crime.';
    const rects = Array.from({ length: 2000 }, (_, i) => `<PDFSelection guid="33333333-0000-4000-8000-${String(i).padStart(12, '0')}" page="${i % 3}" firstX="${50 + (i % 40)}" firstY="${100 + (i % 500)}" secondX="${120 + (i % 40)}" secondY="${112 + (i % 500)}"><Coding guid="44444444-0000-4000-8000-${String(i).padStart(12, '0')}"><CodeRef targetGUID="${CODE}"/></Coding></PDFSelection>`);
    const texts = Array.from({ length: 2000 }, (_, i) => sel(10_000 + i, i % 40, (i % 40) + 9));
    const qde = `${head}<Sources><PDFSource guid="${PDF}" name="Report" path="internal://${PDF}.pdf">${rects.join('')}
      <Representation guid="55555555-0000-4000-8000-000000000000" plainTextPath="internal://${PDF}.txt">${texts.join('')}</Representation></PDFSource></Sources></Project>`;
    const { file, dest } = await run(qde, [{ name: `sources/${PDF}.pdf`, data: Buffer.from(pdf) }, { name: `sources/${PDF}.txt`, data: Buffer.from(`${page}\fChapter 2\fChapter 3`) }]);
    const r = await importQdpx(file, dest, { coder: ALICE });
    expect(r.annotations).toBe(4000);
    expect(r.codings).toBe(4000);
    expect(r.warnings).toEqual([]);
  });
});
