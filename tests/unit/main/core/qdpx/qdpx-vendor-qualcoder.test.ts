// Real QualCoder 4.0 Beta REFI-QDA project exports (tests/fixtures/refi-qda-vendor/README.md:
// how they were made, origin and licence), the only vendor files here with Variables and a
// Case. QualCoder counts positions in code points (Python string indices) and writes its text
// files with a byte-order mark; asked for MAXQDA's line endings it writes CRLF but still counts
// each line break as one. The passage each selection means is read straight from QualCoder's
// bytes (code points of the text file, after the mark, CRLF as one) and must land exactly,
// emoji included; coders, memos (source, code, coding, annotation, journal, project) and
// source variables must arrive, and the Case, which Glossa does not keep, must be reported
// truthfully (QualCoder's SourceRefs name its file ids, not its sources' guids).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Code } from '../../../../../shared/domain/code';
import type { DocumentMeta } from '../../../../../shared/domain/document';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { readMemoRows } from '../../../../../main/db/repositories/merge';
import { archiveEntry, type ExpectedPassage, type ImportedVendorFile, importVendorFile, landed, misplaced, vendorAuthors, wrongAuthors } from './vendor-export';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures/refi-qda-vendor');
const LF = path.join(FIXTURES, 'qualcoder-4.0-beta-c320464-export.qdpx');
const CRLF = path.join(FIXTURES, 'qualcoder-4.0-beta-c320464-export-maxqda-crlf.qdpx');
const EN = 'osce-report-2021.txt';
const RU = 'doklad-2021.txt';

/** Each source's PlainTextSelections and the passage each means, from QualCoder's bytes alone. */
async function expectedPassages(file: string): Promise<ExpectedPassage[]> {
  const qde = (await archiveEntry(file, 'project.qde')).toString('utf8');
  const out: ExpectedPassage[] = [];
  for (const src of qde.matchAll(/<TextSource [^>]*plainTextPath="internal:\/\/([^"]+)"[\s\S]*?<\/TextSource>/g)) {
    const raw = await archiveEntry(file, `sources/${src[1]}`);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // QualCoder writes utf-8-sig
    const points = Array.from(raw.subarray(3).toString('utf8').replace(/\r\n/g, '\n'));
    const re = /<PlainTextSelection [^>]*startPosition="(\d+)" endPosition="(\d+)"[\s\S]*?<CodeRef targetGUID="([^"]+)"/g;
    for (const m of src[0].matchAll(re)) {
      const guid = /guid="([^"]+)"/.exec(m[0])![1];
      out.push({ guid, code: m[3], text: points.slice(Number(m[1]), Number(m[2])).join('') });
    }
  }
  return out;
}

const codeNamed = (codes: Code[], name: string) => codes.find((c) => c.text.en.name === name || c.text.ru.name === name);
const definition = (codes: Code[], name: string) => {
  const c = codeNamed(codes, name);
  return c ? c.text.en.definition || c.text.ru.definition : undefined;
};

interface Read extends ImportedVendorFile {
  docs: DocumentMeta[];
  codes: Code[];
  memos: ReturnType<typeof readMemoRows>;
  expected: ExpectedPassage[];
  qde: string;
}

let dir: string;
const read = new Map<string, Read>();
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-qualcoder-vendor-'));
  for (const file of [LF, CRLF]) {
    let more: Pick<Read, 'docs' | 'codes' | 'memos'> | undefined;
    const r = await importVendorFile(file, path.join(dir, `${path.basename(file)}.glossa`), EN, async (db) => {
      more = { docs: listDocuments(db), codes: listCodes(db), memos: readMemoRows(db) };
    });
    read.set(file, { ...r, ...more!, expected: await expectedPassages(file), qde: (await archiveEntry(file, 'project.qde')).toString('utf8') });
  }
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['LF', LF, 'code points, CRLF as two'],
  ['MAXQDA line endings (CRLF)', CRLF, 'code points, CRLF as one'],
])('a real QualCoder 4.0 Beta export, %s', (_label, file, convention) => {
  const r = () => read.get(file)!;

  it('detects how QualCoder counted and imports both sources with all 9 codings', async () => {
    const raw = await archiveEntry(file, r().qde.match(/plainTextPath="internal:\/\/([^"]+)"/)![1].replace(/^/, 'sources/'));
    expect(raw.includes(0x0d)).toBe(file === CRLF);
    expect(r().result.offsets).toEqual({ [EN]: convention, [RU]: convention });
    expect(r().expected).toHaveLength(9);
    expect(r().result).toMatchObject({ documents: 2, annotations: 10, codings: 9 });
  });

  it('lands every selection on exactly the passage QualCoder coded, after emoji too', () => {
    expect(misplaced(r().expected, r().anns, r().codings)).toEqual([]);
    const texts = [...r().anns.values()].map(landed);
    expect(texts).toEqual(expect.arrayContaining(['👍 in 2021', 'Labour exploitation in agriculture rose sharply.', 'в сельском хозяйстве выросла', 'Трудовая эксплуатация']));
  });

  it("keeps QualCoder's code tree: a category holding a code holding a sub-code", () => {
    const { codes } = r();
    const parentOf = (name: string) => codes.find((c) => c.id === codeNamed(codes, name)?.parentId);
    expect(parentOf('Referral')?.id).toBe(codeNamed(codes, 'Trafficking')?.id);
    expect(parentOf('Trafficking')?.id).toBe(codeNamed(codes, 'Themes')?.id);
    expect(parentOf('Labour')?.id).toBe(codeNamed(codes, 'Themes')?.id);
  });

  it("turns QualCoder's annotation (a Note holding a passage) into an uncoded highlight on that passage, commented, by its owner", () => {
    const { qde, anns, codings, coderNames } = r();
    const m = /<Note [^>]*>\s*<PlainTextContent>([^<]*)<\/PlainTextContent>\s*<PlainTextSelection guid="([^"]+)"/.exec(qde)!;
    const a = anns.get(m[2])!;
    expect(a).toBeDefined();
    expect(landed(a)).toBe('underfunded');
    expect(a.comment).toBe(m[1]);
    expect(a.comment).toBe('Annotation: check the budget tables');
    expect(coderNames.get(a.coderId)).toBe('boris');
    expect(codings.filter((c) => c.annotation_id === a.id)).toEqual([]);
  });

  it('brings both QualCoder coders by name, each highlight and coding under its owner', () => {
    const authors = vendorAuthors(r().qde);
    expect(authors.users).toEqual(['anna', 'boris']);
    expect([...r().coderNames.values()]).toEqual(expect.arrayContaining(['anna', 'boris']));
    expect(wrongAuthors(authors, r())).toEqual([]);
  });

  it('brings the memos of the source, the code, the codings, the annotation, the journal and the project', () => {
    const { memos, docs, codes, anns } = r();
    const en = docs.find((d) => d.title === EN)!;
    const docMemo = memos.find((m) => m.target_type === 'document' && m.target_id === en.id)?.body ?? '';
    expect(docMemo).toContain('Source memo: the English OSCE report.');
    expect(docMemo).not.toContain('Annotation: check the budget tables'); // it is the passage's comment
    expect(definition(codes, 'Trafficking')).toBe('Code memo: recruitment, transport, exploitation.');
    expect(definition(codes, 'Эксплуатация')).toBe('Код для русских текстов');
    expect([...anns.values()].map((a) => a.comment).filter((c) => c !== '').sort()).toEqual(['Annotation: check the budget tables', "Coding memo: the report's subject.", 'Память о кодировании']);
    const project = memos.find((m) => m.target_type === 'project')?.body ?? '';
    expect(project).toContain('Project memo: trafficking reports, two coders.');
    expect(project).toContain('Coding diary\nDay one: agreed the codebook.\nDay two: coded the Russian report.');
  });

  it('brings the source variables: Year as the year, an Organisation Glossa does not list kept in the memo', () => {
    const { docs, memos, result } = r();
    const en = docs.find((d) => d.title === EN)!;
    const ru = docs.find((d) => d.title === RU)!;
    expect([en.year, ru.year]).toEqual([2021, 2022]);
    const memoOf = (d: DocumentMeta) => memos.find((m) => m.target_type === 'document' && m.target_id === d.id)?.body ?? '';
    expect(memoOf(en)).toContain('Variables:\nOrganisation: OSCE');
    expect(memoOf(ru)).toContain('Variables:\nOrganisation: МВД');
    expect(result.warnings).toContain(`"${EN}": Organisation "OSCE" is not one of Glossa's values; it was kept in the document's memo.`);
  });

  it('reports the Case as skipped, and that its variables reached no source (its SourceRefs name none)', () => {
    const { result, memos } = r();
    expect(result.skipped).toContainEqual({ reason: 'cases', count: 1 });
    expect(result.warnings).toContain('1 case was not imported: Glossa has no cases; the variables of 1 case (Region, Population) reached no source, as its source references name no source in the file.');
    expect(memos.map((m) => m.body).join('\n')).not.toContain('Eastern Europe');
  });
});
