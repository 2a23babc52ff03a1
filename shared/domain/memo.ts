// Titled memos (issue 14 item 7): a research journal of any number of memos, each linked to
// any number of codes, documents, cases and passages. The memo of a code, a document or the
// project (what the code editor and the document panel open) is a titled memo too; its
// `owner` names that target. Bodies are Markdown.

export type MemoLinkKind = 'document' | 'code' | 'case' | 'annotation';
export type MemoOwnerType = 'project' | 'document' | 'code';

export interface MemoLink {
  id: string;
  kind: MemoLinkKind;
  targetId: string;
  /** What the item is called now: a code's path, a document's title, a case's name, a passage's quote (shortened). */
  label: string;
}

export interface TitledMemo {
  id: string;
  title: string;
  body: string;
  /** The target whose own memo this is; null for a journal memo. */
  owner: { type: MemoOwnerType; id: string } | null;
  links: MemoLink[];
  coderId: string;
  createdAt: string;
  updatedAt: string;
}

/** One row of the memo manager: the body shortened to an excerpt. */
export interface MemoSummary extends Omit<TitledMemo, 'body'> {
  excerpt: string;
  /** Characters in the whole body. */
  length: number;
}

export interface MemoListQuery {
  /** Words that must all appear in the title or the body (case-insensitive, ё/е folded). */
  search?: string;
  /** Only memos linked to this item (its own memo included). */
  linked?: { kind: MemoLinkKind; id: string };
  sort?: 'updated' | 'title' | 'created';
}

export interface NewMemo {
  title: string;
  body?: string;
  links?: Array<{ kind: MemoLinkKind; targetId: string }>;
}
