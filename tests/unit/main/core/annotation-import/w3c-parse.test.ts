// The W3C Web Annotation reader (main/core/annotation-import/w3c-parse.ts) on untrusted JSON:
// the shapes it accepts, what it takes from each, and hostile files that must give a count or
// a clear message, never a crash or an unbounded walk.
import { describe, expect, it } from 'vitest';
import { parseW3cAnnotations } from '../../../../../main/core/annotation-import/w3c-parse';
import { GlossaError } from '../../../../../shared/errors';

const quote = (exact: string, extra: Record<string, unknown> = {}) => ({ type: 'TextQuoteSelector', exact, ...extra });

describe('parseW3cAnnotations', () => {
  it('reads a collection, a page, an array and a single annotation alike', () => {
    const a = { type: 'Annotation', id: 'urn:a', target: { source: 'x', selector: quote('alpha') } };
    const shapes = [
      { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [a] } },
      { type: 'AnnotationPage', items: [a] },
      [a],
      a,
      { annotations: [a] },
    ];
    for (const s of shapes) expect(parseW3cAnnotations(JSON.stringify(s)).annotations.map((x) => x.key)).toEqual(['w3c:urn:a']);
  });

  it('takes the page hint and position from a refined page fragment, codes and comments from bodies', () => {
    const r = parseW3cAnnotations(JSON.stringify({
      type: 'Annotation',
      id: 'urn:b',
      creator: { type: 'Person', name: 'Анна K.' },
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'Influence > Funding' },
        { type: 'TextualBody', purpose: 'commenting', value: 'see annex' },
        { type: 'TextualBody', purpose: 'describing', value: 'the citation' },
      ],
      target: [
        { source: 'x', selector: [quote('one', { prefix: 'p', suffix: 's' }), { type: 'FragmentSelector', value: 'page=3', refinedBy: { type: 'TextPositionSelector', start: 5, end: 8 } }] },
        { source: 'x', selector: [quote('two'), { type: 'FragmentSelector', value: 'page=4' }] },
      ],
    }));
    expect(r.annotations[0]).toEqual({
      key: 'w3c:urn:b',
      author: 'Анна K.',
      comment: 'see annex',
      codePaths: [['Influence', 'Funding']],
      areas: [],
      targets: [
        { exact: 'one', prefix: 'p', suffix: 's', pageIndex: 2, position: { start: 5, end: 8 } },
        { exact: 'two', prefix: '', suffix: '', pageIndex: 3, position: null },
      ],
    });
  });

  it('counts items without a text quote and ignores broken positions, never throws on odd values', () => {
    const r = parseW3cAnnotations(JSON.stringify([
      { type: 'Annotation', target: 'http://example.org/page' },
      { type: 'Annotation', target: { selector: { type: 'FragmentSelector', value: 'xywh=1,2,3,4' } } },
      { type: 'Annotation', body: 7, creator: [null, 3], target: { selector: [quote('x'), { type: 'FragmentSelector', value: 'page=-1' }, { type: 'PageSelector', index: 'two' }] } },
      null,
      'text',
      { type: 'Annotation', target: { selector: [quote('y'), { type: 'FragmentSelector', value: 'page=2', refinedBy: { type: 'TextPositionSelector', start: 9, end: 3 } }] } },
    ]));
    expect(r.unusable).toBe(4);
    expect(r.annotations.map((a) => [a.targets[0].exact, a.targets[0].pageIndex, a.targets[0].position])).toEqual([['x', null, null], ['y', 1, null]]);
    // Without an id, the key is a digest of the content: stable across runs.
    expect(r.annotations[0].key).toMatch(/^w3c:sha256:[0-9a-f]{40}$/);
    expect(parseW3cAnnotations(JSON.stringify([{ target: { selector: quote('x') } }])).annotations[0].key).toBe(parseW3cAnnotations(JSON.stringify([{ target: { selector: quote('x') } }])).annotations[0].key);
  });

  it('bounds a refinedBy chain 10,000 deep and 100,000 selectors', () => {
    // Built as text: a nested object that deep is not something to build and stringify.
    const text = `{"type":"Annotation","target":{"selector":${'{"type":"FragmentSelector","value":"page=1","refinedBy":'.repeat(10_000)}{"type":"TextQuoteSelector","exact":"deep"}${'}'.repeat(10_000)}}}`;
    const r = parseW3cAnnotations(text);
    expect(r.unusable).toBe(1); // the quote is past the depth bound: no quote found, not a crash
    const wide = { type: 'Annotation', target: { selector: [...Array.from({ length: 100_000 }, (): Record<string, unknown> => ({ type: 'FragmentSelector', value: 'page=1' })), quote('late')] } };
    expect(parseW3cAnnotations(JSON.stringify(wide)).unusable).toBe(1);
  });

  it('refuses what is not JSON, or JSON without annotations, with a clear message', () => {
    const err = (text: string) => {
      try {
        parseW3cAnnotations(text);
      } catch (e) {
        return e as GlossaError;
      }
      return null;
    };
    expect(err('<html>not json</html>')).toMatchObject({ code: 'annotationImport.notJson', message: expect.stringMatching(/^This file is not JSON-LD: /) });
    expect(err('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": "urn:page"}')).toMatchObject({ code: 'annotationImport.noAnnotations' });
    expect(err('42')).toMatchObject({ code: 'annotationImport.noAnnotations' });
    expect(err('\uFEFF[{"target": {"selector": {"type": "TextQuoteSelector", "exact": "x"}}}]')).toBeNull();
  });
});
