// Page texts in chunks (find-in-document reads a 600-page report 25 pages a request): the
// texts of [from, from + count) in page order, fewer past the end, and an unknown document
// refused as one.
import { afterEach, describe, expect, it } from 'vitest';
import { getPageText, getPageTexts } from '../../../../../main/db/repositories/documents';
import { GlossaError } from '../../../../../shared/errors';
import { addDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';

let p: TempProject;
afterEach(() => p?.close());

describe('getPageTexts', () => {
  it('returns a run of page texts in order, equal to the page-by-page texts', () => {
    p = tempProject('glossa-page-texts-');
    const pages = Array.from({ length: 7 }, (_, i) => `Page ${i + 1}: trafficking report text.`);
    const doc = addDocument(p.db, pages);
    addDocument(p.db, ['Another document, not mixed in.']);
    expect(getPageTexts(p.db, doc.id, 2, 3)).toEqual(pages.slice(2, 5));
    expect(getPageTexts(p.db, doc.id, 0, 7)).toEqual(pages.map((_, i) => getPageText(p.db, doc.id, i)));
    expect(getPageTexts(p.db, doc.id, 5, 25)).toEqual(pages.slice(5));
    expect(getPageTexts(p.db, doc.id, 9, 3)).toEqual([]);
  });

  it('refuses an unknown document', () => {
    p = tempProject('glossa-page-texts-');
    let err: unknown;
    try {
      getPageTexts(p.db, 'no-such-document', 0, 5);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GlossaError);
    expect((err as GlossaError).code).toBe('document.notFound');
  });
});
