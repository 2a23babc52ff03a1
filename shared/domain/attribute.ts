// Attributes the user defines for documents (issue 14 item 3), beside the fixed ones
// (organisation, type, year…): a name in English and Russian as the user types it, a kind,
// and for the choice kinds an editable list of choices. A value is plain JSON per kind:
// text → string, number → number, date → 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', choice → one
// choice id, choices → choice ids. `replaces` names the fixed field the attribute stands in
// for (the drawer then shows the attribute in its place): several issuing organisations per
// document, or the user's own document types.

export const ATTRIBUTE_KINDS = ['text', 'number', 'date', 'choice', 'choices'] as const;
export type AttributeKind = (typeof ATTRIBUTE_KINDS)[number];

/** The fixed fields an attribute can replace, seeded from them when it is made. */
export const REPLACEABLE_FIELDS = ['organisation', 'docType'] as const;
export type ReplaceableField = (typeof REPLACEABLE_FIELDS)[number];

export interface AttributeChoice {
  id: string;
  en: string;
  ru: string;
}

export interface AttributeDefinition {
  id: string;
  nameEn: string;
  nameRu: string;
  kind: AttributeKind;
  /** Empty for text, number and date. */
  choices: AttributeChoice[];
  /** The fixed field this attribute replaces, or ''. */
  replaces: ReplaceableField | '';
  position: number;
  createdAt: string;
  updatedAt: string;
}

export type AttributeValue = string | number | string[];

export interface AttributeDefinitionInput {
  nameEn: string;
  nameRu: string;
  kind: AttributeKind;
  /** Choices without an id get one. */
  choices?: Array<{ id?: string; en: string; ru: string }>;
  replaces?: ReplaceableField | '';
  /** Fill every document's value from this fixed field (choices whose id is the field's vocabulary id). */
  seedFrom?: ReplaceableField;
}

export type AttributeDefinitionPatch = Partial<Pick<AttributeDefinitionInput, 'nameEn' | 'nameRu' | 'choices' | 'replaces'>>;

/** Values by definition id, for one document. */
export type DocumentAttributeValues = Record<string, AttributeValue>;

/** Filter by an attribute: documents whose value is one of `values` (choice ids, or the text / number / date as written). */
export interface AttributeFilterTerm {
  definitionId: string;
  values: string[];
}

/** How the import reads a file column. */
export interface AttributeImportMapping {
  /** The column that names the document, and how it matches. */
  matchColumn: string;
  matchBy: 'fileName' | 'title' | 'id';
  /** File column → attribute definition id. */
  columns: Record<string, string>;
}

/** A table read from a CSV or XLSX file: the header row and the rows as text. */
export interface AttributeTable {
  columns: string[];
  rows: string[][];
  /** Rows beyond this limit were not read. */
  truncated: boolean;
}

export type ImportRowProblem = 'unknownDocument' | 'notInChoices' | 'badNumber' | 'badDate' | 'tooLong' | 'ambiguousDocument';

export interface ImportRowError {
  /** 1-based row number in the file, the header being row 1. */
  row: number;
  column: string;
  problem: ImportRowProblem;
  /** The cell as read. */
  value: string;
}

export interface ImportPreviewRow {
  row: number;
  documentId: string;
  title: string;
  values: DocumentAttributeValues;
}

export interface AttributeImportPreview {
  rows: ImportPreviewRow[];
  errors: ImportRowError[];
  /** Values that would be written (cells that are set and valid). */
  valueCount: number;
}

export interface AttributeImportResult extends AttributeImportPreview {
  /** Values actually written (one undoable action). */
  written: number;
}
