// The evidence and analysis filters by an attribute the user defined: the passages of the
// documents whose value is one of the picked choices (several choices match any of theirs),
// through the same document filter as the library; the filter's summary names the attribute
// and its choices in the report language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDefinition, setDocumentValues } from '../../../../../main/core/attributes/attribute-actions';
import { filterSummary } from '../../../../../main/core/evidence/evidence-bundle';
import { parseFilter } from '../../../../../main/core/evidence/evidence-input';
import { queryEvidence } from '../../../../../main/core/evidence/handlers';
import { ALICE, makeEvidenceProject, type EvidenceProject } from './evidence-project';

let p: EvidenceProject;
beforeEach(() => {
  p = makeEvidenceProject();
});
afterEach(() => p.close());

describe('evidence filtered by a user-defined attribute', () => {
  it('keeps the passages of the documents with one of the picked choices', () => {
    const orgs = createDefinition(p.db, ALICE, {
      nameEn: 'Issuing organisations', nameRu: 'Организации-авторы', kind: 'choices', choices: [{ id: 'osce', en: 'OSCE', ru: 'ОБСЕ' }, { id: 'iom', en: 'IOM', ru: 'МОМ' }],
    }).result;
    setDocumentValues(p.db, ALICE, p.docs.en, { [orgs.id]: ['osce', 'iom'] });
    setDocumentValues(p.db, ALICE, p.docs.iom, { [orgs.id]: ['iom'] });
    const passages = (values: string[]) =>
      queryEvidence(p.db, parseFilter({ attributes: [{ definitionId: orgs.id, values }] }), 'document', 0, 1000).items.map((i) => i.annotationId).sort();
    expect(passages(['iom'])).toEqual([p.ann.enFunding, p.ann.enTraining, p.ann.enCross, p.ann.iomBoth].sort());
    expect(passages(['osce'])).toEqual([p.ann.enFunding, p.ann.enTraining, p.ann.enCross].sort());
    // An empty term is no filter (parseFilter drops it).
    expect(passages([])).toHaveLength(6);
    expect(filterSummary(p.db, { attributes: [{ definitionId: orgs.id, values: ['iom'] }] }, 'ru')).toBe('Организации-авторы: МОМ');
  });
});
