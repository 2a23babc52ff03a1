// What the Zotero dialog shows, without a DOM: the collections as an indented tree (children
// under their parent, by name), the items of the chosen collection (with its subcollections)
// matching the filter text, and each item's "libraryId:key" as the import names it.
import type { ZoteroCollection, ZoteroItemSummary, ZoteroLibraryScan } from '../../../shared/domain/zotero';

export const itemId = (i: Pick<ZoteroItemSummary, 'libraryId' | 'key'>) => `${i.libraryId}:${i.key}`;

export interface CollectionRow {
  collection: ZoteroCollection;
  depth: number;
}

export function collectionTree(collections: readonly ZoteroCollection[]): CollectionRow[] {
  const children = new Map<string | null, ZoteroCollection[]>();
  const keys = new Set(collections.map((c) => c.key));
  for (const c of collections) {
    const parent = c.parentKey !== null && keys.has(c.parentKey) ? c.parentKey : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const out: CollectionRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const c of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      if (seen.has(c.key)) continue; // a cycle in a hostile file
      seen.add(c.key);
      out.push({ collection: c, depth });
      walk(c.key, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The collection and its subcollections' keys. */
export function collectionKeysUnder(collections: readonly ZoteroCollection[], key: string): Set<string> {
  const out = new Set([key]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of collections) {
      if (c.parentKey !== null && out.has(c.parentKey) && !out.has(c.key)) {
        out.add(c.key);
        grew = true;
      }
    }
  }
  return out;
}

export function visibleItems(scan: ZoteroLibraryScan, collectionKey: string | null, filter: string): ZoteroItemSummary[] {
  const keys = collectionKey ? collectionKeysUnder(scan.collections, collectionKey) : null;
  const text = filter.trim().toLocaleLowerCase();
  return scan.items.filter(
    (i) =>
      (!keys || i.collectionKeys.some((k) => keys.has(k))) &&
      (!text || `${i.title} ${i.creators} ${i.year ?? ''}`.toLocaleLowerCase().includes(text)),
  );
}
