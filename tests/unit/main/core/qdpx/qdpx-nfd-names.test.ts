// Names from macOS arrive composed (NFC). ATLAS.ti for Mac and NVivo for Mac write names as
// macOS stores them, decomposed (NFD: "e" + U+0301): a code "Récruitement" would then not match
// the same name typed by a user, nor a search. Every name and short text of a project (codes,
// documents, users, notes, variables, comments) is stored NFC, while the text the selections
// count into is left alone, so each selection still lands on its passage.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeProject, openProject } from '../../../../../main/core/project/project-file';
import { parseQdc } from '../../../../../main/core/codebook/qdc-parse';
import { importQdpx } from '../../../../../main/core/qdpx/qdpx-import';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { listCoders } from '../../../../../main/db/repositories/coders';
import { listCodes } from '../../../../../main/db/repositories/codes';
import { listDocuments } from '../../../../../main/db/repositories/documents';
import { readMemoRows } from '../../../../../main/db/repositories/merge';
import { codeNameFor } from '../../../../../shared/codebook/code-text';
import { writeZip } from '../../../../fixtures/hostile/hostile-zips';
import { ALICE } from '../coding/coding-fixture';

const nfd = (s: string) => s.normalize('NFD');
const G = {
  user: '0a0a0a0a-1111-4111-8111-111111111111',
  code: '0b0b0b0b-2222-4222-8222-222222222222',
  child: '0b0b0b0b-2222-4222-8222-333333333333',
  src: '0c0c0c0c-3333-4333-8333-333333333333',
  note: '0d0d0d0d-4444-4444-8444-444444444444',
  sel: '0e0e0e0e-5555-4555-8555-000000000001',
  variable: '0f0f0f0f-6666-4666-8666-666666666666',
};
const TEXT = 'Q: Où avez-vous entendu parler du travail ?\nA: Une amie m’a parlé d’une agence à Chișinău.\n';
const QUOTE = 'une agence à Chișinău';

let dir: string;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

describe('a project written on a Mac, with decomposed (NFD) names', () => {
  it('stores every name NFC and still lands the selection on its passage', async () => {
    const start = Array.from(TEXT.slice(0, TEXT.indexOf(QUOTE))).length;
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="${nfd('Étude pilote')}" origin="ATLAS.ti 8.4.0 573 , macOS Version 10.14.3">
  <Users><User guid="${G.user}" name="${nfd('Zoë Müller')}"/></Users>
  <CodeBook><Codes><Code guid="${G.code}" name="${nfd('Récruitement')}" isCodable="true"><Description>${nfd('Où la personne a été recrutée.')}</Description>
    <Code guid="${G.child}" name="${nfd('Agence à Chișinău')}" isCodable="true"/></Code></Codes></CodeBook>
  <Variables><Variable guid="${G.variable}" name="${nfd('Région')}" typeOfVariable="Text"/></Variables>
  <Sources><TextSource guid="${G.src}" name="${nfd('Entretien Mabêl 2ième')}" plainTextPath="internal://${G.src}.txt" creatingUser="${G.user}">
    <PlainTextSelection guid="${G.sel}" name="${nfd(QUOTE)}" startPosition="${start}" endPosition="${start + Array.from(QUOTE).length}" creatingUser="${G.user}">
      <Description>${nfd('Vérifier le nom de l’agence.')}</Description>
      <Coding guid="1c1c1c1c-9999-4999-8999-999999999999" creatingUser="${G.user}"><CodeRef targetGUID="${G.child}"/></Coding>
    </PlainTextSelection>
    <VariableValue><VariableRef targetGUID="${G.variable}"/><TextValue>${nfd('Găgăuzia')}</TextValue></VariableValue>
  </TextSource></Sources>
  <Notes><Note guid="${G.note}" name="${nfd('Mémo général')}"><PlainTextContent>${nfd('Première série d’entretiens.')}</PlainTextContent></Note></Notes>
</Project>`;
    expect(qde).not.toBe(qde.normalize('NFC')); // the names really are decomposed
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-nfd-'));
    const file = path.join(dir, 'mac.qdpx');
    await writeZip(file, [{ name: 'project.qde', data: Buffer.from(qde) }, { name: `sources/${G.src}.txt`, data: Buffer.from(TEXT) }]);
    const result = await importQdpx(file, path.join(dir, 'out.glossa'), { coder: ALICE });
    const h = openProject(result.path);
    try {
      const codes = listCodes(h.db);
      const names = codes.map((c) => codeNameFor(c, 'en')).sort();
      expect(names).toEqual(['Agence à Chișinău', 'Récruitement'].sort());
      expect(names.every((n) => n === n.normalize('NFC'))).toBe(true);
      const parent = codes.find((c) => c.id === G.code)!;
      expect(JSON.stringify(parent.text)).toContain('Où la personne a été recrutée.');
      expect(listDocuments(h.db).map((d) => d.title)).toEqual(['Entretien Mabêl 2ième']);
      expect(listCoders(h.db).map((c) => c.name)).toContain('Zoë Müller');
      const [a] = listAnnotations(h.db);
      expect(a.targets.map((t) => t.quote?.exact).join(' ')).toBe(QUOTE);
      expect(a.comment).toBe('Vérifier le nom de l’agence.');
      const memos = readMemoRows(h.db).map((m) => m.body).join('\n');
      expect(memos).toContain('Région: Găgăuzia');
      expect(memos).toContain('Première série d’entretiens.');
      expect(memos).toBe(memos.normalize('NFC'));
      expect(result.warnings.every((w) => w === w.normalize('NFC'))).toBe(true);
    } finally {
      closeProject(h);
    }
  });

  it('a code book (.qdc) from NVivo for Mac: code names and descriptions NFC too', () => {
    const [code] = parseQdc(`<?xml version="1.0" encoding="UTF-8"?><CodeBook origin="NVivo 12 For Mac" xmlns="urn:QDA-XML:codebook:1.0"><Codes>
      <Code guid="${G.code}" name="${nfd('Récruitement')}" isCodable="true"><Description>${nfd('Où la personne a été recrutée.')}</Description></Code></Codes></CodeBook>`);
    expect(code.name).toBe('Récruitement'.normalize('NFC'));
    expect(code.name).toBe(code.name.normalize('NFC'));
    expect(JSON.stringify(code.text)).toContain('Où la personne a été recrutée.'.normalize('NFC'));
  });
});
