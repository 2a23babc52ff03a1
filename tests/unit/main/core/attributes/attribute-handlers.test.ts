// The attributes channels through the composed backend (what the renderer and the HTTP bridge
// call) on a real project file: define a several-choices attribute seeded from the organisation
// list, set two organisations on a document, filter the library and the evidence by it, edit
// the choices (a removed choice leaves the documents), delete it and undo the delete (values
// come back), untrusted input refused with a message code, and the file passes the row check a
// colleague's copy faces.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../../main/core/backend';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/db/migrations/index';
import { findRowProblems } from '../../../../../main/db/row-check';
import { localizeHistorySummary, localizeUndoLabel } from '../../../../../renderer/features/history/stored-text';
import { t } from '../../../../../renderer/i18n/i18n';
import { addDocument } from '../../../../helpers/temp-project';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const ORGS = [
  { id: 'osce', en: 'OSCE', ru: 'ОБСЕ' },
  { id: 'iom', en: 'IOM', ru: 'МОМ' },
  { id: 'unodc', en: 'UNODC', ru: 'УНП ООН' },
];

describe('attributes handlers', () => {
  it('define, seed, set, filter, edit choices, delete and undo through the contract', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-attr-h-'));
    const file = path.join(dir, 'a.glossa');
    const h = createProject(file);
    const a = addDocument(h.db, ['Joint OSCE and IOM report on referral.'], { title: 'Joint report', fileName: 'joint.pdf', organisation: 'osce' }).id;
    const b = addDocument(h.db, ['UNODC study of trafficking routes.'], { title: 'Routes study', fileName: 'routes.pdf', organisation: 'unodc' }).id;
    const c = addDocument(h.db, ['A document without an organisation.'], { title: 'Other', fileName: 'other.pdf' }).id;
    closeProject(h);
    const backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
    const events: string[] = [];
    backend.on((e) => void events.push(e));
    try {
      await backend.invoke('project.open', { path: file });
      const orgs = await backend.invoke('attributes.create', {
        nameEn: 'Issuing organisations', nameRu: 'Организации-авторы', kind: 'choices', choices: ORGS, replaces: 'organisation', seedFrom: 'organisation',
      });
      expect(events).toContain('coding.changed');
      expect(orgs).toMatchObject({ kind: 'choices', replaces: 'organisation', choices: ORGS });
      // Seeded from each document's organisation; a document without one has no value.
      expect(await backend.invoke('attributes.values', undefined)).toEqual({ [a]: { [orgs.id]: ['osce'] }, [b]: { [orgs.id]: ['unodc'] } });

      expect(await backend.invoke('attributes.setValues', { documentId: a, values: { [orgs.id]: ['osce', 'iom'] } })).toEqual({ [orgs.id]: ['osce', 'iom'] });
      const pages = await backend.invoke('attributes.create', { nameEn: 'Pages printed', nameRu: '', kind: 'number' });
      await backend.invoke('attributes.setValues', { documentId: c, values: { [pages.id]: 12 } });

      const listed = async (values: string[]) =>
        (await backend.invoke('documents.list', { filter: { attributes: [{ definitionId: orgs.id, values }] } })).map((d) => d.title).sort();
      expect(await listed(['iom'])).toEqual(['Joint report']);
      expect(await listed(['iom', 'unodc'])).toEqual(['Joint report', 'Routes study']);
      expect(await listed([])).toEqual(['Joint report', 'Other', 'Routes study']);
      expect((await backend.invoke('documents.list', { filter: { attributes: [{ definitionId: pages.id, values: ['12'] }] } })).map((d) => d.id)).toEqual([c]);

      // Removing a choice leaves the documents that had it; an emptied several-choices value is cleared.
      await backend.invoke('attributes.update', { id: orgs.id, patch: { choices: ORGS.filter((o) => o.id !== 'unodc') } });
      expect(await backend.invoke('attributes.values', undefined)).toEqual({ [a]: { [orgs.id]: ['osce', 'iom'] }, [c]: { [pages.id]: 12 } });
      await backend.invoke('undo.undo', undefined);
      expect((await backend.invoke('attributes.values', undefined))[b]).toEqual({ [orgs.id]: ['unodc'] });

      // Delete, then undo: the definition and every value come back.
      await backend.invoke('attributes.delete', { id: orgs.id });
      expect((await backend.invoke('attributes.list', undefined)).map((d) => d.nameEn)).toEqual(['Pages printed']);
      expect(await backend.invoke('attributes.values', undefined)).toEqual({ [c]: { [pages.id]: 12 } });
      await backend.invoke('undo.undo', undefined);
      expect((await backend.invoke('attributes.list', undefined)).map((d) => d.nameEn)).toEqual(['Issuing organisations', 'Pages printed']);
      expect((await backend.invoke('attributes.values', undefined))[a]).toEqual({ [orgs.id]: ['osce', 'iom'] });

      const refused = async (channel: 'attributes.create' | 'attributes.setValues' | 'attributes.update' | 'documents.list', input: unknown) =>
        backend.invoke(channel, input as never).then(() => 'accepted', (e: { code?: string }) => e.code);
      expect(await refused('attributes.create', { nameEn: '', nameRu: '', kind: 'text' })).toBe('attribute.badInput');
      expect(await refused('attributes.create', { nameEn: 'X', nameRu: '', kind: 'colour' })).toBe('attribute.badInput');
      expect(await refused('attributes.create', { nameEn: 'X', nameRu: '', kind: 'choice', choices: 'a;b' })).toBe('attribute.badInput');
      expect(await refused('attributes.create', { nameEn: 'X', nameRu: '', kind: 'text', seedFrom: 'organisation' })).toBe('attribute.badInput');
      expect(await refused('attributes.create', { nameEn: 'X', nameRu: '', kind: 'choice', choices: [{ id: 'a b', en: 'A', ru: '' }] })).toBe('attribute.badInput');
      expect(await refused('attributes.setValues', { documentId: a, values: { [orgs.id]: ['greta'] } })).toBe('attribute.badInput');
      expect(await refused('attributes.setValues', { documentId: a, values: { [pages.id]: 'twelve' } })).toBe('attribute.badInput');
      expect(await refused('attributes.setValues', { documentId: a, values: { missing: 'x' } })).toBe('attribute.notFound');
      expect(await refused('attributes.update', { id: 'nope', patch: {} })).toBe('attribute.notFound');
      expect(await refused('documents.list', { filter: { attributes: [{ definitionId: orgs.id, values: 'iom' }] } })).toBe('api.badInput');

      // Summaries and undo labels read in Russian in the History.
      const ru = (key: string, params?: Record<string, string | number>) => t(key, params, 'ru');
      const summaries = (await backend.invoke('history.list', {})).map((e) => e.summary).filter((s) => /attribute/i.test(s));
      expect(new Set(summaries.map((s) => localizeHistorySummary(s, ru)))).toEqual(
        new Set(['Создан атрибут «Issuing organisations»', 'Создан атрибут «Pages printed»', 'Изменены атрибуты документа «Joint report»', 'Изменены атрибуты документа «Other»',
          'Изменён атрибут «Issuing organisations»', 'Удалён атрибут «Issuing organisations»', 'Отменено: Изменение атрибута', 'Отменено: Удаление атрибута']),
      );
      expect(['Define attribute', 'Import attribute values'].map((l) => localizeUndoLabel(l, ru))).toEqual(['Создание атрибута', 'Импорт значений атрибутов']);
      await backend.invoke('project.close', undefined);
    } finally {
      await backend.dispose();
    }
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(file, { readonly: true });
    try {
      expect(findRowProblems(db, LATEST_SCHEMA_VERSION)).toEqual([]);
      expect((db.prepare('SELECT count(*) AS n FROM attribute_tombstones').get() as { n: number }).n).toBe(0);
    } finally {
      db.close();
    }
  });
});
