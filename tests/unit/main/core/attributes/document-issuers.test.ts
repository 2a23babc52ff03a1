// Several issuing organisations per document (issue 14 item 3) reach what reads the issuer:
// when a user attribute replaces the organisation field, a document is cited with each of its
// issuers as an institutional author ("Copy with citation" and the exports) and each issuer is
// an actor of the partnership network. A choice seeded from the organisation list keeps its
// id (the same actor as a Partner code naming it); a choice the user added is named by its own
// labels. Without a value the fixed field stands.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issuerLabel, issuersOf } from '../../../../../shared/attributes/document-issuers';
import { createDefinition, setDocumentValues } from '../../../../../main/core/attributes/attribute-actions';
import { citeText } from '../../../../../main/core/citation/cite-text';
import { buildEvidenceBundle } from '../../../../../main/core/evidence/evidence-bundle';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { frequencies } from '../../../../../main/core/export/evidence-tables';
import { buildPartnerNetwork } from '../../../../../main/core/network/partner-network';
import { updateDocument } from '../../../../../main/db/repositories/documents';
import { ALICE } from '../coding/coding-fixture';
import { makeNetworkProject, type NetworkProject } from '../network/network-project';

const CHOICES = [
  { id: 'eu', en: 'European Union', ru: 'Европейский союз' },
  { id: 'osce', en: 'OSCE', ru: 'ОБСЕ' },
  { id: 'jrc-own', en: 'Joint Research Centre', ru: 'Объединённый исследовательский центр' },
];

describe('issuersOf / issuerLabel', () => {
  const json = JSON.stringify(CHOICES);
  it('reads one choice, several in the order ticked, and nothing from what is not a value', () => {
    expect(issuersOf('"osce"', json).map((i) => i.id)).toEqual(['osce']);
    expect(issuersOf('["jrc-own","eu","jrc-own"]', json).map((i) => i.id)).toEqual(['jrc-own', 'eu']);
    expect(issuersOf('["gone"]', json)).toEqual([]);
    expect(issuersOf('{"x":1}', json)).toEqual([]);
    expect(issuersOf('not json', json)).toEqual([]);
    expect(issuersOf('["eu"]', 'not json')).toEqual([]);
    expect(issuersOf(null, json)).toEqual([]);
  });
  it('names listed organisations by the list (EU), the user\'s own by their labels', () => {
    const [eu, , jrc] = CHOICES;
    expect(issuerLabel({ ...eu, en: 'typed differently' }, 'ru')).toBe('ЕС');
    expect(issuerLabel(jrc, 'en')).toBe('Joint Research Centre');
    expect(issuerLabel(jrc, 'ru')).toBe('Объединённый исследовательский центр');
  });
});

let p: NetworkProject;
beforeEach(() => {
  p = makeNetworkProject();
});
afterEach(() => p.close());

function replaceOrganisation(values: Record<string, string[]>): void {
  const def = createDefinition(p.db, ALICE, { nameEn: 'Issuers', nameRu: 'Авторы', kind: 'choices', choices: CHOICES, replaces: 'organisation' }).result;
  for (const [documentId, ids] of Object.entries(values)) setDocumentValues(p.db, ALICE, documentId, { [def.id]: ids });
}

const copy = (documentId: string) =>
  citeText(p.db, { style: 'chicago-author-date', locale: 'en', passages: [{ documentId, page: 1, pageEnd: 1,  paragraph: null, quote: 'q' }] }).texts[0];

describe('a document issued by several organisations', () => {
  it('is cited with each issuer as an institutional author, in the copy and in the export', async () => {
    updateDocument(p.db, p.docs.anon, { year: 2020 });
    expect(copy(p.docs.anon)).toBe('\u201cq\u201d (Joint Data Note 2020, 1)');
    replaceOrganisation({ [p.docs.anon]: ['eu', 'jrc-own'] });
    // Chicago 15.22: two authors joined by "and".
    expect(copy(p.docs.anon)).toBe('\u201cq\u201d (EU and Joint Research Centre 2020, 1)');
    const csv = new TextDecoder().decode(await exportEvidence(buildEvidenceBundle(p.db, 'P', undefined, new Date(), { format: 'csv' }), { format: 'csv' }));
    expect(csv).toContain('(EU and Joint Research Centre 2020, 1)');
    // The frequency table counts the note's codings once for each issuer, naming the user's own.
    const table = frequencies(buildEvidenceBundle(p.db, 'P', undefined, new Date(), { format: 'csv' }).rows, 'organisation');
    expect(table.columns).toEqual(['eu', 'jrc-own', 'osce']);
    const unodc = table.rows.find((r) => r.codePath.at(-1) === 'UNODC')!;
    expect(unodc.counts).toEqual([1, 1, 0]);
    expect(table.columnNames).toEqual({ 'jrc-own': { en: 'Joint Research Centre', ru: 'Объединённый исследовательский центр' } });
    // The OSCE report keeps its fixed organisation: it has no value for the attribute.
    expect(copy(p.docs.osce)).toBe('\u201cq\u201d (OSCE 2019, 1)');
  });

  it('gives each issuer its edges in the partnership network', () => {
    const edgesOf = () => buildPartnerNetwork(p.db, { filter: {} }).graph.edges.filter((e) => e.kind === 'issuer-partner').map((e) => `${e.source}|${e.target}`).sort();
    const before = edgesOf();
    // The note without an organisation: no issuer edge from its passage (UNODC + IOM) yet.
    expect(before.some((e) => e.includes('org:jrc-own'))).toBe(false);
    replaceOrganisation({ [p.docs.anon]: ['osce', 'jrc-own'] });
    const after = edgesOf();
    const jrc = after.filter((e) => e.includes('org:jrc-own'));
    expect(jrc.length).toBe(2); // to IOM and to UNODC
    const nodes = buildPartnerNetwork(p.db, { filter: {}, lang: 'ru' }).graph.nodes;
    expect(nodes.find((n) => n.id === 'org:jrc-own')?.label).toBe('Объединённый исследовательский центр');
    // OSCE gains the note's passage as an issuer: OSCE—UNODC appears.
    expect(after.filter((e) => e.includes('org:osce')).length).toBeGreaterThan(before.filter((e) => e.includes('org:osce')).length);
  });
});
