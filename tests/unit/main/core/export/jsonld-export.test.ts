import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { FIXTURE_BUNDLE, Q_RU, Q_SYNTAX } from './evidence-fixture';

interface Anno {
  id: string;
  type: string;
  body: Array<{ type: string; purpose: string; value: string }>;
  target: { source: string; scope: { id: string; label: string }; selector: Array<Record<string, any>> };
  creator: { name: string };
  created: string;
  modified: string;
}

async function readBack() {
  const bytes = await exportEvidence(FIXTURE_BUNDLE, { format: 'jsonld' });
  return JSON.parse(new TextDecoder().decode(bytes));
}

// The Web Annotation model's required shape (https://www.w3.org/TR/annotation-model/).
function checkAnnotation(a: Anno) {
  expect(typeof a.id).toBe('string');
  expect(a.id).toMatch(/^[a-z][a-z0-9+.-]*:/); // an IRI
  expect(a.type).toBe('Annotation');
  expect(typeof a.target.source).toBe('string');
  expect(a.target.source).toMatch(/^urn:(sha256:[0-9a-f]{64}|glossa:doc:.+)$/);
  expect(Array.isArray(a.target.selector)).toBe(true);
  for (const s of a.target.selector) {
    expect(['TextQuoteSelector', 'FragmentSelector']).toContain(s.type);
    if (s.type === 'TextQuoteSelector') expect(typeof s.exact).toBe('string');
    if (s.type === 'FragmentSelector') {
      expect(s.conformsTo).toBe('http://tools.ietf.org/rfc/rfc3778');
      expect(s.value).toMatch(/^page=\d+$/);
    }
  }
  for (const b of a.body) {
    expect(b.type).toBe('TextualBody');
    expect(['classifying', 'commenting', 'describing']).toContain(b.purpose);
  }
  expect(Number.isNaN(Date.parse(a.created))).toBe(false);
}

describe('Web Annotation JSON-LD export', () => {
  it('is an AnnotationCollection in the W3C context with one Annotation per highlight', async () => {
    const doc = await readBack();
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.id).toMatch(/^urn:/);
    expect(doc.first.type).toBe('AnnotationPage');
    const items: Anno[] = doc.first.items;
    expect(items).toHaveLength(6);
    expect(doc.total).toBe(6);
    items.forEach(checkAnnotation);
    expect(new Set(items.map((a) => a.id)).size).toBe(6);
  });

  it('turns each coding into a classifying body and the comment into a commenting body', async () => {
    const items: Anno[] = (await readBack()).first.items;
    const first = items[0];
    expect(first.body.filter((b) => b.purpose === 'classifying').map((b) => b.value)).toEqual([
      'Influence instruments > Knowledge production',
      'Capacity building',
    ]);
    expect(first.body.find((b) => b.purpose === 'commenting')?.value).toBe('Key passage — see “annex”.');
    expect(first.creator.name).toBe('Анна K.');
    expect(first.modified).toBe('2024-03-02T11:30:00.000Z');
  });

  it('names the source by sha256 when known, else by document id, and keeps quotes and pages', async () => {
    const items: Anno[] = (await readBack()).first.items;
    expect(items[0].target.source).toBe('urn:sha256:a3f1c2d4e5b6a7980123456789abcdef0123456789abcdef0123456789abcdef');
    expect(items[0].target.scope).toMatchObject({ id: 'urn:glossa:doc:doc-en', label: 'Combating Trafficking in Human Beings: Annual Report' });
    const ru = items[1];
    expect(ru.target.source).toBe('urn:glossa:doc:doc-ru');
    expect(ru.target.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: Q_RU });
    expect(ru.target.selector[1]).toMatchObject({ type: 'FragmentSelector', value: 'page=41' });
  });

  it('refines the page fragment with the text position and adds prefix/suffix when known', async () => {
    const items: Anno[] = (await readBack()).first.items;
    const a = items[4];
    expect(a.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: Q_SYNTAX,
      prefix: 'before the quote ',
      suffix: ' after it',
    });
    expect(a.target.selector[1]).toEqual({
      type: 'FragmentSelector',
      conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
      value: 'page=99',
      refinedBy: { type: 'TextPositionSelector', start: 120, end: 120 + [...Q_SYNTAX].length },
    });
  });
});
