// @vitest-environment jsdom
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { FIXTURE_BUNDLE, FIXTURE_PASSAGES } from './evidence-fixture';

async function rendered(options = {}) {
  const bytes = await exportEvidence(FIXTURE_BUNDLE, { format: 'md', ...options });
  const markdown = new TextDecoder().decode(bytes);
  const html = new MarkdownIt().render(markdown);
  return { markdown, document: new DOMParser().parseFromString(html, 'text/html') };
}

describe('Markdown evidence report', () => {
  it('renders every quote back exactly in a blockquote, followed by its citation', async () => {
    const { document } = await rendered();
    const quotes = [...document.querySelectorAll('blockquote')].map((b) => b.textContent!.replace(/^\n|\n$/g, ''));
    for (const { quote, pages } of FIXTURE_PASSAGES) {
      const i = quotes.indexOf(quote);
      expect(i, quote).toBeGreaterThan(-1);
      const citation = document.querySelectorAll('blockquote')[i].nextElementSibling!.textContent!;
      expect(citation).toContain(`, ${pages} \u00b7`);
    }
    // Markup inside quotes stayed text: no script, emphasis, link or heading came out of them.
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('blockquote em, blockquote a, blockquote code, blockquote h1, blockquote ol, blockquote ul')).toBeNull();
  });

  it('has the title, the codebook and code-path headings', async () => {
    const { document, markdown } = await rendered({ includeTables: true, includeMemos: true });
    expect(document.querySelector('h1')!.textContent).toBe('Anti-trafficking «Евразия» 2024');
    const h3 = [...document.querySelectorAll('h3')].map((h) => h.textContent);
    expect(h3).toContain('Influence instruments > Knowledge production');
    expect(h3).toContain('Партнёрство');
    expect(document.body.textContent).toContain('Definition: Reports & studies that frame the problem.');
    expect(markdown).toContain('| Code |');
    expect(document.body.textContent).toContain('Заметка о коде «Партнёрство».');
  });
});

describe('Markdown quote escaping', () => {
  it('renders any single-line quote of Markdown-significant characters back exactly', async () => {
    const { markdownBlockquote } = await import('../../../../../main/core/export/markdown-report');
    const fc = (await import('fast-check')).default;
    const md = new MarkdownIt();
    const alphabet = [...'ab Ёё#*_-+=>`[]()!<&|~\\.1)«»—“”:/\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 24 }), (chars) => {
        const quote = chars.join('');
        const html = md.render(markdownBlockquote(quote));
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const text = doc.querySelector('blockquote')?.textContent?.replace(/^\n|\n$/g, '');
        expect(text).toBe(quote);
      }),
      { numRuns: 400 },
    );
  });
});
