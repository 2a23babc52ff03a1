// What the Zotero dialog lists: collections as a tree (children under their parent, by name;
// a parent missing or a cycle in a hostile file does not hang or drop the rest), and the items
// of a collection with its subcollections, narrowed by the filter text.
import { describe, expect, it } from 'vitest';
import type { ZoteroCollection, ZoteroItemSummary, ZoteroLibraryScan } from '../../../../../shared/domain/zotero';
import { collectionTree, itemId, visibleItems } from '../../../../../renderer/features/zotero/zotero-view';

const col = (key: string, name: string, parentKey: string | null = null): ZoteroCollection => ({ libraryId: 1, key, name, parentKey });
const item = (key: string, title: string, collectionKeys: string[]): ZoteroItemSummary => ({
  libraryId: 1, key, itemType: 'report', title, creators: 'OSCE', year: 2021, pdfCount: 1, annotationCount: 0, collectionKeys,
});

describe('the Zotero dialog lists', () => {
  const collections = [col('B', 'Reports'), col('C', 'Annual', 'B'), col('A', 'Archive'), col('D', 'Orphan', 'ZZZ'), col('E', 'Loop 1', 'F'), col('F', 'Loop 2', 'E')];

  it('collections as an indented tree by name', () => {
    expect(collectionTree(collections).map((r) => `${'  '.repeat(r.depth)}${r.collection.name}`)).toEqual(['Archive', 'Orphan', 'Reports', '  Annual']);
  });

  it('the items of a collection and its subcollections, filtered', () => {
    const scan: ZoteroLibraryScan = {
      dataDir: '/z', schemaVersion: 129, newerSchema: false, collections,
      items: [item('I1', 'Annual report 2021', ['C']), item('I2', 'Strategy', ['B']), item('I3', 'Old letter', ['A']), item('I4', 'Loose', [])],
    };
    expect(visibleItems(scan, 'B', '').map(itemId)).toEqual(['1:I1', '1:I2']);
    expect(visibleItems(scan, null, '').map((i) => i.key)).toEqual(['I1', 'I2', 'I3', 'I4']);
    expect(visibleItems(scan, null, 'annual').map((i) => i.key)).toEqual(['I1']);
    expect(visibleItems(scan, 'E', '')).toEqual([]);
  });
});
