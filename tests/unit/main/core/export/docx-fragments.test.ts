// The DOCX report's direct XML for plain styled paragraphs (quotes, citations, section
// headings) must be exactly what docx writes for the same paragraph built from its objects,
// for any text: line breaks, tabs, XML syntax, characters XML forbids, Cyrillic, emoji.
import fc from 'fast-check';
import { Document, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { DocxFragments, passagesPlaceholder } from '../../../../../main/core/export/docx-fragments';
import { textRuns } from '../../../../../main/core/export/docx-report';

function body(write: (f: DocxFragments) => void): string {
  const placeholder = passagesPlaceholder();
  const file = new Document({ sections: [{ children: [new Paragraph('BEFORE-1'), placeholder, new Paragraph('AFTER-3')] }] });
  const fragments = new DocxFragments(file, placeholder);
  write(fragments);
  return fragments.documentXml().toString('utf8');
}

const pieces = fc.constantFrom('\n', '\t', '<', '>', '&', '"', "'", '\u0001', '\u000b', '\ud83d\ude00', 'ё', ' ', '  ', 'word', '');

describe('DOCX fragments', () => {
  it('writes a styled text paragraph exactly as docx does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), fc.constantFrom('Quote', 'Citation', 'Heading2', 'Note'), (parts, style) => {
        const text = parts.join('');
        const direct = body((f) => f.addStyledText(style, text));
        const viaDocx = body((f) => f.add([new Paragraph({ style, children: textRuns(text) })]));
        expect(direct).toBe(viaDocx);
      }),
      { numRuns: 300 },
    );
  });

  it('puts the fragments where the placeholder stood, once', () => {
    const xml = body((f) => f.addStyledText('Quote', 'PASSAGE-2'));
    expect(xml).not.toContain('glossa-passages-');
    expect(xml.split('PASSAGE-2')).toHaveLength(2);
    expect(xml.indexOf('BEFORE-1')).toBeLessThan(xml.indexOf('PASSAGE-2'));
    expect(xml.indexOf('PASSAGE-2')).toBeLessThan(xml.indexOf('AFTER-3'));
  });
});
