// Links between passages (migration 0016) on a real project file: link two highlights of two
// documents, see the link from both ends, edit and delete it with undo; deleting a highlight
// takes its links along (and undo brings them back); the contract refuses bad input with a
// code; the History reads in Russian; a project with links still passes the row check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../../../main/core/backend';
import { deleteAnnotation } from '../../../../../main/core/coding/annotations';
import { undo } from '../../../../../main/core/coding/undo-stack';
import { createPassageLink, deletePassageLink, updatePassageLink } from '../../../../../main/core/passage-links/link-actions';
import { closeProject, createProject } from '../../../../../main/core/project/project-file';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/db/migrations/index';
import { linksOfAnnotation, listPassageLinks, readLinkTombstones, searchPassages } from '../../../../../main/db/repositories/passage-links';
import { findRowProblems } from '../../../../../main/db/row-check';
import { localizeHistorySummary, localizeUndoLabel } from '../../../../../renderer/features/history/stored-text';
import { t } from '../../../../../renderer/i18n/i18n';
import { addDocument, ALICE } from '../coding/coding-fixture';
import { highlightPhrase } from './link-fixture';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const GRETA = ['GRETA recommends that the authorities set up a national referral mechanism.', 'GRETA urges more labour inspections.'];
const PROGRESS = ['The Commission notes that a national referral mechanism was set up in 2025.'];

function project() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-links-'));
  const file = path.join(dir, 'a.glossa');
  const h = createProject(file);
  const greta = addDocument(h.db, 'GRETA report', GRETA);
  const eu = addDocument(h.db, 'EU progress report', PROGRESS);
  const rec = highlightPhrase(h.db, ALICE, greta, 'set up a national referral mechanism');
  const done = highlightPhrase(h.db, ALICE, eu, 'a national referral mechanism was set up in 2025');
  const inspections = highlightPhrase(h.db, ALICE, greta, 'more labour inspections', 1);
  return { h, file, greta, eu, rec, done, inspections };
}

describe('passage links repository and actions', () => {
  it('a link shows from both ends with the other passage; edit, delete, undo', () => {
    const { h, greta, eu, rec, done } = project();
    try {
      const link = createPassageLink(h.db, ALICE, { fromAnnotationId: rec, toAnnotationId: done, relation: 'recommends-implemented', note: 'NRM' }).result;
      expect(linksOfAnnotation(h.db, rec)).toEqual([
        { link, direction: 'out', other: { annotationId: done, documentId: eu, documentTitle: 'EU progress report', pageIndex: 0, quote: 'a national referral mechanism was set up in 2025' } },
      ]);
      expect(linksOfAnnotation(h.db, done)).toEqual([
        { link, direction: 'in', other: { annotationId: rec, documentId: greta, documentTitle: 'GRETA report', pageIndex: 0, quote: 'set up a national referral mechanism' } },
      ]);
      expect(() => createPassageLink(h.db, ALICE, { fromAnnotationId: rec, toAnnotationId: done, relation: 'recommends-implemented' })).toThrow(/already linked/);
      expect(() => createPassageLink(h.db, ALICE, { fromAnnotationId: rec, toAnnotationId: rec, relation: 'cites' })).toThrow(/itself/);

      updatePassageLink(h.db, ALICE, link.id, { note: 'NRM set up' });
      updatePassageLink(h.db, ALICE, link.id, { relation: 'supports' });
      expect(listPassageLinks(h.db)[0].link).toMatchObject({ relation: 'supports', note: 'NRM set up' });
      deletePassageLink(h.db, ALICE, link.id);
      expect(listPassageLinks(h.db)).toEqual([]);
      expect(readLinkTombstones(h.db).map((x) => x.link_id)).toEqual([link.id]);
      undo(h.db, ALICE);
      expect(listPassageLinks(h.db).map((l) => l.link.id)).toEqual([link.id]);
      expect(readLinkTombstones(h.db)).toEqual([]);
    } finally {
      closeProject(h);
    }
  });

  it('deleting a highlight takes its links along, both ways; undo brings them back', () => {
    const { h, rec, done, inspections } = project();
    try {
      createPassageLink(h.db, ALICE, { fromAnnotationId: rec, toAnnotationId: done, relation: 'recommends-implemented' });
      createPassageLink(h.db, ALICE, { fromAnnotationId: inspections, toAnnotationId: rec, relation: 'follows-up' });
      createPassageLink(h.db, ALICE, { fromAnnotationId: inspections, toAnnotationId: done, relation: 'cites' });
      deleteAnnotation(h.db, ALICE, rec);
      expect(listPassageLinks(h.db).map((l) => l.link.relation)).toEqual(['cites']);
      expect((h.db.prepare('SELECT count(*) AS n FROM passage_links').get() as { n: number }).n).toBe(1);
      undo(h.db, ALICE);
      expect(listPassageLinks(h.db).map((l) => l.link.relation).sort()).toEqual(['cites', 'follows-up', 'recommends-implemented']);
      expect(findRowProblems(h.db, LATEST_SCHEMA_VERSION)).toEqual([]);
    } finally {
      closeProject(h);
    }
  });

  it('the passage search finds quotes and document titles, any case, not JSON keys', () => {
    const { h, rec, done, inspections } = project();
    try {
      expect(searchPassages(h.db, 'REFERRAL', 50).map((p) => p.annotationId).sort()).toEqual([rec, done].sort());
      expect(searchPassages(h.db, 'greta', 50, rec).map((p) => p.annotationId)).toEqual([inspections]);
      expect(searchPassages(h.db, 'TextQuoteSelector', 50)).toEqual([]);
      expect(searchPassages(h.db, '', 2)).toHaveLength(2);
    } finally {
      closeProject(h);
    }
  });
});

describe('passage links handlers', () => {
  it('create, list, update and delete through the contract; bad input gets a code; both documents hear of it', async () => {
    const { h, file, greta, eu, rec, done } = project();
    closeProject(h);
    const backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
    const changed: Array<string | undefined> = [];
    backend.on((e, payload) => {
      if (e === 'coding.changed') changed.push((payload as { documentId?: string }).documentId);
    });
    try {
      await backend.invoke('project.open', { path: file });
      const link = await backend.invoke('passageLinks.create', { fromAnnotationId: rec, toAnnotationId: done, relation: 'recommends-implemented' });
      expect(changed.sort()).toEqual([greta, eu].sort());
      expect((await backend.invoke('passageLinks.ofAnnotation', { annotationId: done })).map((l) => [l.direction, l.other.annotationId])).toEqual([['in', rec]]);
      expect((await backend.invoke('passageLinks.searchPassages', { text: 'referral', excludeAnnotationId: rec })).map((p) => p.annotationId)).toEqual([done]);
      await backend.invoke('passageLinks.update', { id: link.id, patch: { note: 'Implemented in 2025' } });
      expect((await backend.invoke('passageLinks.list', undefined))[0]).toMatchObject({ link: { note: 'Implemented in 2025' }, from: { annotationId: rec }, to: { annotationId: done } });

      const refused = async (channel: 'passageLinks.create' | 'passageLinks.update' | 'passageLinks.delete' | 'passageLinks.searchPassages', input: unknown) =>
        backend.invoke(channel, input as never).then(() => 'accepted', (e: { code?: string }) => e.code);
      expect(await refused('passageLinks.create', { fromAnnotationId: rec, toAnnotationId: done, relation: 'hates' })).toBe('passageLink.badInput');
      expect(await refused('passageLinks.create', { fromAnnotationId: rec, toAnnotationId: 'gone', relation: 'cites' })).toBe('passageLink.badInput');
      expect(await refused('passageLinks.create', { fromAnnotationId: rec, toAnnotationId: done, relation: 'recommends-implemented' })).toBe('passageLink.duplicate');
      expect(await refused('passageLinks.update', { id: link.id, patch: { note: 'x'.repeat(5001) } })).toBe('passageLink.badInput');
      expect(await refused('passageLinks.update', { id: link.id, patch: { note: 7 } })).toBe('passageLink.badInput');
      expect(await refused('passageLinks.update', { id: 'nope', patch: {} })).toBe('passageLink.notFound');
      expect(await refused('passageLinks.searchPassages', { text: 5 })).toBe('api.badInput');
      expect(await refused('passageLinks.create', { fromAnnotationId: 3 })).toBe('api.badInput');
      await backend.invoke('passageLinks.delete', { id: link.id });
      expect(await refused('passageLinks.delete', { id: link.id })).toBe('passageLink.notFound');
      expect(await backend.invoke('passageLinks.list', undefined)).toEqual([]);

      // Every summary and undo label the link actions store reads in Russian in the History.
      const ru = (key: string, params?: Record<string, string | number>) => t(key, params, 'ru');
      const summaries = (await backend.invoke('history.list', {})).map((x) => x.summary).filter((s) => /link/i.test(s));
      expect(summaries.map((s) => localizeHistorySummary(s, ru)).sort()).toEqual(
        ['Связаны два фрагмента («рекомендует → выполнено»)', 'Изменена связь фрагментов («рекомендует → выполнено»)', 'Удалена связь фрагментов («рекомендует → выполнено»)'].sort(),
      );
      expect(['Link passages', 'Edit link', 'Delete link'].map((l) => localizeUndoLabel(l, ru))).toEqual(['Связь фрагментов', 'Изменение связи', 'Удаление связи']);
      await backend.invoke('project.close', undefined);
    } finally {
      await backend.dispose?.();
    }
  });
});
