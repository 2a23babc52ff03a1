// REFI-QDA exchange: the export validates against Project-mrt2019.xsd with xmllint, export
// then import keeps codes, codings (quote and page), memos and document attributes, and
// hostile archives and XML are refused with a message, leaving nothing behind.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { createCode } from '../../../../../main/core/coding/codes';
import { setMemo } from '../../../../../main/core/coding/memos';
import { closeProject, createProject, openProject } from '../../../../../main/core/project/project-file';
import { buildQde, exportQdpx } from '../../../../../main/core/qdpx/qdpx-export';
import { importQdpx } from '../../../../../main/core/qdpx/qdpx-import';
import { insertDocument } from '../../../../../main/db/repositories/documents';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { readMemoRows } from '../../../../../main/db/repositories/merge';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { makeEnglishReport } from '../../../../fixtures/pdf-fixtures';
import { BILLION_LAUGHS_QDE, externalSourceQde, MINIMAL_QDE, writeZip, writeZipWithRawName, XXE_QDE, zipBomb } from '../../../../fixtures/hostile/hostile-zips';
import { ALICE, BORIS } from '../coding/coding-fixture';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..', '..');
const XSD = path.resolve(repoRoot, 'tests', 'fixtures', 'refi-qda', 'Project-mrt2019.xsd');
const PAGES = ['Chapter 1 Trafficking in persons remains a serious crime.', 'Chapter 2 The national referral mechanism identified victims.', 'Chapter 3 Labour exploitation in agriculture.'];

let dir: string;
let pdf: Uint8Array;
beforeAll(async () => {
  pdf = await makeEnglishReport(); // 3 pages
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function sourceProject() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-'));
  const h = createProject(path.join(dir, 'src.glossa'), 'Source project');
  const doc = insertDocument(
    h.db,
    { sha256: createHash('sha256').update(pdf).digest('hex'), fileName: 'report.pdf', title: 'Annual report', author: 'Office', organisation: 'osce', countries: ['moldova', 'ukraine'], year: 2021, docType: '', language: 'en', pageCount: 3, byteSize: pdf.byteLength, pdfDate: null },
    PAGES,
    pdf,
  );
  const code = createCode(h.db, ALICE, { name: 'Победа & <test>', definition: 'A definition' }).result;
  const sub = createCode(h.db, ALICE, { name: 'Sub', parentId: code.id }).result;
  const q = (p: number, s: number, e: number) => ({ pageIndex: p, rects: [{ x1: 56.2, y1: 700.5, x2: 300.9, y2: 712.1 }], quote: { type: 'TextQuoteSelector' as const, exact: PAGES[p].slice(s, e), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: s, end: e } });
  createAnnotation(h.db, ALICE, { documentId: doc.id, kind: 'text', targets: [q(0, 10, 30)], color: null, comment: 'Alice comment', codeIds: [code.id] });
  createAnnotation(h.db, BORIS, { documentId: doc.id, kind: 'text', targets: [q(1, 10, PAGES[1].length), q(2, 0, 9)], color: null, comment: '', codeIds: [code.id, sub.id] });
  createAnnotation(h.db, ALICE, { documentId: doc.id, kind: 'area', targets: [{ pageIndex: 2, rects: [{ x1: 100, y1: 200, x2: 300, y2: 400 }], quote: null, position: null }], color: null, comment: 'A chart', codeIds: [sub.id] });
  setMemo(h.db, ALICE, 'project', '', 'Project memo text');
  setMemo(h.db, ALICE, 'document', doc.id, 'Document memo');
  setMemo(h.db, ALICE, 'code', code.id, 'Code memo');
  return h;
}

describe('qdpx export', () => {
  it('project.qde validates against Project-mrt2019.xsd with xmllint', () => {
    const h = sourceProject();
    const { xml } = buildQde(h.db);
    closeProject(h);
    const file = path.join(dir, 'project.qde');
    fs.writeFileSync(file, xml);
    const out = execFileSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
    expect(xml).toContain('path="internal://');
  });

  it('writes each highlight as one coded selection: text on the representation, areas as PDFSelections', () => {
    const h = sourceProject();
    const { xml, result } = buildQde(h.db);
    closeProject(h);
    const count = (re: RegExp) => (xml.match(re) ?? []).length;
    // Two text highlights (one spanning two pages) and one area: 3 selections, 1 + 2 + 1 codings.
    expect(count(/<PlainTextSelection /g)).toBe(2);
    expect(count(/<PDFSelection /g)).toBe(1);
    expect(count(/<Coding /g)).toBe(4);
    expect(result).toMatchObject({ selections: 3, codings: 4 });
    expect(xml).toMatch(/<PDFSelection [^>]*page="2" firstX="100" firstY="200" secondX="300" secondY="400"/);
    // Comments as Notes with a NoteRef on their selection.
    const area = /<PDFSelection [\s\S]*?<\/PDFSelection>/.exec(xml)![0];
    const noteGuid = /<NoteRef targetGUID="([^"]+)"/.exec(area)![1];
    expect(xml).toMatch(new RegExp(`<Note guid="${noteGuid}"[^>]*><PlainTextContent>A chart</PlainTextContent>`));
    expect(/<PlainTextSelection [\s\S]*?<\/PlainTextSelection>/.exec(xml)![0]).toMatch(/<NoteRef targetGUID=/);
  });

  it('export then import keeps codes, codings (quote and page), memos and document attributes', async () => {
    const h = sourceProject();
    const file = path.join(dir, 'out.qdpx');
    const res = await exportQdpx(h.db, file);
    expect(res.sources).toBe(1);
    const before = { codes: listCodes(h.db), anns: listAnnotations(h.db), memos: readMemoRows(h.db), docs: listDocuments(h.db) };
    closeProject(h);
    const imported = await importQdpx(file, path.join(dir, 'imported.glossa'), { coder: ALICE });
    expect(imported.documents).toBe(1);
    const p = openProject(imported.path);
    try {
      const codes = listCodes(p.db);
      // Both languages survive the REFI round trip (the Russian rides in the description).
      const key = (c: (typeof codes)[number]) => JSON.stringify([c.id, c.parentId, c.color, c.text]);
      expect(codes.map(key).sort()).toEqual(before.codes.map(key).sort());
      const anns = listAnnotations(p.db);
      // Text highlights come back without rectangles (the reader lays them out from their
      // text position); areas keep theirs.
      const shape = (list: typeof anns) =>
        list.map((a) => ({ id: a.id, kind: a.kind, coder: a.coderId, codes: [...a.codeIds].sort(), comment: a.comment, targets: a.targets.map((t) => [t.pageIndex, t.quote?.exact, t.position?.start, t.position?.end, a.kind === 'area' ? t.rects : []]) })).sort((x, y) => x.id.localeCompare(y.id));
      expect(shape(anns)).toEqual(shape(before.anns));
      const [doc] = listDocuments(p.db);
      expect({ title: doc.title, organisation: doc.organisation, countries: doc.countries, year: doc.year, language: doc.language, author: doc.author, sha: doc.sha256 }).toEqual({
        title: 'Annual report', organisation: 'osce', countries: ['moldova', 'ukraine'], year: 2021, language: 'en', author: 'Office', sha: before.docs[0].sha256,
      });
      const memos = readMemoRows(p.db).map((m) => [m.target_type, m.body]).sort();
      expect(memos).toEqual([['code', 'Code memo'], ['document', 'Document memo'], ['project', 'Project memo text']]);
    } finally {
      closeProject(p);
    }
  });
});

describe('qdpx import refuses hostile input', () => {
  const refuse = async (name: string, make: (file: string) => Promise<void>, message: RegExp) => {
    dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-'));
    if (!fs.existsSync(dir)) dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-'));
    const file = path.join(dir, `${name}.qdpx`);
    await make(file);
    const dest = path.join(dir, `${name}.glossa`);
    await expect(importQdpx(file, dest, { coder: ALICE })).rejects.toThrow(message);
    expect(fs.readdirSync(dir).filter((f) => f.includes(name) && !f.endsWith('.qdpx'))).toEqual([]);
  };
  const qde = (xml: string) => async (file: string) => writeZip(file, [{ name: 'project.qde', data: Buffer.from(xml) }]);

  it('zip-slip names', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-'));
    for (const [i, name] of ['../evil.txt', 'sources/../../evil.pdf', '/etc/evil', 'C:/evil.pdf', 'sources\\..\\evil.pdf'].entries()) {
      await refuse(`slip${i}`, (f) => writeZipWithRawName(f, name, Buffer.from('x')), /refused/);
    }
  });

  it('symbolic-link entries', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-'));
    await refuse('link', (f) => writeZip(f, [{ name: 'project.qde', data: Buffer.from(MINIMAL_QDE) }, { name: 'sources/x.pdf', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]), /symbolic link/);
  });

  it('a zip bomb', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-'));
    await refuse('bomb', zipBomb, /zip bomb/);
  });

  it('XXE and billion-laughs XML, and sources outside the archive', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-'));
    await refuse('xxe', qde(XXE_QDE), /DOCTYPE/);
    await refuse('lol', qde(BILLION_LAUGHS_QDE), /DOCTYPE/);
    for (const [i, p] of ['file:///etc/passwd', 'http://example.org/x.pdf', 'absolute:///C:/x.pdf', 'internal://../x.pdf', 'relative://x.pdf'].entries()) {
      await refuse(`ext${i}`, qde(externalSourceQde(p)), /only internal:\/\//);
    }
    await refuse('notzip', async (f) => fs.writeFileSync(f, 'not a zip'), /not a .qdpx/);
  });
});

describe('qdpx import from another tool', () => {
  it('maps a plain-text source with a coded selection and reports what it cannot represent', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-'));
    const text = 'Interview one. The respondent described recruitment through a travel agency in Chisinau. End.';
    const quote = 'recruitment through a travel agency';
    const start = text.indexOf(quote);
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="From QualCoder" origin="QualCoder">
  <Users><User guid="AAAAAAAA-1111-4111-8111-111111111111" name="Dana"/></Users>
  <CodeBook><Codes><Code guid="BBBBBBBB-2222-4222-8222-222222222222" name="Recruitment" isCodable="true" color="#F0A"/></Codes></CodeBook>
  <Cases><Case guid="CCCCCCCC-3333-4333-8333-333333333333" name="R1"/></Cases>
  <Sources>
    <TextSource guid="DDDDDDDD-4444-4444-8444-444444444444" name="Interview 1" plainTextPath="internal://DDDDDDDD-4444-4444-8444-444444444444.TXT">
      <PlainTextSelection guid="EEEEEEEE-5555-4555-8555-555555555555" startPosition="${start}" endPosition="${start + quote.length}" creatingUser="AAAAAAAA-1111-4111-8111-111111111111">
        <Coding guid="FFFFFFFF-6666-4666-8666-666666666666" creatingUser="AAAAAAAA-1111-4111-8111-111111111111"><CodeRef targetGUID="BBBBBBBB-2222-4222-8222-222222222222"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PictureSource guid="99999999-7777-4777-8777-777777777777" name="Photo" path="internal://99999999-7777-4777-8777-777777777777.jpg"/>
  </Sources>
</Project>`;
    const file = path.join(dir, 'qualcoder.qdpx');
    // Upper-case Sources folder and file name: REFI-QDA readers must be case-insensitive.
    await writeZip(file, [{ name: 'project.qde', data: Buffer.from(qde) }, { name: 'Sources/DDDDDDDD-4444-4444-8444-444444444444.txt', data: Buffer.from(text) }]);
    const r = await importQdpx(file, path.join(dir, 'q.glossa'), { coder: ALICE });
    expect(r).toMatchObject({ documents: 1, codes: 1, annotations: 1, codings: 1, coders: 1 });
    expect(r.warnings.join('\n')).toMatch(/PictureSource "Photo" was not imported/);
    expect(r.warnings.join('\n')).toMatch(/1 case was not imported/);
    const p = openProject(r.path);
    try {
      const [a] = listAnnotations(p.db);
      expect(a.targets[0].quote?.exact).toBe(quote);
      expect(a.coderId).toBe('aaaaaaaa-1111-4111-8111-111111111111');
      expect(listCodes(p.db).map((c) => [c.text.en.name, c.color])).toEqual([['Recruitment', '#ff00aa']]);
    } finally {
      closeProject(p);
    }
  });
  it('a code description beyond the codebook rules opens afterwards, kept whole in the code memo', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-'));
    const long = 'Recruitment through agencies. '.repeat(1000); // 30,000 characters > MAX_NOTE
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Long notes" origin="Other tool">
  <CodeBook><Codes><Code guid="BBBBBBBB-2222-4222-8222-222222222222" name="Recruitment" isCodable="true"><Description>${long}</Description></Code></Codes></CodeBook>
</Project>`;
    const file = path.join(dir, 'long.qdpx');
    await writeZip(file, [{ name: 'project.qde', data: Buffer.from(qde) }]);
    const r = await importQdpx(file, path.join(dir, 'long.glossa'), { coder: ALICE });
    expect(r.warnings.join('\n')).toMatch(/kept whole in the code's memo/);
    // Every open holds the rows to the codebook rules: the imported project must pass them.
    const p = openProject(r.path);
    try {
      expect(listCodes(p.db)[0].text.en.definition.length).toBeLessThanOrEqual(20_000);
      expect(readMemoRows(p.db).find((m) => m.target_type === 'code')?.body).toContain(long.trim());
    } finally {
      closeProject(p);
    }
  });

  it('skips a PDF source that pdf.js cannot parse, reports it, and imports the rest', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qdpx-'));
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Mixed" origin="Other tool">
  <Sources>
    <PDFSource guid="11111111-7777-4777-8777-777777777777" name="Broken report" path="internal://11111111-7777-4777-8777-777777777777.pdf"/>
    <TextSource guid="22222222-4444-4444-8444-444444444444" name="Notes" plainTextPath="internal://22222222-4444-4444-8444-444444444444.txt"/>
  </Sources>
</Project>`;
    // Passes the format sniff (header, trailer) but has no readable structure for pdf.js.
    const broken = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nstartxref\n999999\n%%EOF\n');
    const file = path.join(dir, 'mixed.qdpx');
    await writeZip(file, [
      { name: 'project.qde', data: Buffer.from(qde) },
      { name: 'sources/11111111-7777-4777-8777-777777777777.pdf', data: broken },
      { name: 'sources/22222222-4444-4444-8444-444444444444.txt', data: Buffer.from('Plain notes on the visit to Chisinau.') },
    ]);
    const r = await importQdpx(file, path.join(dir, 'mixed.glossa'), { coder: ALICE });
    expect(r.documents).toBe(1);
    expect(r.warnings.join('\n')).toMatch(/"Broken report" was not imported: .*damaged or not a valid PDF/);
  });
});
