// Every SQL statement Glossa runs against a Zotero database (a private read-only snapshot of
// it: zotero-snapshot.ts), against Zotero's own schema (resource/schema/userdata.sql in
// github.com/zotero/zotero; a copy is in tests/fixtures/zotero/). The database is untrusted
// input like any file from elsewhere: values are cut to sane lengths in SQL, so a hostile
// 1 GB title never reaches JavaScript, and the schema is checked before anything is read.
import type Database from 'better-sqlite3';
import { GlossaError } from '../../../shared/errors';

/** The newest 'userdata' schema version Glossa was checked against (Zotero 7, 2026). */
export const TESTED_USERDATA_VERSION = 129;

/** 100,000 characters: longer than any real title, abstract or annotation comment. */
const MAX_TEXT = 100_000;
/** Annotation positions are a few hundred bytes; 1 MB is a page covered in rectangles. */
const MAX_POSITION = 1_000_000;
const MAX_ROWS = 1_000_000;

export interface SchemaCheck {
  version: number;
  newer: boolean;
  hasAnnotations: boolean;
}

const REQUIRED: Record<string, string[]> = {
  items: ['itemID', 'itemTypeID', 'libraryID', 'key', 'dateModified'],
  itemTypes: ['itemTypeID', 'typeName'],
  fields: ['fieldID', 'fieldName'],
  itemData: ['itemID', 'fieldID', 'valueID'],
  itemDataValues: ['valueID', 'value'],
  creators: ['creatorID', 'firstName', 'lastName', 'fieldMode'],
  itemCreators: ['itemID', 'creatorID', 'creatorTypeID', 'orderIndex'],
  creatorTypes: ['creatorTypeID', 'creatorType'],
  itemAttachments: ['itemID', 'parentItemID', 'linkMode', 'contentType', 'path'],
  collections: ['collectionID', 'collectionName', 'parentCollectionID', 'libraryID', 'key'],
  collectionItems: ['collectionID', 'itemID'],
};
const ANNOTATION_COLUMNS = ['itemID', 'parentItemID', 'type', 'authorName', 'text', 'comment', 'color', 'pageLabel', 'sortIndex', 'position'];

function columns(db: Database.Database, table: string): Set<string> {
  const rows = db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as Array<{ name: string }>;
  return new Set(rows.map((r) => r.name));
}

function tableExists(db: Database.Database, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/** Throws zotero.notZotero for another SQLite file, zotero.newerSchema when a newer Zotero changed what Glossa reads. */
export function checkZoteroSchema(db: Database.Database, dataDir: string): SchemaCheck {
  const row = tableExists(db, 'version')
    ? (db.prepare("SELECT version FROM version WHERE schema = 'userdata'").get() as { version: unknown } | undefined)
    : undefined;
  if (!row || typeof row.version !== 'number' || !Number.isInteger(row.version)) {
    throw new GlossaError('zotero.notZotero', `"${dataDir}" does not hold a Zotero database (it has no Zotero schema version).`, { path: dataDir, detail: 'no userdata version' });
  }
  const version = row.version;
  const missing: string[] = [];
  for (const [table, cols] of Object.entries(REQUIRED)) {
    const have = columns(db, table);
    for (const c of cols) if (!have.has(c)) missing.push(`${table}.${c}`);
  }
  if (missing.length > 0) {
    if (version > TESTED_USERDATA_VERSION) {
      throw new GlossaError(
        'zotero.newerSchema',
        `This Zotero database (schema version ${version}) is newer than Glossa can read (version ${TESTED_USERDATA_VERSION}): ${missing.slice(0, 3).join(', ')} changed. Update Glossa.`,
        { version, known: TESTED_USERDATA_VERSION },
      );
    }
    throw new GlossaError('zotero.notZotero', `"${dataDir}" is not a Zotero database Glossa can read (missing ${missing.slice(0, 3).join(', ')}).`, { path: dataDir, detail: missing[0] });
  }
  const ann = columns(db, 'itemAnnotations');
  return { version, newer: version > TESTED_USERDATA_VERSION, hasAnnotations: ANNOTATION_COLUMNS.every((c) => ann.has(c)) };
}

export interface ZRawItem {
  itemId: number;
  libraryId: number;
  key: string;
  itemType: string;
  dateModified: string;
}

/** Items that are not attachments, notes or annotations, nor in the trash or a feed. */
export function readRegularItems(db: Database.Database): ZRawItem[] {
  const trash = tableExists(db, 'deletedItems') ? 'AND i.itemID NOT IN (SELECT itemID FROM deletedItems)' : '';
  const feeds = tableExists(db, 'feedItems') ? 'AND i.itemID NOT IN (SELECT itemID FROM feedItems)' : '';
  return db
    .prepare(
      `SELECT i.itemID AS itemId, i.libraryID AS libraryId, substr(i.key, 1, 32) AS key, substr(t.typeName, 1, 100) AS itemType,
              substr(CAST(i.dateModified AS TEXT), 1, 40) AS dateModified
         FROM items i JOIN itemTypes t ON t.itemTypeID = i.itemTypeID
        WHERE t.typeName NOT IN ('note', 'annotation') ${trash} ${feeds}
          AND NOT (t.typeName = 'attachment' AND i.itemID IN (SELECT itemID FROM itemAttachments WHERE parentItemID IS NOT NULL))
        ORDER BY i.itemID LIMIT ${MAX_ROWS}`,
    )
    .all() as ZRawItem[];
}

export interface ZFieldRow {
  itemId: number;
  field: string;
  /** The base field it maps to (institution -> publisher), or null. */
  baseField: string | null;
  value: string;
}

export function readFieldValues(db: Database.Database): ZFieldRow[] {
  const fieldTable = tableExists(db, 'fieldsCombined') ? '(SELECT fieldID, fieldName FROM fields UNION SELECT fieldID, fieldName FROM fieldsCombined)' : 'fields';
  const base = tableExists(db, 'baseFieldMappingsCombined') ? 'baseFieldMappingsCombined' : tableExists(db, 'baseFieldMappings') ? 'baseFieldMappings' : null;
  const baseJoin = base
    ? `LEFT JOIN ${base} b ON b.itemTypeID = i.itemTypeID AND b.fieldID = d.fieldID LEFT JOIN ${fieldTable} bf ON bf.fieldID = b.baseFieldID`
    : '';
  return db
    .prepare(
      `SELECT d.itemID AS itemId, f.fieldName AS field, ${base ? 'bf.fieldName' : 'NULL'} AS baseField,
              substr(CAST(v.value AS TEXT), 1, ${MAX_TEXT}) AS value
         FROM itemData d JOIN items i ON i.itemID = d.itemID
         JOIN ${fieldTable} f ON f.fieldID = d.fieldID
         JOIN itemDataValues v ON v.valueID = d.valueID ${baseJoin}
        LIMIT ${MAX_ROWS * 4}`,
    )
    .all() as ZFieldRow[];
}

export interface ZCreatorRow {
  itemId: number;
  creatorType: string;
  firstName: string | null;
  lastName: string | null;
  /** 1: a single-field name (an institution). */
  fieldMode: number | null;
}

export function readCreators(db: Database.Database): ZCreatorRow[] {
  return db
    .prepare(
      `SELECT ic.itemID AS itemId, substr(ct.creatorType, 1, 100) AS creatorType, substr(c.firstName, 1, 1000) AS firstName,
              substr(c.lastName, 1, 1000) AS lastName, c.fieldMode AS fieldMode
         FROM itemCreators ic JOIN creators c ON c.creatorID = ic.creatorID JOIN creatorTypes ct ON ct.creatorTypeID = ic.creatorTypeID
        ORDER BY ic.itemID, ic.orderIndex LIMIT ${MAX_ROWS}`,
    )
    .all() as ZCreatorRow[];
}

export interface ZAttachmentRow {
  itemId: number;
  parentItemId: number | null;
  libraryId: number;
  key: string;
  linkMode: number | null;
  contentType: string | null;
  path: string | null;
}

export function readAttachments(db: Database.Database): ZAttachmentRow[] {
  const trash = tableExists(db, 'deletedItems') ? 'WHERE a.itemID NOT IN (SELECT itemID FROM deletedItems)' : '';
  return db
    .prepare(
      `SELECT a.itemID AS itemId, a.parentItemID AS parentItemId, i.libraryID AS libraryId, substr(i.key, 1, 32) AS key,
              a.linkMode AS linkMode, substr(a.contentType, 1, 200) AS contentType, substr(a.path, 1, 5000) AS path
         FROM itemAttachments a JOIN items i ON i.itemID = a.itemID ${trash}
        ORDER BY a.parentItemID, i.dateAdded, a.itemID LIMIT ${MAX_ROWS}`,
    )
    .all() as ZAttachmentRow[];
}

export interface ZCollectionRow {
  collectionId: number;
  libraryId: number;
  key: string;
  name: string;
  parentId: number | null;
}

export function readCollections(db: Database.Database): ZCollectionRow[] {
  const trash = tableExists(db, 'deletedCollections') ? 'WHERE collectionID NOT IN (SELECT collectionID FROM deletedCollections)' : '';
  return db
    .prepare(
      `SELECT collectionID AS collectionId, libraryID AS libraryId, substr(key, 1, 32) AS key, substr(collectionName, 1, 1000) AS name,
              parentCollectionID AS parentId FROM collections ${trash} ORDER BY collectionName LIMIT ${MAX_ROWS}`,
    )
    .all() as ZCollectionRow[];
}

export function readCollectionItems(db: Database.Database): Array<{ collectionId: number; itemId: number }> {
  return db.prepare(`SELECT collectionID AS collectionId, itemID AS itemId FROM collectionItems LIMIT ${MAX_ROWS * 4}`).all() as Array<{ collectionId: number; itemId: number }>;
}

export interface ZAnnotationRow {
  itemId: number;
  parentItemId: number;
  libraryId: number;
  key: string;
  type: number;
  authorName: string | null;
  text: string | null;
  comment: string | null;
  color: string | null;
  pageLabel: string | null;
  position: string | null;
  isExternal: number | null;
}

export function readAnnotations(db: Database.Database, check: SchemaCheck): ZAnnotationRow[] {
  if (!check.hasAnnotations) return [];
  const external = columns(db, 'itemAnnotations').has('isExternal') ? 'a.isExternal' : '0';
  const trash = tableExists(db, 'deletedItems') ? 'WHERE a.itemID NOT IN (SELECT itemID FROM deletedItems)' : '';
  return db
    .prepare(
      `SELECT a.itemID AS itemId, a.parentItemID AS parentItemId, i.libraryID AS libraryId, substr(i.key, 1, 32) AS key, a.type AS type,
              substr(a.authorName, 1, 200) AS authorName, substr(a.text, 1, ${MAX_TEXT}) AS text, substr(a.comment, 1, ${MAX_TEXT}) AS comment,
              substr(a.color, 1, 20) AS color, substr(a.pageLabel, 1, 50) AS pageLabel,
              CASE WHEN length(a.position) <= ${MAX_POSITION} THEN a.position END AS position, ${external} AS isExternal
         FROM itemAnnotations a JOIN items i ON i.itemID = a.itemID ${trash}
        ORDER BY a.parentItemID, a.sortIndex, a.itemID LIMIT ${MAX_ROWS}`,
    )
    .all() as ZAnnotationRow[];
}

/** Better BibTeX's citekeys by item id (table citationkey of better-bibtex.sqlite), empty when unreadable. */
export function readBbtCitekeys(bbt: Database.Database | null): Map<number, string> {
  const out = new Map<number, string>();
  if (!bbt || !tableExists(bbt, 'citationkey')) return out;
  try {
    const rows = bbt.prepare(`SELECT itemID AS itemId, substr(citationKey, 1, 200) AS citekey FROM citationkey LIMIT ${MAX_ROWS}`).all() as Array<{ itemId: unknown; citekey: unknown }>;
    for (const r of rows) if (typeof r.itemId === 'number' && typeof r.citekey === 'string' && r.citekey.trim()) out.set(r.itemId, r.citekey.trim());
  } catch {
    // An older plugin layout: no citekeys, the import goes on.
  }
  return out;
}
