// A Zotero library as the importer sees it, built from the rows zotero-sql.ts reads: regular
// items (and standalone PDFs) with their fields, creators, citekeys, collections and PDF
// attachments, each attachment with its reader annotations. Also the summary the dialog lists.
import type { ZoteroCollection, ZoteroItemSummary, ZoteroLibraryScan } from '../../../shared/domain/zotero';
import { cslNamesText, cslYear, type ZoteroCreator, type ZoteroItemData, zoteroDateToCsl, zoteroNameToCsl } from '../../../shared/csl/zotero-to-csl';
import type { ZoteroSnapshot } from '../../db/zotero/zotero-snapshot';
import {
  type ZAnnotationRow,
  type ZAttachmentRow,
  type ZCollectionRow,
  readAnnotations,
  readAttachments,
  readBbtCitekeys,
  readCollectionItems,
  readCollections,
  readCreators,
  readFieldValues,
  readRegularItems,
} from '../../db/zotero/zotero-sql';

export interface ZAttachment extends ZAttachmentRow {
  annotations: ZAnnotationRow[];
}

export interface ZLibraryItem {
  itemId: number;
  libraryId: number;
  key: string;
  itemType: string;
  /** Zotero's dateModified as ISO 8601 (Zotero stores UTC "YYYY-MM-DD HH:MM:SS"). */
  dateModified: string;
  data: ZoteroItemData;
  /** The item's PDF attachments (a standalone PDF: itself). */
  pdfs: ZAttachment[];
  collectionIds: number[];
}

export interface ZLibrary {
  items: ZLibraryItem[];
  collections: ZCollectionRow[];
}

export function zoteroTimestamp(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : new Date(NaN);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString();
}

export function isPdfAttachment(a: ZAttachmentRow): boolean {
  return a.contentType === 'application/pdf' || /\.pdf$/i.test(a.path ?? '');
}

function groupBy<T>(rows: readonly T[], key: (r: T) => number | null): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

export function readLibrary(snap: ZoteroSnapshot): ZLibrary {
  const fields = new Map<number, Map<string, string>>();
  for (const f of readFieldValues(snap.db)) {
    let m = fields.get(f.itemId);
    if (!m) fields.set(f.itemId, (m = new Map()));
    m.set(f.field, f.value);
    // The base field too (institution -> publisher) unless the item has the base field itself.
    if (f.baseField && !m.has(f.baseField)) m.set(f.baseField, f.value);
  }
  const creators = groupBy(readCreators(snap.db), (c) => c.itemId);
  const annotations = groupBy(readAnnotations(snap.db, snap.schema), (a) => a.parentItemId);
  const attachments = readAttachments(snap.db);
  const byParent = groupBy(attachments, (a) => a.parentItemId);
  const byId = new Map(attachments.map((a) => [a.itemId, a]));
  const inCollections = groupBy(readCollectionItems(snap.db), (r) => r.itemId);
  const citekeys = readBbtCitekeys(snap.bbt);
  const pdf = (a: ZAttachmentRow): ZAttachment => ({ ...a, annotations: annotations.get(a.itemId) ?? [] });

  const items = readRegularItems(snap.db).map((raw): ZLibraryItem => {
    const own = raw.itemType === 'attachment' ? byId.get(raw.itemId) : undefined;
    const pdfs = own ? (isPdfAttachment(own) ? [pdf(own)] : []) : (byParent.get(raw.itemId) ?? []).filter(isPdfAttachment).map(pdf);
    const itemCreators: ZoteroCreator[] = (creators.get(raw.itemId) ?? []).map((c) => ({
      creatorType: c.creatorType,
      firstName: c.firstName ?? '',
      lastName: c.lastName ?? '',
      fieldMode: c.fieldMode === 1 ? 1 : 0,
    }));
    return {
      itemId: raw.itemId,
      libraryId: raw.libraryId,
      key: raw.key,
      itemType: raw.itemType,
      dateModified: zoteroTimestamp(raw.dateModified),
      data: { itemType: raw.itemType, fields: fields.get(raw.itemId) ?? new Map(), creators: itemCreators, bbtCitekey: citekeys.get(raw.itemId) ?? null },
      pdfs,
      collectionIds: (inCollections.get(raw.itemId) ?? []).map((r) => r.collectionId),
    };
  });
  return { items, collections: readCollections(snap.db) };
}

/** The ids of these collections and all their subcollections. */
export function collectionClosure(collections: readonly ZCollectionRow[], ids: Iterable<number>): Set<number> {
  const children = groupBy(collections, (c) => c.parentId);
  const out = new Set<number>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue; // a cycle in a hostile file ends here
    out.add(id);
    for (const c of children.get(id) ?? []) stack.push(c.collectionId);
  }
  return out;
}

export function itemSummary(item: ZLibraryItem, collectionKeys: ReadonlyMap<number, string>): ZoteroItemSummary {
  const names = item.data.creators.map(zoteroNameToCsl).filter((n) => n !== null);
  return {
    libraryId: item.libraryId,
    key: item.key,
    itemType: item.itemType,
    title: item.data.fields.get('title') ?? '',
    creators: cslNamesText(names),
    year: cslYear(zoteroDateToCsl(item.data.fields.get('date') ?? '') ?? undefined),
    pdfCount: item.pdfs.length,
    annotationCount: item.pdfs.reduce((n, p) => n + p.annotations.length, 0),
    collectionKeys: item.collectionIds.map((id) => collectionKeys.get(id)).filter((k): k is string => k !== undefined),
  };
}

export function scanLibrary(snap: ZoteroSnapshot): ZoteroLibraryScan {
  const lib = readLibrary(snap);
  const keys = new Map(lib.collections.map((c) => [c.collectionId, c.key]));
  const collections: ZoteroCollection[] = lib.collections.map((c) => ({
    libraryId: c.libraryId,
    key: c.key,
    name: c.name,
    parentKey: c.parentId === null ? null : (keys.get(c.parentId) ?? null),
  }));
  return {
    dataDir: snap.dataDir,
    schemaVersion: snap.schema.version,
    newerSchema: snap.schema.newer,
    collections,
    items: lib.items.map((i) => itemSummary(i, keys)),
  };
}
