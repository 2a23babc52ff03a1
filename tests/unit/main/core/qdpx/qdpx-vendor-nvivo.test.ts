// A real NVivo for Windows 12.6 export (tests/fixtures/refi-qda-vendor/README.md: origin and
// licence). NVivo counts UTF-16 code units, starts its text files with a byte-order mark it
// does not count, and ends lines with CRLF; the file has 303 codings of YouTube comments full
// of emoji. The passage each selection means is read here straight from the vendor's bytes
// (UTF-16 code units of the text after the BOM, as NVivo counts) and every one must land on
// exactly that text; four are also written out by hand as a person reads them in the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../../shared/domain/annotation';
import { exportQdpx } from '../../../../../main/core/qdpx/qdpx-export';
import type { readCodingRows } from '../../../../../main/db/repositories/merge';
import type { QdpxImportResult } from '../../../../../shared/domain/share';
import { archiveEntry, type ExpectedPassage as Expected, importVendorFile, landed, misplaced, vendorAuthors, wrongAuthors } from './vendor-export';

const FIXTURE = path.resolve(__dirname, '../../../../fixtures/refi-qda-vendor/nvivo-win-12.6-pyqdpx-oltas0517.qdpx');
const TEXT_ENTRY = 'Sources/68bbdc14-c361-4432-b4dd-ae1dbfc12890.txt';

/** Each PlainTextSelection's passage, from the vendor's bytes alone (no Glossa code). */
async function expectedPassages(): Promise<Expected[]> {
  const qde = (await archiveEntry(FIXTURE, 'project.qde')).toString('utf8');
  const raw = await archiveEntry(FIXTURE, TEXT_ENTRY);
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // NVivo's byte-order mark
  const units = Buffer.from(raw.subarray(3).toString('utf8'), 'utf16le');
  const out: Expected[] = [];
  const re = /<PlainTextSelection guid="([^"]+)"[^>]*startPosition="(\d+)" endPosition="(\d+)"[\s\S]*?<CodeRef targetGUID="([^"]+)"/g;
  for (let m = re.exec(qde); m; m = re.exec(qde)) {
    const text = units.subarray(2 * Number(m[2]), 2 * Number(m[3])).toString('utf16le').replace(/\r\n/g, '\n');
    out.push({ guid: m[1], code: m[4], text });
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
let exported: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-nvivo-'));
  expected = await expectedPassages();
  ({ result, anns, pageTexts, codings, coders, coderNames, codeIds } = await importVendorFile(FIXTURE, path.join(dir, 'nvivo.glossa'), 'videos_10_selected', async (db) => {
    exported = (await exportQdpx(db, path.join(dir, 'again.qdpx'))).path;
  }));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a real NVivo for Windows 12.6 export', () => {
  it('detects its offsets as UTF-16 code units and imports all 303 codings, 152 codes, both users', () => {
    expect(expected).toHaveLength(303);
    expect(result.offsets?.videos_10_selected).toBe('UTF-16 code units, CRLF as two');
    expect(result.documents).toBe(2);
    expect(result.codes).toBe(152);
    expect(result.annotations).toBe(303);
    expect(result.codings).toBe(303);
    expect(coders).toEqual(expect.arrayContaining(['Gergo', 'floriansipos']));
  });

  it('brings both NVivo users as coders, each highlight and coding under the user NVivo says made it', async () => {
    const authors = vendorAuthors((await archiveEntry(FIXTURE, 'project.qde')).toString('utf8'));
    expect(authors.users).toEqual(['Gergo', 'floriansipos']);
    expect([...coderNames.values()].filter((n) => authors.users.includes(n)).sort()).toEqual(['Gergo', 'floriansipos']);
    // NVivo for Windows: floriansipos made 297 of the selections and Gergo 6; Gergo made all 303 codings.
    const by = [...authors.selections.values()].map((s) => s.by);
    expect(by.filter((n) => n === 'floriansipos')).toHaveLength(297);
    expect([...authors.selections.values()].flatMap((s) => s.codings.map((c) => c.by)).every((n) => n === 'Gergo')).toBe(true);
    expect(wrongAuthors(authors, { anns, codings, coderNames })).toEqual([]);
  });

  it('lands every selection on exactly the passage NVivo coded, with its code', () => {
    expect(misplaced(expected, anns, codings)).toEqual([]);
    expect(codings.every((c) => codeIds.has(c.code_id))).toBe(true);
  });

  it('lands the passages a person reads there, emoji included, after earlier emoji', () => {
    const at = (guid: string) => landed(anns.get(guid)!);
    expect(at('c8834f5d-2755-4b25-a1dd-ae1dc0766fca')).toBe('Záhertorta egy alkesz nulla');
    expect(at('a9504413-3306-4dbc-a6dd-ae1dc06dbff2')).toBe('tudatos hal äl reklám, hatalmas árulás');
    expect(at('9d5ea80a-9fb7-4420-8fdd-ae1dc0ab0a83')).toBe('Rohadt életbe, hogy az emberre rá akarnak erőszakolni valamit, ami csak ajánlott 😤😤😤');
    expect(at('63f8f5d3-a7fb-41af-89dd-ae1dc0f6d6d5')).toBe('Mi az a fityesznek? Akkor írják át amikor akarják 🤣🤣🤣');
  });

  it('keeps emoji in the page texts (no NUL), without the byte-order mark or CR', () => {
    const all = pageTexts.join('\f');
    expect(all).not.toMatch(/[\u0000\r\uFEFF]/);
    expect(all).toContain('igazad lett!☝️👌👍👍👍');
    expect(all).toContain('eszméletlen 🤦🏼♀️');
    expect(all.startsWith('video_id\nvideo_title\n')).toBe(true);
  });

  it('exports them again with the emoji, at code-point offsets on the text it writes', async () => {
    const qde = (await archiveEntry(exported, 'project.qde')).toString('utf8');
    const source = /<PDFSource [^>]*name="videos_10_selected"[\s\S]*?<\/PDFSource>/.exec(qde)![0];
    const txt = (await archiveEntry(exported, `sources/${/plainTextPath="internal:\/\/([^"]+)"/.exec(source)![1]}`)).toString('utf8');
    expect(txt).not.toContain('\u0000');
    const chars = Array.from(txt);
    const sel = new RegExp('<PlainTextSelection guid="9d5ea80a-9fb7-4420-8fdd-ae1dc0ab0a83"[^>]*startPosition="(\\d+)" endPosition="(\\d+)"').exec(source)!;
    expect(chars.slice(Number(sel[1]), Number(sel[2])).join('')).toBe('Rohadt életbe, hogy az emberre rá akarnak erőszakolni valamit, ami csak ajánlott 😤😤😤');
    expect((source.match(/<Coding /g) ?? []).length).toBe(303);
  });
});
