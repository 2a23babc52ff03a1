// The renderer's attribute logic without a DOM: the library filters and sorts by attributes the
// user defined (several choices match any of the picked choices; numbers sort as numbers, empty
// last), and the definition form seeds "replaces the organisation" with the organisation list
// (ids = vocabulary ids, so every document's organisation can be filled in) and sends only what
// changed.
import { describe, expect, it } from 'vitest';
import type { AttributeDefinition } from '../../../../shared/domain/attribute';
import type { DocumentMeta } from '../../../../shared/domain/document';
import { ORGANISATIONS } from '../../../../shared/domain/vocabulary';
import { createInput, formOf, NEW_FORM, updatePatch, withReplaces } from '../../../../renderer/features/attributes/definition-form';
import { EMPTY_FILTER, filterDocuments, isFilterActive, sortDocuments } from '../../../../renderer/features/library/library-table';
import { vocabLabel } from '../../../../renderer/i18n/i18n';

const T = '2026-12-01T10:00:00.000Z';
const orgs: AttributeDefinition = {
  id: 'orgs', nameEn: 'Issuing organisations', nameRu: '', kind: 'choices', replaces: 'organisation', position: 0, createdAt: T, updatedAt: T,
  choices: [{ id: 'osce', en: 'OSCE', ru: 'ОБСЕ' }, { id: 'iom', en: 'IOM', ru: 'МОМ' }],
};
const budget: AttributeDefinition = { id: 'budget', nameEn: 'Budget', nameRu: '', kind: 'number', choices: [], replaces: '', position: 1, createdAt: T, updatedAt: T };
const doc = (id: string): DocumentMeta => ({
  id, sha256: id.padEnd(64, '0'), fileName: `${id}.pdf`, title: id, author: '', organisation: '', countries: [], year: null, docType: '', language: 'en',
  pageCount: 1, byteSize: 1, pdfDate: null, importedAt: T, updatedAt: T,
});
const docs = [doc('a'), doc('b'), doc('c')];
const values = { a: { orgs: ['osce', 'iom'], budget: 900 }, b: { orgs: ['osce'], budget: 10_000 } };
const label = (list: 'organisation' | 'country' | 'docType' | 'language', id: string) => vocabLabel(list, id, 'en');

describe('library by attributes', () => {
  it('filters by any of the picked choices; an empty term is no filter', () => {
    const by = (v: string[]) => filterDocuments(docs, { ...EMPTY_FILTER, attributes: [{ definitionId: 'orgs', values: v }] }, values).map((d) => d.id);
    expect(by(['iom'])).toEqual(['a']);
    expect(by(['iom', 'osce'])).toEqual(['a', 'b']);
    expect(by([])).toEqual(['a', 'b', 'c']);
    expect(isFilterActive({ ...EMPTY_FILTER, attributes: [{ definitionId: 'orgs', values: ['iom'] }] })).toBe(true);
    expect(filterDocuments(docs, { ...EMPTY_FILTER, attributes: [{ definitionId: 'budget', values: ['900'] }] }, values).map((d) => d.id)).toEqual(['a']);
  });

  it('sorts numbers as numbers and choices by label, empty values last', () => {
    const attrs = { defs: [orgs, budget], values, lang: 'en' as const };
    expect(sortDocuments(docs, { key: 'attr:budget', dir: 'desc' }, label, 'en', attrs).map((d) => d.id)).toEqual(['b', 'a', 'c']);
    expect(sortDocuments(docs, { key: 'attr:budget', dir: 'asc' }, label, 'en', attrs).map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(sortDocuments(docs, { key: 'attr:orgs', dir: 'asc' }, label, 'en', attrs).map((d) => d.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('definition form', () => {
  it('replacing the organisation makes several choices seeded from the list, named as the fixed field', () => {
    const f = withReplaces(NEW_FORM, 'organisation', (list, id, l) => vocabLabel(list, id, l), (l) => (l === 'ru' ? 'Организации-авторы' : 'Issuing organisations'));
    expect(f).toMatchObject({ kind: 'choices', nameEn: 'Issuing organisations', nameRu: 'Организации-авторы' });
    expect(f.choices.map((c) => c.id)).toEqual([...ORGANISATIONS]);
    expect(f.choices.find((c) => c.id === 'osce')).toEqual({ id: 'osce', en: 'OSCE', ru: 'ОБСЕ' });
    expect(createInput(f)).toMatchObject({ kind: 'choices', replaces: 'organisation', seedFrom: 'organisation' });
  });

  it('an edit sends only what changed; a new choice goes without an id', () => {
    const f = formOf(orgs);
    expect(updatePatch(orgs, f)).toEqual({});
    expect(updatePatch(orgs, { ...f, nameRu: 'Организации', choices: [...f.choices, { id: '', en: 'La Strada', ru: '' }] })).toEqual({
      nameRu: 'Организации', choices: [...orgs.choices, { en: 'La Strada', ru: '' }],
    });
  });
});
