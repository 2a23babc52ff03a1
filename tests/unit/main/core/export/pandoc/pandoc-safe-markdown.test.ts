// A person's Markdown made safe for Pandoc: "@" and "$" escaped in text, never in code or an
// autolink (where a backslash would print or break the link), and abbreviations' periods.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeAbbreviations, pandocSafeMarkdown } from '../../../../../../main/core/export/pandoc/pandoc-safe-markdown';

describe('pandocSafeMarkdown', () => {
  it('escapes @ and $ in text but not in code spans, fenced or indented code, autolinks or after a backslash', () => {
    expect(pandocSafeMarkdown('+1 @reviewer, $5 and $10')).toBe('+1 \\@reviewer, \\$5 and \\$10');
    expect(pandocSafeMarkdown('see `a@b $x$` and ``x ` @y`` then @z')).toBe('see `a@b $x$` and ``x ` @y`` then \\@z');
    expect(pandocSafeMarkdown('```\n@keep $x$\n```\n@esc')).toBe('```\n@keep $x$\n```\n\\@esc');
    expect(pandocSafeMarkdown('para\n\n    @code $x\n\n@text')).toBe('para\n\n    @code $x\n\n\\@text');
    expect(pandocSafeMarkdown('mail <a@b.org> or <https://x.org/@u> or @u')).toBe('mail <a@b.org> or <https://x.org/@u> or \\@u');
    expect(pandocSafeMarkdown('already \\@escaped')).toBe('already \\@escaped');
    expect(pandocSafeMarkdown('an `unclosed @x')).toBe('an `unclosed \\@x');
  });

  it('renders the same in CommonMark as the text it was made from', () => {
    const md = new MarkdownIt();
    const text = 'Ask @anna: is $5 **too** much? `@x` <a@b.org>';
    expect(md.render(pandocSafeMarkdown(text))).toBe(md.render(text));
  });

  it('escapes the period of an abbreviation before a space only', () => {
    expect(escapeAbbreviations('cf. x, e.g. y, p. 4, Ph.D. z')).toBe('cf\\. x, e.g\\. y, p\\. 4, Ph.D\\. z');
    expect(escapeAbbreviations('ecf. q, cf.x, the end.')).toBe('ecf. q, cf.x, the end.');
  });
});
