// The DOCX package zipped with Node's zlib (docx-zip.ts) must hold what docx's own Packer
// zips: the same parts, in the same order, with the same bytes — document.xml given as an
// override, an image in word/media, a hyperlink's relationship.
import fs from 'node:fs';
import path from 'node:path';
import { Document, ExternalHyperlink, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../../../main/core/export/docx-zip';
import { unzipAll } from '../../../../helpers/read-zip';

function document(): Document {
  const png = fs.readFileSync(path.join(__dirname, '../../../../../assets/icon.png'));
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Торговля людьми — «жертвы»', bold: true })] }),
          new Paragraph({ children: [new ExternalHyperlink({ link: 'glossa://open?passage=1', children: [new TextRun('Open in Glossa')] })] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 64, height: 64 } })] }),
        ],
      },
    ],
  });
}

describe('DOCX package', () => {
  it("holds docx's own parts, in its order, byte for byte", async () => {
    const override = [{ path: 'word/document.xml', data: '<?xml version="1.0"?><w:document/>' }];
    const theirs = await unzipAll(await Packer.toBuffer(document(), undefined, override));
    const ours = await unzipAll(await packDocx(document(), override));
    expect([...theirs.keys()].length).toBeGreaterThan(8);
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    expect(ours.has('[Content_Types].xml')).toBe(true);
    expect([...ours.keys()].some((k) => k.startsWith('word/media/'))).toBe(true);
    // A hyperlink's relationship id is random per document (docx's uniqueId), and core.xml
    // stamps the time it was made: the rest is equal.
    const same = (b: Buffer) => b.toString('latin1').replace(/rId[a-z0-9_-]{16,}/g, 'rId*').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'T');
    for (const [name, bytes] of theirs) expect(same(ours.get(name)!), name).toBe(same(bytes));
    expect(ours.get('word/document.xml')!.toString('utf8')).toBe(override[0].data);
    expect(ours.get('word/_rels/document.xml.rels')!.toString('utf8')).toContain('glossa://open?passage=1');
  });
});
