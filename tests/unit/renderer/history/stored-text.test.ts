// The history view and conflicts list re-word the English sentences the backend stores. The
// first block feeds the templates as written in main/core; the second drives a real backend
// (temp project) so a change of wording there fails here instead of showing English in Russian.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../main/core/backend';
import { createProject } from '../../../../main/core/project/project-file';
import { t, type Locale } from '../../../../renderer/i18n/i18n';
import { localizeConflictLabel, localizeHistorySummary, localizeUndoLabel } from '../../../../renderer/features/history/stored-text';
import { addDocument } from '../../main/core/coding/coding-fixture';

const tr = (locale: Locale) => (key: string, params?: Record<string, string | number>) => t(key, params, locale);
const ru = tr('ru');
const en = tr('en');

describe('stored history and conflict text', () => {
  it('re-words the fixed templates in Russian, with plurals, and keeps English as stored', () => {
    expect(localizeHistorySummary('Created code "Funding"', ru)).toBe('Создан код «Funding»');
    expect(localizeHistorySummary('Auto-coded 1 passages with "OSCE" (search: торговл*)', ru)).toBe('Автокодирование: 1 фрагмент с кодом «OSCE» (поиск: торговл*)');
    expect(localizeHistorySummary('Auto-coded 5 passages with "OSCE" (search: x)', ru)).toContain('5 фрагментов');
    expect(localizeHistorySummary('Auto-coded 1 passages with "OSCE" (search: x)', en)).toBe('Auto-coded 1 passage with "OSCE" (search: x)');
    expect(localizeHistorySummary('Highlighted "forty-two victims" (page 2)', ru)).toBe('Выделено «forty-two victims» (стр. 2)');
    expect(localizeHistorySummary('Edited the document memo', ru)).toBe('Изменена заметка о документе');
    const merged = 'Merged from "Team QA": 10 added (0 documents, 1 codes, 4 highlights, 5 codings, 0 memos), 0 updated, 0 removed, 1 conflicts, 1 codes with the same name';
    expect(localizeHistorySummary(merged, ru)).toBe('Объединено с «Team QA»: добавлено 10 (документов 0, кодов 1, выделений 4, кодировок 5, заметок 0), обновлено 0, удалено 0, конфликтов 1, одноимённых кодов 1');
    expect(localizeHistorySummary(merged, en)).toBe(merged);
    const resolved = 'Resolved merge conflict (Highlight on page 2 of "Annual Report": "forty-two victims"): kept the other version';
    expect(localizeHistorySummary(resolved, ru)).toBe('Разрешён конфликт (Выделение на стр. 2 документа «Annual Report»: «forty-two victims»): оставлена другая версия');
    expect(localizeHistorySummary(resolved, en)).toBe(resolved);
    expect(localizeHistorySummary('Something new the backend says', ru)).toBe('Something new the backend says');
  });

  it('conflict labels and undo labels', () => {
    expect(localizeConflictLabel('Two codes named "Victim identification"', ru)).toBe('Два кода с именем «Victim identification»');
    expect(localizeConflictLabel('Highlight on page 3 of "Report"', ru)).toBe('Выделение на стр. 3 документа «Report»');
    expect(localizeConflictLabel('Memo on code "OSCE"', ru)).toBe('Заметка о коде «OSCE»');
    expect(localizeUndoLabel('Create highlight', ru)).toBe('создание выделения');
    expect(localizeUndoLabel('Auto-code "victims"', ru)).toBe('автокодирование «victims»');
    expect(localizeUndoLabel('Create highlight', en)).toBe('Create highlight');
  });
});

describe('every summary a real backend writes is recognised', () => {
  let dir: string;
  let backend: Backend;
  afterEach(async () => {
    await backend.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('codes, highlights, memos, auto-coding, undo and redo', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-stored-text-'));
    backend = createBackend({ userDataDir: path.join(dir, 'data'), host: 'web' });
    const handle = createProject(path.join(dir, 'p.glossa'));
    const page = 'Intro. The EU commissioned a study on trafficking in Moldova. End.';
    const docId = addDocument(handle.db, 'Doc', [page]);
    handle.db.close();
    await backend.invoke('project.open', { path: path.join(dir, 'p.glossa') });
    const a = await backend.invoke('codes.create', { name: 'Alpha', color: '#112233' });
    const b = await backend.invoke('codes.create', { name: 'Beta', color: '#445566' });
    await backend.invoke('codes.update', { id: a.id, patch: { name: 'Alpha 2' } });
    await backend.invoke('codes.update', { id: a.id, patch: { definition: 'Defined.' } });
    await backend.invoke('codes.move', { id: b.id, parentId: a.id, position: 0 });
    const start = page.indexOf('a study');
    const ann = await backend.invoke('annotations.create', {
      documentId: docId, kind: 'text', color: null, comment: '', codeIds: [a.id],
      targets: [{ pageIndex: 0, rects: [{ x1: 0, y1: 0, x2: 10, y2: 10 }],
        quote: { type: 'TextQuoteSelector', exact: 'a study', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + 7 } }],
    });
    await backend.invoke('annotations.update', { id: ann.id, patch: { comment: 'Note' } });
    await backend.invoke('memos.set', { targetType: 'project', targetId: '', body: 'Memo' });
    await backend.invoke('autocode.apply', { query: 'Moldova', mode: 'words', extend: 'none', codeId: b.id });
    await backend.invoke('undo.undo', undefined);
    await backend.invoke('undo.redo', undefined);
    await backend.invoke('annotations.delete', { id: ann.id });
    await backend.invoke('codes.merge', { sourceId: b.id, targetId: a.id });
    await backend.invoke('codes.delete', { id: a.id });
    const entries = await backend.invoke('history.list', {});
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const e of entries) {
      const russian = localizeHistorySummary(e.summary, ru);
      expect(russian, `${e.action}: ${e.summary}`).not.toBe(e.summary);
      expect(russian, e.summary).not.toMatch(/[{}]/);
      expect(localizeHistorySummary(e.summary, en), e.summary).not.toMatch(/[{}]/);
    }
  });
});

describe('consensus and reply entries (issue 11)', () => {
  it('re-words them in Russian and keeps the stored English', () => {
    const adopted = 'Consensus on "forty-two victims" (Victims, page 2): adopted Alice\'s';
    expect(localizeHistorySummary(adopted, en)).toBe(adopted);
    expect(localizeHistorySummary(adopted, ru)).toBe('Консенсус по «forty-two victims» (Victims, стр. 2): принято кодирование Alice');
    const neither = 'Consensus on "forty-two victims" (Victims, page 2): coded by neither';
    expect(localizeHistorySummary(neither, en)).toBe(neither);
    expect(localizeHistorySummary(neither, ru)).toBe('Консенсус по «forty-two victims» (Victims, стр. 2): не кодируется');
    expect(localizeHistorySummary('Replied on page 3: "Why here?"', ru)).toBe('Ответ на стр. 3: «Why here?»');
    expect(localizeUndoLabel('Resolve into consensus', ru)).toBe('Решение консенсуса');
  });
});
