// Attributes in a merge (main/core/share/merge-attributes.ts): the rules on plain rows, then
// real files: Alice defines "Issuing organisations" (several choices) and sends the project to
// Boris; both set values and edit the definition; merged back, the later edit of each
// definition and of each document's value wins, a cleared value stays cleared, a definition
// deleted in one copy does not come back unless edited after the delete, and values the
// winning definition no longer allows are cleared.
import { afterEach, describe, expect, it } from 'vitest';
import { createDefinition, deleteDefinition, setDocumentValues, updateDefinition } from '../../../../../main/core/attributes/attribute-actions';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { mergeProject } from '../../../../../main/core/share/merge';
import { decideDefinition, decideValue } from '../../../../../main/core/share/merge-attributes';
import { type AttributeDefinitionRow, listDefinitions, valuesByDocument } from '../../../../../main/db/repositories/attributes';
import { findRowProblems } from '../../../../../main/db/row-check';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/db/migrations/index';
import { ALICE, BORIS, baseProject, forkTo, type Workspace, workspace } from './share-fixture';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T11:00:00.000Z';
const T2 = '2026-12-01T12:00:00.000Z';
const def = (name: string, updated_at = T0): AttributeDefinitionRow => ({
  id: 'd', name_en: name, name_ru: '', kind: 'text', choices: '[]', replaces: '', position: 0, created_at: T0, updated_at,
});
const val = (value: string, updated_at: string) => ({ document_id: 'x', definition_id: 'd', value, updated_at });

const ORGS = [{ id: 'osce', en: 'OSCE', ru: 'ОБСЕ' }, { id: 'iom', en: 'IOM', ru: 'МОМ' }, { id: 'unodc', en: 'UNODC', ru: 'УНП ООН' }];

describe('decideDefinition and decideValue', () => {
  it('the later edit wins; a definition one copy has is kept or added; a tombstone deletes what was not edited after it', () => {
    expect(decideDefinition(def('mine', T0), def('theirs', T1))).toBe('put');
    expect(decideDefinition(def('mine', T1), def('theirs', T0))).toBe('keep');
    expect(decideDefinition(null, def('theirs'))).toBe('put');
    expect(decideDefinition(def('mine'), null)).toBe('keep');
    expect(decideDefinition(null, def('deleted here'), T1)).toBe('keep');
    expect(decideDefinition(def('deleted there'), null, T1)).toBe('delete');
    expect(decideDefinition(null, def('edited there later', T2), T1)).toBe('put');
  });

  it('a later value wins, a cleared one too (JSON null is the tombstone)', () => {
    expect(decideValue(val('"a"', T0), val('"b"', T1))).toBe('put');
    expect(decideValue(val('"a"', T1), val('"b"', T0))).toBe('keep');
    expect(decideValue(val('"a"', T0), val('null', T1))).toBe('put');
    expect(decideValue(null, val('"b"', T0))).toBe('put');
    expect(decideValue(val('"a"', T0), null)).toBe('keep');
  });
});

let ws: Workspace;
afterEach(() => ws?.cleanup());

describe('attributes merged between two copies', () => {
  it("a colleague's definitions and values arrive; the later edit of each wins; deletes and cleared values hold", async () => {
    ws = workspace('glossa-merge-attr-');
    const { handle: alice0, docA, docB } = baseProject(ws, 'alice.glossa');
    const orgs = createDefinition(alice0.db, ALICE, { nameEn: 'Issuing organisations', nameRu: 'Организации-авторы', kind: 'choices', choices: ORGS }).result;
    const notes = createDefinition(alice0.db, ALICE, { nameEn: 'Notes', nameRu: '', kind: 'text' }).result;
    const region = createDefinition(alice0.db, ALICE, { nameEn: 'Region', nameRu: '', kind: 'text' }).result;
    setDocumentValues(alice0.db, ALICE, docA, { [orgs.id]: ['osce'], [notes.id]: 'first look' });
    const boris = await forkTo(ws, alice0, 'boris.glossa');

    // Boris: co-issuer IOM on A, UNODC on B, a new attribute, and he renames Region after Alice deletes it.
    setDocumentValues(boris.db, BORIS, docA, { [orgs.id]: ['osce', 'iom'] });
    setDocumentValues(boris.db, BORIS, docB, { [orgs.id]: ['unodc'] });
    const tier = createDefinition(boris.db, BORIS, { nameEn: 'Tier', nameRu: 'Уровень', kind: 'number' }).result;
    setDocumentValues(boris.db, BORIS, docB, { [tier.id]: 2 });
    // Alice clears her note after Boris's copy was made; she deletes Notes' sibling Region.
    setDocumentValues(alice0.db, ALICE, docA, { [notes.id]: null });
    deleteDefinition(alice0.db, ALICE, region.id);
    // Alice then renames the organisations and drops UNODC from the list: her edit is the later one.
    updateDefinition(alice0.db, ALICE, orgs.id, { nameEn: 'Issuers', choices: ORGS.filter((o) => o.id !== 'unodc') });
    closeProject(boris);
    closeProject(alice0);

    const alice1 = openProject(ws.file('alice.glossa'));
    ws.open.push(alice1);
    await mergeProject(alice1, ws.file('boris.glossa'), { coder: ALICE });
    const defs = listDefinitions(alice1.db);
    expect(defs.map((d) => d.nameEn)).toEqual(['Issuers', 'Notes', 'Tier']);
    expect(defs[0].choices.map((c) => c.id)).toEqual(['osce', 'iom']);
    const values = Object.fromEntries(valuesByDocument(alice1.db));
    // Boris's later values arrive; Alice's cleared note stays cleared; UNODC, no longer a choice, is cleared.
    expect(values[docA]).toEqual({ [orgs.id]: ['osce', 'iom'] });
    expect(values[docB]).toEqual({ [tier.id]: 2 });
    expect(findRowProblems(alice1.db, LATEST_SCHEMA_VERSION)).toEqual([]);
    closeProject(alice1);

    // The other way round: Alice's delete of Region travels to Boris.
    const boris1 = openProject(ws.file('boris.glossa'));
    ws.open.push(boris1);
    await mergeProject(boris1, ws.file('alice.glossa'), { coder: BORIS });
    expect(listDefinitions(boris1.db).map((d) => d.nameEn)).toEqual(['Issuers', 'Notes', 'Tier']);
    expect(Object.fromEntries(valuesByDocument(boris1.db))[docA]).toEqual({ [orgs.id]: ['osce', 'iom'] });
  });
});
