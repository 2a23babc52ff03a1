import { describe, expect, it } from 'vitest';
import { demoteHeadings, parseRichText } from '../../../../../main/core/export/rich-text';

describe('rich text (Markdown comments and memos)', () => {
  it('splits inline formatting into spans: bold, italic, both, code, strike, links', () => {
    const [p] = parseRichText('A **bold** and *it* and ***both*** `x < y` ~~gone~~ [site](https://e.org/a?b=1).');
    expect(p).toMatchObject({ kind: 'paragraph', quoted: 0 });
    expect(p.kind === 'paragraph' && p.inline).toEqual([
      { text: 'A ' },
      { text: 'bold', bold: true },
      { text: ' and ' },
      { text: 'it', italic: true },
      { text: ' and ' },
      { text: 'both', bold: true, italic: true },
      { text: ' ' },
      { text: 'x < y', code: true },
      { text: ' ' },
      { text: 'gone', strike: true },
      { text: ' ' },
      { text: 'site', href: 'https://e.org/a?b=1' },
      { text: '.' },
    ]);
  });

  it('keeps links only to http(s) and mailto; raw HTML, bare URLs and images stay text', () => {
    const blocks = parseRichText('[a](javascript:alert(1)) [b](file:///etc/passwd) [c](mailto:x@y.org) [d](zotero://select/items/1) [e](ftp://f.example/x) <b>raw</b> https://bare.org ![alt](https://t.example/p.png)');
    const spans = blocks[0].kind === 'paragraph' ? blocks[0].inline : [];
    expect(spans.filter((s) => s.href).map((s) => s.href)).toEqual(['mailto:x@y.org']);
    const text = spans.map((s) => s.text).join('');
    expect(text).toContain('<b>raw</b>');
    expect(text).toContain('https://bare.org');
    expect(text).toContain('[alt]');
    // Other schemes markdown-it lets through keep their text, without the link.
    expect(text).toContain(' d e ');
    expect(text).not.toContain('p.png');
    // markdown-it refuses javascript: and file: links, so they stay as their source text.
    expect(text).toContain('[a](javascript:alert(1))');
  });

  it('gives headings, numbered and nested lists, quotes, code blocks, rules and tables as blocks', () => {
    const blocks = parseRichText('## Why\n\n1. one\n2. two\n   - inner\n\n3) three\n\n> quoted **note**\n\n```\n# not a heading\n```\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nline one\nline two');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'item', 'item', 'item', 'item', 'paragraph', 'code', 'rule', 'table', 'paragraph']);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 2, inline: [{ text: 'Why' }] });
    expect(blocks.slice(1, 5).map((b) => b.kind === 'item' && [b.depth, b.marker])).toEqual([[1, '1.'], [1, '2.'], [2, '\u2022'], [1, '3.']]);
    expect(blocks[5]).toMatchObject({ quoted: 1, inline: [{ text: 'quoted ' }, { text: 'note', bold: true }] });
    expect(blocks[6]).toEqual({ kind: 'code', text: '# not a heading', quoted: 0 });
    expect(blocks[8]).toMatchObject({ kind: 'table', header: [[{ text: 'a' }], [{ text: 'b' }]], rows: [[[{ text: '1' }], [{ text: '2' }]]] });
    // A single line break is a break, as in the app's memo view.
    expect(blocks[9]).toMatchObject({ inline: [{ text: 'line one\nline two' }] });
  });

  it('numbers a list from its first number', () => {
    const items = parseRichText('7. seven\n8. eight');
    expect(items.map((b) => b.kind === 'item' && b.marker)).toEqual(['7.', '8.']);
  });

  it('reads plain text as plain paragraphs', () => {
    expect(parseRichText('Key passage — see “annex”.')).toEqual([{ kind: 'paragraph', quoted: 0, inline: [{ text: 'Key passage — see “annex”.' }] }]);
    expect(parseRichText('')).toEqual([]);
  });

  it('moves headings below the report\'s own, leaving code blocks and other text alone', () => {
    expect(demoteHeadings('# A\n\ntext #1\n\nSet\n===\n\n```\n# not\n```\n\n> ## q\n\n##### deep', 3)).toBe(
      '#### A\n\ntext #1\n\n#### Set\n\n```\n# not\n```\n\n> ##### q\n\n###### deep',
    );
  });
});
