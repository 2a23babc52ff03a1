// What the tests of real vendor exports share: reading an archive entry as the vendor wrote
// it (yauzl, no unzip binary needed), the text a reader sees of a passage, and the check that
// every expected selection landed on exactly its passage with its code, and the import itself.
import fs from 'node:fs';
import type { Annotation } from '../../../../../shared/domain/annotation';
import type { QdpxImportResult } from '../../../../../shared/domain/share';
import type { Db } from '../../../../../main/db/connection';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { importQdpx } from '../../../../../main/core/qdpx/qdpx-import';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { listCoders } from '../../../../../main/db/repositories/coders';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { readCodingRows, readPageTexts } from '../../../../../main/db/repositories/merge';
import { unzipAll } from '../../../../helpers/read-zip';
import { ALICE } from '../coding/coding-fixture';

/** A selection as the vendor's own bytes say: its guid, its code's guid and the text it spans. */
export interface ExpectedPassage {
  guid: string;
  code: string;
  text: string;
}

/** One entry of a .qdpx archive, as bytes. */
export async function archiveEntry(file: string, name: string): Promise<Buffer> {
  const entry = (await unzipAll(fs.readFileSync(file))).get(name);
  if (!entry) throw new Error(`${file} has no entry ${name}`);
  return entry;
}

/**
 * The characters a reader sees, in order. The page text is what pdf.js reads from the page:
 * a wrapped line ends in a line break where the source had a space, pdf.js puts a space
 * where glyphs stand apart (☝️ 😰) and drops zero-width joiners (🙅🏼‍♂️ reads 🙅🏼♂️).
 */
export const visible = (t: string): string => t.replace(/[\s\u200d]+/g, '');

/** The text a highlight covers: its page quotes, joined where a page break cut it. */
export function landed(a: Annotation): string {
  return a.targets.map((t) => t.quote?.exact ?? '').join(' ');
}

/** What did not land exactly: one line per selection not placed, placed elsewhere, or without its coding. */
export function misplaced(expected: readonly ExpectedPassage[], anns: ReadonlyMap<string, Annotation>, codings: ReturnType<typeof readCodingRows>): string[] {
  const wrong: string[] = [];
  for (const e of expected) {
    const a = anns.get(e.guid);
    if (!a || a.anchorStatus === 'orphan') {
      wrong.push(`${e.guid}: not placed`);
      continue;
    }
    if (visible(landed(a)) !== visible(e.text)) wrong.push(`${e.guid}: ${JSON.stringify(landed(a).slice(0, 60))} ≠ ${JSON.stringify(e.text.slice(0, 60))}`);
    if (!codings.some((c) => c.annotation_id === e.guid && c.code_id === e.code.toLowerCase())) wrong.push(`${e.guid}: coding lost`);
  }
  return wrong;
}

/** What the tests read back from a vendor file imported into a new project. */
export interface ImportedVendorFile {
  result: QdpxImportResult;
  anns: Map<string, Annotation>;
  /** The page texts of the source named `docTitle`. */
  pageTexts: string[];
  codings: ReturnType<typeof readCodingRows>;
  coders: string[];
  /** Each coder's name by id (a vendor user's id is its guid). */
  coderNames: Map<string, string>;
  codeIds: Set<string>;
}

/** Imports `fixture` as `target` and reads it back; `more` runs on the open project before it closes. */
export async function importVendorFile(fixture: string, target: string, docTitle: string, more?: (db: Db) => Promise<void>): Promise<ImportedVendorFile> {
  const result = await importQdpx(fixture, target, { coder: ALICE });
  const h = openProject(result.path);
  try {
    const doc = listDocuments(h.db).find((d) => d.title === docTitle)!;
    const read: ImportedVendorFile = {
      result,
      anns: new Map(listAnnotations(h.db).map((a) => [a.id, a])),
      pageTexts: readPageTexts(h.db, doc.id),
      codings: readCodingRows(h.db),
      coders: listCoders(h.db).map((c) => c.name),
      coderNames: new Map(listCoders(h.db).map((c) => [c.id, c.name])),
      codeIds: new Set(listCodes(h.db).map((c) => c.id)),
    };
    await more?.(h.db);
    return read;
  } finally {
    closeProject(h);
  }
}

/** Who made what, as the vendor's own XML says: user names by guid, and per selection its maker's and its codings' makers' names. */
export interface VendorAuthors {
  users: string[];
  selections: Map<string, { by: string; codings: { code: string; by: string }[] }>;
}

/** Reads the Users and the creatingUser of every PlainTextSelection and its Codings (attributes in any order). */
export function vendorAuthors(qde: string): VendorAuthors {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
  const names = new Map<string, string>();
  for (const m of qde.matchAll(/<User\s[^>]*>/g)) names.set(attr(m[0], 'guid').toLowerCase(), attr(m[0], 'name'));
  const selections: VendorAuthors['selections'] = new Map();
  for (const m of qde.matchAll(/<PlainTextSelection\s[^>]*>([\s\S]*?)<\/PlainTextSelection>/g)) {
    const open = /^<PlainTextSelection\s[^>]*>/.exec(m[0])![0];
    const codings = [...m[1].matchAll(/<Coding\s[^>]*>[\s\S]*?<CodeRef\s[^>]*>/g)].map((c) => ({
      code: attr(/<CodeRef\s[^>]*>/.exec(c[0])![0], 'targetGUID').toLowerCase(),
      by: names.get(attr(/^<Coding\s[^>]*>/.exec(c[0])![0], 'creatingUser').toLowerCase()) ?? '?',
    }));
    selections.set(attr(open, 'guid').toLowerCase(), { by: names.get(attr(open, 'creatingUser').toLowerCase()) ?? '?', codings });
  }
  return { users: [...names.values()], selections };
}

/** Each selection whose highlight or coding did not arrive under the vendor user who made it. */
export function wrongAuthors(authors: VendorAuthors, file: Pick<ImportedVendorFile, 'anns' | 'codings' | 'coderNames'>): string[] {
  const wrong: string[] = [];
  for (const [guid, sel] of authors.selections) {
    const a = file.anns.get(guid);
    const made = a ? file.coderNames.get(a.coderId) : undefined;
    if (made !== sel.by) wrong.push(`${guid}: highlight by ${made} ≠ ${sel.by}`);
    for (const c of sel.codings) {
      const row = file.codings.find((r) => r.annotation_id === guid && r.code_id === c.code);
      const by = row ? file.coderNames.get(row.coder_id) : undefined;
      if (by !== c.by) wrong.push(`${guid}/${c.code}: coded by ${by} ≠ ${c.by}`);
    }
  }
  return wrong;
}
