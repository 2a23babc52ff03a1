// The cases channels through the composed backend (what the renderer and the HTTP bridge call):
// plan, make, list, edit, delete, the 'coding.changed' event, and untrusted input refused with
// a message code. A project with cases still passes the received-file row check.
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
import { makeTipHeadingsReport, makeTipOutlineReport } from '../../../../fixtures/tip-outline-report';
import { addDocument } from '../../../../helpers/temp-project';
import { tipPageTexts } from './tip-project';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cases handlers', () => {
  it('plan, make, edit and delete through the contract; bad input gets a code', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cases-h-'));
    const file = path.join(dir, 'a.glossa');
    const h = createProject(file);
    const docId = addDocument(h.db, tipPageTexts(), { title: 'TIP' }, await makeTipOutlineReport()).id;
    closeProject(h);
    const backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
    const events: string[] = [];
    backend.on((e) => void events.push(e));
    try {
      await backend.invoke('project.open', { path: file });
      const plan = await backend.invoke('cases.outline', { documentId: docId });
      expect(plan.cases.map((c) => c.country)).toEqual(['moldova', 'ukraine', 'georgia', 'azerbaijan']);
      expect(await backend.invoke('cases.list', undefined)).toEqual([]);
      const made = await backend.invoke('cases.fromOutline', { documentId: docId, level: 1 });
      expect(events).toContain('coding.changed');
      const renamed = await backend.invoke('cases.update', { id: made[0].id, patch: { name: 'Moldova', attributes: { tier: '2' } } });
      expect(renamed).toMatchObject({ name: 'Moldova', country: 'moldova', attributes: { tier: '2' } });
      await backend.invoke('cases.delete', { id: made[3].id });
      expect((await backend.invoke('cases.list', undefined)).map((c) => c.name)).toEqual(['Moldova', 'UKRAINE: Tier 2 Watch List', 'GEORGIA: Tier 1']);

      const refused = async (channel: 'cases.update' | 'cases.outline' | 'cases.delete', input: unknown) =>
        backend.invoke(channel, input as never).then(() => 'accepted', (e: { code?: string }) => e.code);
      expect(await refused('cases.update', { id: made[0].id, patch: { name: 42 } })).toBe('case.badInput');
      expect(await refused('cases.update', { id: made[0].id, patch: { attributes: ['x'] } })).toBe('case.badInput');
      expect(await refused('cases.update', { id: made[0].id, patch: { country: 'a\nb' } })).toBe('case.badInput');
      expect(await refused('cases.update', { id: 'nope', patch: {} })).toBe('case.notFound');
      expect(await refused('cases.delete', { id: made[3].id })).toBe('case.notFound');
      expect(await refused('cases.outline', { documentId: docId, level: -1 })).toBe('api.badInput');
      expect(await refused('cases.outline', { documentId: 'missing' })).toBe('document.notFound');
      // Every summary and undo label the case actions store reads in Russian in the History.
      const ru = (key: string, params?: Record<string, string | number>) => t(key, params, 'ru');
      const summaries = (await backend.invoke('history.list', {})).map((h) => h.summary).filter((s) => /case/i.test(s));
      expect(summaries.map((s) => localizeHistorySummary(s, ru)).sort()).toEqual(
        ['Создано 4 случая из оглавления «TIP»', 'Изменён случай «Moldova»', 'Удалён случай «Азербайджан: Tier 2»'].sort(),
      );
      expect(['Cases from outline', 'Edit case', 'Delete case'].map((l) => localizeUndoLabel(l, ru))).toEqual(['Случаи из оглавления', 'Изменение случая', 'Удаление случая']);
      await backend.invoke('project.close', undefined);
    } finally {
      await backend.dispose();
    }
    // What was made and edited passes the check a colleague's copy of this file would face.
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(file, { readonly: true });
    try {
      expect(findRowProblems(db, LATEST_SCHEMA_VERSION)).toEqual([]);
      expect((db.prepare('SELECT count(*) AS n FROM case_segments').get() as { n: number }).n).toBe(3);
    } finally {
      db.close();
    }
  });

  it('headings for a PDF without an outline and a case from pages, through the contract, in the History in Russian', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cases-hh-'));
    const file = path.join(dir, 'b.glossa');
    const h = createProject(file);
    const docId = addDocument(h.db, tipPageTexts(), { title: 'TIP' }, await makeTipHeadingsReport()).id;
    closeProject(h);
    const backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
    const progress: unknown[] = [];
    backend.on((name, payload) => void (name === 'cases.progress' && progress.push(payload)));
    try {
      await backend.invoke('project.open', { path: file });
      const refused = async (channel: 'cases.outline' | 'cases.create', input: unknown) =>
        backend.invoke(channel, input as never).then(() => 'accepted', (e: { code?: string }) => e.code);
      expect(await refused('cases.outline', { documentId: docId })).toBe('case.noOutline');
      expect(await refused('cases.outline', { documentId: docId, source: 'toc' })).toBe('case.badInput');
      const plan = await backend.invoke('cases.outline', { documentId: docId, source: 'headings' });
      expect(plan).toMatchObject({ source: 'headings', level: 2 });
      // Every page read is reported, the last one as all of them.
      expect(progress).toHaveLength(13);
      expect(progress.at(-1)).toEqual({ documentId: docId, pagesDone: 13, pageCount: 13 });
      const made = await backend.invoke('cases.fromOutline', { documentId: docId, source: 'headings' });
      expect(made.map((c) => c.country)).toEqual(['moldova', 'ukraine', 'georgia', 'azerbaijan']);
      const annex = await backend.invoke('cases.create', { documentId: docId, name: 'Annex', firstPage: 12, lastPage: 12 });
      expect(annex.segments).toMatchObject([{ documentId: docId, firstPage: 12, lastPage: 12 }]);
      expect(await refused('cases.create', { documentId: docId, name: 'Annex', firstPage: '1', lastPage: 2 })).toBe('api.badInput');
      expect(await refused('cases.create', { documentId: docId, name: ' ', firstPage: 1, lastPage: 2 })).toBe('case.badInput');
      expect(await refused('cases.create', { documentId: docId, name: 'Far', firstPage: 1, lastPage: 99 })).toBe('case.badInput');
      const ru = (key: string, params?: Record<string, string | number>) => t(key, params, 'ru');
      const summaries = (await backend.invoke('history.list', {})).map((h) => h.summary).filter((s) => /case/i.test(s));
      expect(summaries.map((s) => localizeHistorySummary(s, ru)).sort()).toEqual(
        ['Создано 4 случая из заголовков «TIP»', 'Создан случай «Annex» из страниц 13–13 документа «TIP»'].sort(),
      );
      expect(['Cases from headings', 'New case'].map((l) => localizeUndoLabel(l, ru))).toEqual(['Случаи из заголовков', 'Создание случая']);
      await backend.invoke('project.close', undefined);
    } finally {
      await backend.dispose();
    }
  });
});
