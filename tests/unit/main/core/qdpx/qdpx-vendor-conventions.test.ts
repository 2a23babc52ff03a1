// What real exports do that no sample shows (no public ATLAS.ti or MAXQDA export with codings
// was found; QualCoder's importer, src/qualcoder/refi.py, documents these): ATLAS.ti for
// Windows writes CRLF yet counts it as one character; MAXQDA ends its text files with an
// extra line ending and writes comments as a selection's Description with no coding; NVivo
// writes an annotation as a Note in a linked text file (with its byte-order mark) joined to
// the selection by a Link, and keeps attributes on Cases. Each project here is written the
// way that tool writes it, and every selection must land on the passage it names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { importQdpx } from '../../../../../main/core/qdpx/qdpx-import';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { readMemoRows } from '../../../../../main/db/repositories/merge';
import { writeZip } from '../../../../fixtures/hostile/hostile-zips';
import { ALICE } from '../coding/coding-fixture';

const G = {
  user: '0a0a0a0a-1111-4111-8111-111111111111',
  code: '0b0b0b0b-2222-4222-8222-222222222222',
  src: '0c0c0c0c-3333-4333-8333-333333333333',
  note: '0d0d0d0d-4444-4444-8444-444444444444',
  sel: (i: number) => `0e0e0e0e-5555-4555-8555-${String(i).padStart(12, '0')}`,
  varOrg: '0f0f0f0f-6666-4666-8666-666666666666',
  varWave: '0f0f0f0f-6666-4666-8666-777777777777',
};

let dir: string;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

/** The selections (start, end) of `quotes` in `text` counted by `count` (vendor's counting). */
function selectionsXml(text: string, quotes: string[], count: (s: string) => number, extra: (i: number) => string = () => `<Coding guid="${G.sel(900)}"><CodeRef targetGUID="${G.code}"/></Coding>`): string {
  return quotes
    .map((q, i) => {
      const at = text.indexOf(q);
      const start = count(text.slice(0, at));
      return `<PlainTextSelection guid="${G.sel(i)}" startPosition="${start}" endPosition="${start + count(q)}" creatingUser="${G.user}">${extra(i)}</PlainTextSelection>`;
    })
    .join('\n');
}

function project(origin: string, body: string, tail = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Vendor" origin="${origin}">
  <Users><User guid="${G.user}" name="Dana"/></Users>
  <CodeBook><Codes><Code guid="${G.code}" name="Recruitment" isCodable="true"/></Codes></CodeBook>
  <Sources><TextSource guid="${G.src}" name="Interview" plainTextPath="internal://${G.src}.txt">${body}</TextSource></Sources>
  ${tail}
</Project>`;
}

async function importOf(qde: string, files: Record<string, Buffer>) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-vendor-'));
  const file = path.join(dir, 'in.qdpx');
  await writeZip(file, [{ name: 'project.qde', data: Buffer.from(qde) }, ...Object.entries(files).map(([name, data]) => ({ name, data }))]);
  const result = await importQdpx(file, path.join(dir, 'out.glossa'), { coder: ALICE });
  const h = openProject(result.path);
  try {
    const anns = listAnnotations(h.db);
    const byId = new Map(anns.map((a) => [a.id, a]));
    return { result, anns, quote: (i: number) => byId.get(G.sel(i))?.targets.map((t) => t.quote?.exact).join(' '), byId, memos: readMemoRows(h.db), docs: listDocuments(h.db) };
  } finally {
    closeProject(h);
  }
}

const codePoints = (s: string) => Array.from(s).length;
const TEXT = 'Q: How did you hear of the job?\r\nA: A friend 👍 told me about an agency in Chisinau.\r\nQ: And then?\r\nA: They took my passport at the border.\r\n';
const QUOTES = ['an agency in Chisinau', 'They took my passport', 'A friend 👍 told me'];

describe('offset conventions of real tools', () => {
  it('ATLAS.ti for Windows: CRLF counted as one character', async () => {
    const count = (s: string) => codePoints(s.replace(/\r\n/g, '\n'));
    const { result, quote } = await importOf(project('ATLAS.ti Windows 23.2.1', selectionsXml(TEXT, QUOTES, count)), { [`sources/${G.src}.txt`]: Buffer.from(TEXT) });
    expect(result.offsets?.Interview).toBe('code points, CRLF as one');
    expect(QUOTES.map((_, i) => quote(i))).toEqual(QUOTES);
  });

  it('an unknown tool counting CRLF as one is recognised from the selections alone', async () => {
    const count = (s: string) => codePoints(s.replace(/\r\n/g, '\n'));
    const { result, quote } = await importOf(project('Some tool 1.0', selectionsXml(TEXT, QUOTES, count)), { [`sources/${G.src}.txt`]: Buffer.from(TEXT) });
    expect(result.offsets?.Interview).toBe('code points, CRLF as one');
    expect(QUOTES.map((_, i) => quote(i))).toEqual(QUOTES);
  });

  it('the REFI-QDA spec (code points, CRLF as two), as QualCoder writes it', async () => {
    const { result, quote } = await importOf(project('QualCoder 3.6', selectionsXml(TEXT, QUOTES, codePoints)), { [`sources/${G.src}.txt`]: Buffer.from(TEXT) });
    expect(result.offsets?.Interview).toBe('code points, CRLF as two');
    expect(QUOTES.map((_, i) => quote(i))).toEqual(QUOTES);
  });

  it('MAXQDA: an extra line ending, and a comment as a Description on a selection with no coding', async () => {
    const text = `${TEXT}\r\n`;
    const body = selectionsXml(text, QUOTES, codePoints, (i) => (i === 1 ? '<Description>Passport taken: see the 2021 report.</Description>' : `<Coding guid="${G.sel(800 + i)}"><CodeRef targetGUID="${G.code}"/></Coding>`));
    const { quote, byId, result } = await importOf(project('MAXQDA 2022 (Release 22.4.0)', body), { [`sources/${G.src}.txt`]: Buffer.from(text) });
    expect(QUOTES.map((_, i) => quote(i))).toEqual(QUOTES);
    const commented = byId.get(G.sel(1))!;
    expect(commented.comment).toBe('Passport taken: see the 2021 report.');
    expect(commented.codeIds).toEqual([]);
    expect(result.codings).toBe(2);
  });

  it('NVivo: UTF-16 offsets, an annotation as a linked note file with a BOM, attributes on a Case', async () => {
    const utf16 = (s: string) => s.length;
    const body = selectionsXml(TEXT, QUOTES, utf16);
    const tail = `<Variables><Variable guid="${G.varOrg}" name="Organisation" typeOfVariable="Text"/><Variable guid="${G.varWave}" name="Wave" typeOfVariable="Integer"/></Variables>
  <Cases><Case guid="1a1a1a1a-7777-4777-8777-777777777777" name="R1"><VariableValue><VariableRef targetGUID="${G.varOrg}"/><TextValue>osce</TextValue></VariableValue><VariableValue><VariableRef targetGUID="${G.varWave}"/><IntegerValue>2</IntegerValue></VariableValue><SourceRef targetGUID="${G.src}"/></Case></Cases>
  <Notes><Note guid="${G.note}" name="Annotation" plainTextPath="internal://${G.note}.txt"/></Notes>
  <Links><Link guid="2b2b2b2b-8888-4888-8888-888888888888" name="Annotation" direction="OneWay" originGUID="${G.note}" targetGUID="${G.sel(1)}"/></Links>`;
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const { quote, byId, result, docs, memos } = await importOf(project('NVivo 14', body, tail), {
      [`Sources/${G.src}.txt`]: Buffer.concat([bom, Buffer.from(TEXT)]),
      [`Sources/${G.note}.txt`]: Buffer.concat([bom, Buffer.from('Passport taken\r\nat the border.')]),
    });
    expect(result.offsets?.Interview).toBe('UTF-16 code units, CRLF as two');
    expect(QUOTES.map((_, i) => quote(i))).toEqual(QUOTES);
    expect(byId.get(G.sel(1))!.comment).toBe('Passport taken\nat the border.');
    expect(docs[0].organisation).toBe('osce');
    expect(memos.find((m) => m.target_type === 'document')?.body).toBe('Variables:\nWave: 2');
    expect(result.warnings.join('\n')).not.toMatch(/links were not imported/);
  });
});
