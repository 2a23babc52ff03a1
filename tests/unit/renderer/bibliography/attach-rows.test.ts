// The "Attach bibliography" table's rows (renderer/features/bibliography/attach-rows.ts) and the
// record panel's fields (record-fields.ts): proposals start checked, unmatched rows unchecked;
// picking a document checks a row and marks it the user's choice, picking none unchecks it;
// only checked rows with a document are sent; two rows on one document are flagged.
import { describe, expect, it } from 'vitest';
import { choicesOf, duplicateDocuments, rowsFromPreview, withChecked, withDocument } from '../../../../renderer/features/bibliography/attach-rows';
import { entryLabel, recordFields } from '../../../../renderer/features/bibliography/record-fields';
import type { AttachPreview } from '../../../../shared/domain/bibliography-attach';
import { localizeHistorySummary, localizeUndoLabel } from '../../../../renderer/features/history/stored-text';
import { t, type Locale } from '../../../../renderer/i18n/i18n';


const preview: AttachPreview = {
  format: 'bibtex',
  matched: 2,
  unmatched: 1,
  proposals: [
    { index: 0, citekey: 'a', csl: { type: 'report', title: 'A' }, documentId: 'd1', reason: 'title', confidence: 0.9, replacesRecord: false },
    { index: 1, citekey: 'b', csl: { type: 'report', title: 'B' }, documentId: 'd2', reason: 'doi', confidence: 1, replacesRecord: true },
    { index: 2, citekey: null, csl: { type: 'article-journal', title: 'C' }, documentId: null, reason: null, confidence: 0, replacesRecord: false },
  ],
};

describe('attach rows', () => {
  it('start as proposed: matched rows checked, the unmatched one not', () => {
    const rows = rowsFromPreview(preview);
    expect(rows.map((r) => r.checked)).toEqual([true, true, false]);
    expect(choicesOf(rows)).toEqual([{ index: 0, documentId: 'd1' }, { index: 1, documentId: 'd2' }]);
  });
  it('unchecking, choosing another document, choosing none', () => {
    let rows = rowsFromPreview(preview);
    rows = withChecked(rows, 0, false);
    rows = withDocument(rows, 2, 'd3', preview);
    expect(rows[2]).toMatchObject({ documentId: 'd3', checked: true, reason: 'chosen' });
    rows = withDocument(rows, 1, null, preview);
    expect(rows[1]).toMatchObject({ documentId: null, checked: false, reason: null });
    expect(choicesOf(rows)).toEqual([{ index: 2, documentId: 'd3' }]);
    rows = withChecked(rows, 1, true); // no document: stays unchecked
    expect(rows[1].checked).toBe(false);
    rows = withDocument(rows, 1, 'd2', preview); // back to the proposal: its reason again
    expect(rows[1]).toMatchObject({ reason: 'doi', confidence: 1, checked: true });
  });
  it('flags two checked rows on one document', () => {
    const rows = withDocument(rowsFromPreview(preview), 2, 'd1', preview);
    expect([...duplicateDocuments(rows)]).toEqual(['d1']);
    expect(duplicateDocuments(withChecked(rows, 0, false)).size).toBe(0);
  });
});

describe('record fields', () => {
  it('shows institutions and persons, the date, the publisher with its place, the number, URL (or DOI) and citekey', () => {
    const fields = recordFields({
      documentId: 'd', source: 'bibtex', zoteroLibraryId: null, zoteroKey: null, citekey: 'osce2019', updatedAt: '2026-12-01T12:00:00.000Z',
      csl: { type: 'report', genre: 'Annual report', author: [{ literal: 'OSCE' }, { family: 'Иванов', given: 'Иван' }], issued: { 'date-parts': [[2019, 3, 5]] }, publisher: 'OSCE', 'publisher-place': 'Warsaw', number: 'ODIHR/2019/4', DOI: '10.1234/x' },
    });
    expect(fields).toEqual([
      { field: 'type', value: 'report · Annual report' },
      { field: 'authors', value: 'OSCE; Иванов, Иван' },
      { field: 'date', value: '2019-03-05' },
      { field: 'publisher', value: 'OSCE, Warsaw' },
      { field: 'number', value: 'ODIHR/2019/4' },
      { field: 'url', value: 'https://doi.org/10.1234/x' },
      { field: 'citekey', value: 'osce2019' },
    ]);
    expect(entryLabel({ type: 'report', title: 'Report', issued: { 'date-parts': [[2019]] } })).toBe('Report (2019)');
  });
});

describe('history and undo labels of the bibliography actions', () => {
  const tr = (locale: Locale) => (key: string, params?: Record<string, string | number>) => t(key, params, locale);
  it('read in Russian with plurals, in English as stored', () => {
    expect(localizeHistorySummary('Attached 3 bibliographic records from reports.bib', tr('ru'))).toBe('Прикреплено 3 библиографические записи из reports.bib');
    expect(localizeHistorySummary('Attached 1 bibliographic record from x.ris', tr('en'))).toBe('Attached 1 bibliographic record from x.ris');
    expect(localizeHistorySummary('Removed the bibliographic record of "OSCE report"', tr('ru'))).toBe('Удалена библиографическая запись документа «OSCE report»');
    expect(localizeUndoLabel('Attach bibliography', tr('ru'))).toBe('прикрепление библиографии');
    expect(localizeUndoLabel('Remove bibliographic record', tr('ru'))).toBe('удаление библиографической записи');
  });
});
