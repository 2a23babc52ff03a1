// Reading positions: saved per document, clamped to the document, validated zoom.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getReadingPosition, setReadingPosition } from '../../../../../main/db/repositories/positions';
import { GlossaError } from '../../../../../shared/errors';
import { addDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';

let p: TempProject;
beforeEach(() => {
  p = tempProject('glossa-pos-');
});
afterEach(() => p.close());

describe('reading positions', () => {
  it('round-trips numeric and fit zooms and overwrites', () => {
    const doc = addDocument(p.db, ['1', '2', '3', '4']);
    expect(getReadingPosition(p.handle.db, doc.id)).toBeNull();
    setReadingPosition(p.handle.db, doc.id, { pageIndex: 2, zoom: 1.25, pageOffset: 0.5 });
    expect(getReadingPosition(p.handle.db, doc.id)).toEqual({ pageIndex: 2, zoom: 1.25, pageOffset: 0.5 });
    setReadingPosition(p.handle.db, doc.id, { pageIndex: 3, zoom: 'fit-page', pageOffset: 0 });
    expect(getReadingPosition(p.handle.db, doc.id)).toEqual({ pageIndex: 3, zoom: 'fit-page', pageOffset: 0 });
  });

  it('clamps the page and offset, refuses bad zoom and unknown documents', () => {
    const doc = addDocument(p.db, ['1', '2']);
    setReadingPosition(p.handle.db, doc.id, { pageIndex: 99, zoom: 'fit-width', pageOffset: 7 });
    expect(getReadingPosition(p.handle.db, doc.id)).toEqual({ pageIndex: 1, zoom: 'fit-width', pageOffset: 1 });
    expect(() => setReadingPosition(p.handle.db, doc.id, { pageIndex: 0, zoom: 0, pageOffset: 0 })).toThrow(GlossaError);
    expect(() => setReadingPosition(p.handle.db, 'missing', { pageIndex: 0, zoom: 1, pageOffset: 0 })).toThrow(/no longer/);
  });
});
