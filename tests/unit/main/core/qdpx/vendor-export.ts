// What the tests of real vendor exports share: reading an archive entry as the vendor wrote
// it (yauzl, no unzip binary needed), the text a reader sees of a passage, and the check that
// every expected selection landed on exactly its passage with its code.
import fs from 'node:fs';
import type { Annotation } from '../../../../../shared/domain/annotation';
import type { readCodingRows } from '../../../../../main/db/repositories/merge';
import { unzipAll } from '../../../../helpers/read-zip';

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
