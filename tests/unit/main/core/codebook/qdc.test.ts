// REFI-QDA codebook exchange: the export validates against Codebook-v1.0.xsd with xmllint,
// re-importing it into a fresh project gives an equal tree, import is one undoable action,
// and hostile or malformed files (DOCTYPE/entities, bad guids, bad colours) are refused.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCode, deleteCode, listCodesWithCounts, moveCode, updateCodeFields } from '../../../../../main/core/coding/codes';
import { treeOrder } from '../../../../../main/core/coding/code-tree';
import { undo } from '../../../../../main/core/coding/undo-stack';
import { exportQdc } from '../../../../../main/core/codebook/qdc-export';
import { importQdc } from '../../../../../main/core/codebook/qdc-import';
import { parseQdc } from '../../../../../main/core/codebook/qdc-parse';
import { listCodes } from '../../../../../main/db/repositories/codes';
import type { Db } from '../../../../../main/db/connection';
import { ALICE, snapshot } from '../coding/coding-fixture';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..', '..');
const XSD = path.resolve(repoRoot, 'tests', 'fixtures', 'refi-qda', 'Codebook-v1.0.xsd');

let a: TempProject;
let b: TempProject;
beforeEach(() => {
  a = tempProject();
  b = tempProject();
});
afterEach(() => {
  a.close();
  b.close();
});

const id = (db: Db, name: string) => listCodesWithCounts(db).find((c) => c.text.en.name === name)!.id;

/** The tree as comparable data: depth, id and every exchanged field, in tree order. */
function tree(db: Db) {
  return treeOrder(listCodes(db)).map(({ code, depth }) => [depth, code.id, code.color, code.text.en, code.text.ru]);
}

function validate(xml: string): string {
  const file = path.join(a.dir, 'codebook.qdc');
  fs.writeFileSync(file, xml);
  return execFileSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function customise(db: Db) {
  const parent = createCode(db, ALICE, { parentId: id(db, 'Influence instruments'), name: 'Peer review & "pressure" <x>', color: '#abc123', definition: 'Line one\nline two', exclusion: 'Not this.' }).result;
  createCode(db, ALICE, { lang: 'ru', parentId: parent.id, name: 'Равные оценки', definition: 'Кириллица' });
  const funding = id(db, 'Funding');
  updateCodeFields(db, ALICE, funding, { name: 'Funding and grants', inclusion: '' });
  updateCodeFields(db, ALICE, funding, { lang: 'ru', name: 'Финансирование и гранты', exclusion: 'Не это.\n\nInclusion: не метка' });
  moveCode(db, ALICE, id(db, 'Regime layer'), null, 0);
  moveCode(db, ALICE, id(db, 'OSCE'), id(db, 'Form'), 1);
}

describe('REFI-QDA codebook', () => {
  it('exports a file that validates against the codebook schema', () => {
    customise(a.db);
    const xml = exportQdc(a.db);
    expect(xml).toContain('xmlns="urn:QDA-XML:codebook:1.0"');
    expect(xml).toMatch(/color="#[0-9A-F]{6}"/);
    expect(() => validate(xml)).not.toThrow();
  });

  it('re-imports into a fresh, empty project as an equal tree', () => {
    customise(a.db);
    for (const root of listCodesWithCounts(b.db).filter((c) => c.parentId === null)) deleteCode(b.db, ALICE, root.id);
    expect(listCodes(b.db)).toHaveLength(0);
    const r = importQdc(b.db, ALICE, exportQdc(a.db)).result;
    expect(r).toEqual({ created: 37, updated: 0 });
    expect(tree(b.db)).toEqual(tree(a.db));
  });

  it('re-imports into a fresh project with the default codebook by guid: equal tree, one undoable action', () => {
    customise(a.db);
    const before = snapshot(b.db);
    const r = importQdc(b.db, ALICE, exportQdc(a.db)).result;
    expect(r).toEqual({ created: 2, updated: 35 });
    expect(tree(b.db)).toEqual(tree(a.db));
    expect(undo(b.db, ALICE).label).toBe('Import codebook');
    expect(snapshot(b.db)).toEqual(before);
  });

  it('reads another tool\'s file: braces in guids, #RGB colours, no namespace prefix issues, sets ignored', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Other QDA">
  <Codes>
    <Code guid="{D8C9D6B1-0A3E-4D1B-9F1E-2C7A8B6E5F40}" name="Topic" isCodable="false" color="#f0A">
      <Description>Def.

Inclusion: in

Exclusion: out</Description>
      <Code guid="0b7c7a48-2d2a-4a9e-8f5e-9d8e7c6b5a41" name="Sub" isCodable="true"/>
    </Code>
  </Codes>
  <Sets><Set guid="1b7c7a48-2d2a-4a9e-8f5e-9d8e7c6b5a41" name="S"><MemberCode guid="0b7c7a48-2d2a-4a9e-8f5e-9d8e7c6b5a41"/></Set></Sets>
</CodeBook>`;
    const [topic] = parseQdc(xml);
    expect(topic).toMatchObject({ id: 'd8c9d6b1-0a3e-4d1b-9f1e-2c7a8b6e5f40', color: '#ff00aa', text: { en: { name: 'Topic', definition: 'Def.', inclusion: 'in', exclusion: 'out' } } });
    expect(topic.text.ru).toBeUndefined();
    expect(topic.children[0]).toMatchObject({ name: 'Sub', color: null });
    expect(importQdc(b.db, ALICE, xml).result).toEqual({ created: 2, updated: 0 });
    expect(listCodesWithCounts(b.db).find((c) => c.text.en.name === 'Sub')!.parentId).toBe('d8c9d6b1-0a3e-4d1b-9f1e-2c7a8b6e5f40');
  });

  it('carries both languages: names in the export language, the other in the description, both back on import', () => {
    customise(a.db);
    const ru = exportQdc(a.db, 'ru');
    expect(() => validate(ru)).not.toThrow();
    expect(ru).toContain('name="Производство знаний"');
    expect(ru).toContain('-- en: Knowledge production --');
    expect(ru).toContain('name="Peer review &amp; &quot;pressure&quot; &lt;x&gt;"'); // no Russian name: the English one
    const en = exportQdc(a.db, 'en');
    expect(en).toContain('name="Knowledge production"');
    expect(en).toContain('-- ru: Производство знаний --');
    for (const root of listCodesWithCounts(b.db).filter((c) => c.parentId === null)) deleteCode(b.db, ALICE, root.id);
    importQdc(b.db, ALICE, ru);
    expect(tree(b.db)).toEqual(tree(a.db));
  });

  it('an English-only file from another tool updates the English texts and leaves the Russian ones', () => {
    const kp = listCodesWithCounts(b.db).find((c) => c.text.en.name === 'Knowledge production')!;
    const xml = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="${kp.id}" name="Knowledge creation" isCodable="true"><Description>New def.</Description></Code></Codes></CodeBook>`;
    expect(importQdc(b.db, ALICE, xml).result).toEqual({ created: 0, updated: 1 });
    const after = listCodes(b.db).find((c) => c.id === kp.id)!;
    expect(after.text.en).toEqual({ name: 'Knowledge creation', definition: 'New def.', inclusion: '', exclusion: '' });
    expect(after.text.ru).toEqual(kp.text.ru);
  });

  it('refuses DOCTYPEs (entity expansion), bad guids, bad colours, duplicate guids and non-codebooks', () => {
    const code = (attrs: string) => `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code ${attrs}/></Codes></CodeBook>`;
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>${code('guid="0b7c7a48-2d2a-4a9e-8f5e-9d8e7c6b5a41" name="&lol2;" isCodable="true"')}`;
    expect(() => parseQdc(bomb)).toThrow(/DOCTYPE/);
    expect(() => parseQdc(code('guid="nope" name="x" isCodable="true"'))).toThrow(/invalid guid/);
    expect(() => parseQdc(code('guid="0b7c7a48-2d2a-4a9e-8f5e-9d8e7c6b5a41" name="x" isCodable="true" color="red"'))).toThrow(/invalid colour/);
    const dup = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="0b7c7a48-2d2a-4a9e-8f5e-9d8e7c6b5a41" name="a" isCodable="true"/><Code guid="0B7C7A48-2d2a-4a9e-8f5e-9d8e7c6b5a41" name="b" isCodable="true"/></Codes></CodeBook>`;
    expect(() => parseQdc(dup)).toThrow(/used twice/);
    expect(() => parseQdc('<Project/>')).toThrow(/root element/);
    expect(() => parseQdc('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>')).toThrow(/Not a usable/);
    expect(() => parseQdc('x'.repeat(5_000_001))).toThrow(/larger than/);
  });
});
