// Codebook operations on a real project file: the default seed, create/rename/recolour,
// move (with cycle refusal), merge (codings move, duplicates collapse, children re-parent)
// and delete (deleteInfo counts match what delete removes), all with counts; the bilingual
// codebook: edits in one language never touch the other, the other language as fallback.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../../main/core/coding/annotations';
import { codeDeleteInfo, createCode, deleteCode, listCodesWithCounts, mergeCodes, moveCode, updateCodeFields } from '../../../../../main/core/coding/codes';
import { undo } from '../../../../../main/core/coding/undo-stack';
import { DEFAULT_CODEBOOK } from '../../../../../main/core/codebook/default-codebook';
import { getCode } from '../../../../../main/db/repositories/codes';
import { codeFieldFor, codeNameFor } from '../../../../../shared/codebook/code-text';
import { listHistory } from '../../../../../main/db/repositories/history';
import { addDocument, ALICE } from './coding-fixture';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';

let p: TempProject;
let docId: string;
beforeEach(() => {
  p = tempProject();
  docId = addDocument(p.db, 'Report', ['The EU funded a study by IOM.', 'Second page text here.']);
});
afterEach(() => p.close());

function byName(name: string) {
  const c = listCodesWithCounts(p.db).find((x) => x.text.en.name === name);
  if (!c) throw new Error(`no code ${name}`);
  return c;
}

function code(annotationCodes: string[], page = 0, start = 0) {
  return createAnnotation(p.db, ALICE, {
    documentId: docId,
    kind: 'text',
    targets: [{ pageIndex: page, rects: [], quote: null, position: { type: 'TextPositionSelector', start, end: start + 5 } }],
    color: null,
    comment: '',
    codeIds: annotationCodes,
  }).result;
}

describe('default codebook', () => {
  it('is seeded at project creation with English and Russian names, colours and notes', () => {
    const codes = listCodesWithCounts(p.db);
    expect(codes.length).toBe(35);
    const kp = byName('Knowledge production');
    expect([kp.text.en.name, kp.text.ru.name]).toEqual(['Knowledge production', 'Производство знаний']);
    expect(kp.text.ru.definition).toMatch(/^Актор производит новое знание о торговле людьми/);
    expect(kp.text.en.definition.length).toBeGreaterThan(40);
    expect(kp.text.en.inclusion.length).toBeGreaterThan(20);
    expect(kp.text.en.exclusion.length).toBeGreaterThan(20);
    expect(new Set(codes.map((c) => c.color)).size).toBe(codes.length);
    // Every default code is written in both languages: name, definition, inclusion and exclusion.
    const fields = ['name', 'definition', 'inclusion', 'exclusion'] as const;
    expect(codes.filter((c) => fields.some((f) => !c.text.en[f] || !c.text.ru[f])).map((c) => c.text.en.name)).toEqual([]);
    // The Russian texts are Russian (Cyrillic), not copies of the English.
    expect(codes.filter((c) => fields.slice(1).some((f) => !/^[^A-Za-z]*[А-ЯЁ]/.test(c.text.ru[f]))).map((c) => c.text.en.name)).toEqual([]);
    expect(byName('OSCE').parentId).toBe(byName('Partner').id);
    expect(codes.filter((c) => c.parentId === null).map((c) => c.text.en.name)).toEqual(DEFAULT_CODEBOOK.map((n) => n.name.en));
  });
});

describe('codes', () => {
  it('creates, renames and recolours, refusing duplicate sibling names', () => {
    const parent = byName('Influence instruments');
    const c = createCode(p.db, ALICE, { parentId: parent.id, name: '  Peer   review ' }).result;
    expect(c.text.en.name).toBe('Peer review');
    expect(c.position).toBe(9);
    expect(() => createCode(p.db, ALICE, { parentId: parent.id, name: 'peer REVIEW' })).toThrow(/already exists/);
    const kp = byName('Knowledge production');
    const renamed = updateCodeFields(p.db, ALICE, kp.id, { lang: 'en', name: 'Knowledge generation' }).result;
    // Renaming in English never replaces the Russian name.
    expect([renamed.text.en.name, renamed.text.ru.name]).toEqual(['Knowledge generation', 'Производство знаний']);
    const recoloured = updateCodeFields(p.db, ALICE, kp.id, { color: '#ABCDEF', definition: 'New def' }).result;
    expect(recoloured.color).toBe('#abcdef');
    expect(recoloured.text.en.definition).toBe('New def');
    expect(() => updateCodeFields(p.db, ALICE, kp.id, { color: 'red' })).toThrow(/colour/);
    expect(listHistory(p.db).map((h) => h.action)).toEqual(['code.update', 'code.update', 'code.create']);
  });

  it('counts codings on a code and on its subtree', () => {
    code([byName('OSCE').id]);
    code([byName('OSCE').id, byName('IOM').id], 0, 10);
    code([byName('Partner').id], 1);
    expect(byName('OSCE').codingCount).toBe(2);
    expect(byName('Partner').codingCount).toBe(1);
    expect(byName('Partner').totalCount).toBe(4);
    expect(byName('Partnership evidence').totalCount).toBe(4);
    expect(byName('Partnership evidence').codingCount).toBe(0);
  });

  it('moves a code to a new parent and position and refuses cycles', () => {
    const funding = byName('Funding');
    const forms = byName('Form');
    moveCode(p.db, ALICE, funding.id, forms.id, 0);
    const kids = listCodesWithCounts(p.db).filter((c) => c.parentId === forms.id);
    expect(kids[0].text.en.name).toBe('Funding');
    expect(kids.map((k) => k.position)).toEqual(kids.map((_, i) => i));
    const old = listCodesWithCounts(p.db).filter((c) => c.parentId === byName('Influence instruments').id);
    expect(old.map((k) => k.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(() => moveCode(p.db, ALICE, byName('Partnership evidence').id, byName('OSCE').id, 0)).toThrow(/into itself/);
    expect(() => moveCode(p.db, ALICE, forms.id, forms.id, 0)).toThrow(/into itself/);
    // Reorder among siblings.
    moveCode(p.db, ALICE, byName('Regime layer').id, null, 0);
    expect(listCodesWithCounts(p.db)[0].text.en.name).toBe('Regime layer');
  });

  it('merges: codings move, duplicates collapse, children re-parent, source removed', () => {
    const osce = byName('OSCE');
    const iom = byName('IOM');
    const a1 = code([osce.id]);
    code([osce.id, iom.id], 0, 10);
    const child = createCode(p.db, ALICE, { parentId: osce.id, name: 'ODIHR' }).result;
    code([child.id], 1);
    const r = mergeCodes(p.db, ALICE, osce.id, iom.id).result;
    expect(r).toMatchObject({ moved: 1, collapsed: 1 });
    expect(listCodesWithCounts(p.db).find((c) => c.id === osce.id)).toBeUndefined();
    expect(byName('IOM').codingCount).toBe(2);
    expect(byName('IOM').totalCount).toBe(3);
    expect(byName('ODIHR').parentId).toBe(iom.id);
    const a1Codes = p.db.prepare('SELECT code_id FROM annotation_codes WHERE annotation_id = ?').all(a1.id);
    expect(a1Codes).toEqual([{ code_id: iom.id }]);
    const partners = listCodesWithCounts(p.db).filter((c) => c.parentId === byName('Partner').id);
    expect(partners.map((c) => c.position)).toEqual(partners.map((_, i) => i));
    expect(() => mergeCodes(p.db, ALICE, byName('Partner').id, byName('IOM').id)).toThrow(/itself/);
  });

  it('delete removes the subtree and exactly the codings deleteInfo announced', () => {
    code([byName('OSCE').id, byName('Funding').id]);
    code([byName('IOM').id], 1);
    code([byName('Partner').id], 1, 8);
    const partner = byName('Partner');
    expect(codeDeleteInfo(p.db, partner.id)).toEqual({ codeCount: 11, codingCount: 3 });
    expect(deleteCode(p.db, ALICE, partner.id).result).toEqual({ codeCount: 11, codingCount: 3 });
    expect(listCodesWithCounts(p.db).length).toBe(24);
    expect(p.db.prepare('SELECT COUNT(*) AS n FROM annotation_codes').get()).toEqual({ n: 1 });
    // Highlights stay, uncoded.
    expect(p.db.prepare('SELECT COUNT(*) AS n FROM annotations').get()).toEqual({ n: 3 });
    expect(byName('Form').position).toBe(0);
  });
});

describe('a bilingual codebook', () => {
  it('edits only the interface language: English edits leave every Russian field, and Russian edits every English one', () => {
    const kp = byName('Knowledge production');
    const before = kp.text;
    updateCodeFields(p.db, ALICE, kp.id, { lang: 'en', name: 'Knowledge generation', definition: 'EN def', inclusion: 'EN inc', exclusion: 'EN exc' });
    let after = byName('Knowledge generation');
    expect(after.text.ru).toEqual(before.ru);
    expect(after.text.en).toEqual({ name: 'Knowledge generation', definition: 'EN def', inclusion: 'EN inc', exclusion: 'EN exc' });
    updateCodeFields(p.db, ALICE, kp.id, { lang: 'ru', name: 'Генерация знаний', definition: 'RU опр' });
    after = byName('Knowledge generation');
    expect(after.text.en).toEqual({ name: 'Knowledge generation', definition: 'EN def', inclusion: 'EN inc', exclusion: 'EN exc' });
    expect([after.text.ru.name, after.text.ru.definition, after.text.ru.inclusion]).toEqual(['Генерация знаний', 'RU опр', before.ru.inclusion]);
    expect(listHistory(p.db)[0].summary).toBe('Renamed code "Knowledge generation" to "Генерация знаний"');
  });

  it('a code created in the Russian interface has its name in Russian only, shown in English as the fallback', () => {
    const parent = byName('Influence instruments');
    const c = createCode(p.db, ALICE, { lang: 'ru', parentId: parent.id, name: 'Экспертная оценка', definition: 'Оценка экспертами' }).result;
    expect(c.text.ru).toEqual({ name: 'Экспертная оценка', definition: 'Оценка экспертами', inclusion: '', exclusion: '' });
    expect(c.text.en).toEqual({ name: '', definition: '', inclusion: '', exclusion: '' });
    expect(codeNameFor(c, 'en')).toBe('Экспертная оценка');
    expect(codeFieldFor(c, 'definition', 'en')).toBe('Оценка экспертами');
    // Translating it later in English keeps the Russian.
    const t = updateCodeFields(p.db, ALICE, c.id, { lang: 'en', name: 'Expert review' }).result;
    expect([codeNameFor(t, 'en'), codeNameFor(t, 'ru')]).toEqual(['Expert review', 'Экспертная оценка']);
    // A sibling that would read the same in one interface is refused.
    expect(() => createCode(p.db, ALICE, { lang: 'ru', parentId: parent.id, name: 'экспертная ОЦЕНКА' })).toThrow(/already exists/);
    expect(() => createCode(p.db, ALICE, { lang: 'ru', parentId: parent.id, name: 'Финансирование' })).toThrow(/already exists/);
    expect(() => createCode(p.db, ALICE, { lang: 'de' as never, name: 'X' })).toThrow(/en or ru/);
  });

  it('refuses an empty name in one language and leaves both as they were; undo restores a rename', () => {
    const kp = byName('Knowledge production');
    expect(() => updateCodeFields(p.db, ALICE, kp.id, { lang: 'ru', name: ' ' })).toThrow(/needs a name/);
    expect(getCode(p.db, kp.id)!.text).toEqual(kp.text);
    updateCodeFields(p.db, ALICE, kp.id, { lang: 'ru', name: 'Знание' });
    undo(p.db, ALICE);
    expect(getCode(p.db, kp.id)!.text).toEqual(kp.text);
    expect(() => updateCodeFields(p.db, ALICE, kp.id, { lang: 'xx' as never, name: 'X' })).toThrow(/en or ru/);
  });
});
