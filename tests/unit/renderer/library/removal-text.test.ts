// The removal confirmation's lines with the real catalogs: every count takes its plural form in
// English (1 highlight / 2 highlights) and Russian (1 / 2–4 / 5+ / 21: выделение, выделения,
// выделений), and the history entry of a removal is re-worded in both languages.
import { describe, expect, it } from 'vitest';
import { removalDetails } from '../../../../renderer/features/library/removal-text';
import { localizeHistorySummary, localizeUndoLabel } from '../../../../renderer/features/history/stored-text';
import { t, type Locale } from '../../../../renderer/i18n/i18n';

const tr = (locale: Locale) => (key: string, params?: Record<string, string | number>) => t(key, params, locale);

describe('removalDetails', () => {
  it('English: singular and plural counts, memo, pages', () => {
    expect(removalDetails({ annotations: 1, codings: 1, comments: 1, memo: true }, 1, tr('en'))).toEqual([
      '1 highlight', '1 coding', '1 comment on a highlight', 'the document’s memo', '1 page of text in the search index',
    ]);
    expect(removalDetails({ annotations: 12, codings: 30, comments: 2, memo: false }, 600, tr('en'))).toEqual([
      '12 highlights', '30 codings', '2 comments on highlights', '600 pages of text in the search index',
    ]);
  });

  it('Russian: one / few / many forms', () => {
    expect(removalDetails({ annotations: 1, codings: 3, comments: 5, memo: true }, 21, tr('ru'))).toEqual([
      '1 выделение', '3 кодировки', '5 комментариев к выделениям', 'заметка о документе', '21 страница текста в поисковом индексе',
    ]);
    expect(removalDetails({ annotations: 22, codings: 11, comments: 0, memo: false }, 600, tr('ru'))).toEqual([
      '22 выделения', '11 кодировок', '600 страниц текста в поисковом индексе',
    ]);
  });

  it('nothing coded: only the pages', () => {
    expect(removalDetails({ annotations: 0, codings: 0, comments: 0, memo: false }, 3, tr('en'))).toEqual(['3 pages of text in the search index']);
  });
});

describe('history of a removal', () => {
  it('re-words the stored summary and the undo label', () => {
    const summary = 'Removed document "GRETA report" (2 highlights, 3 codings)';
    expect(localizeHistorySummary(summary, tr('en'))).toBe('Removed document “GRETA report” (highlights: 2, codings: 3)');
    expect(localizeHistorySummary(summary, tr('ru'))).toBe('Удалён документ «GRETA report» (выделений: 2, кодировок: 3)');
    expect(localizeUndoLabel('Remove document', tr('ru'))).toBe('удаление документа');
  });
});
