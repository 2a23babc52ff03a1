// Reading memos for the memo manager, the editor and the CLI: rows turned into TitledMemo /
// MemoSummary with their links labelled as the items are called now (a code's path in the
// interface language, a document's title, a case's name, the start of a passage's quote).
import type { MemoLink, MemoListQuery, MemoSummary, TitledMemo } from '../../../shared/domain/memo';
import { GlossaError } from '../../../shared/errors';
import type { Db } from '../../db/connection';
import { getAnnotation } from '../../db/repositories/annotations';
import { listCodes } from '../../db/repositories/codes';
import { caseDocumentIds, type AnyMemoRow, getAnyMemoRow, linkLabelSources, linkOf, linkRowsOf, listMemoRows, type MemoLinkRow, readLinkRows } from '../../db/repositories/memos';
import { codeIndex } from '../evidence/evidence-rows';

/** A list row shows the first 240 characters of the body: two lines of the manager. */
const EXCERPT = 240;
/** A passage link reads as the first 80 characters of its quote. */
const PASSAGE_LABEL = 80;

export type Lang = 'en' | 'ru';

function labeller(db: Db, lang: Lang): (r: MemoLinkRow) => MemoLink {
  const index = codeIndex(listCodes(db), lang);
  const { documents, cases } = linkLabelSources(db);
  return (r) => {
    const { kind, targetId } = linkOf(r);
    let label = targetId;
    if (kind === 'code') label = index.path(targetId).join(' › ') || targetId;
    else if (kind === 'document') label = documents.get(targetId) ?? targetId;
    else if (kind === 'case') label = cases.get(targetId) ?? targetId;
    else {
      const a = getAnnotation(db, targetId);
      const quote = a ? a.targets.map((t) => t.quote?.exact ?? '').join(' ').replace(/\s+/g, ' ').trim() : '';
      label = quote.length > PASSAGE_LABEL ? `${quote.slice(0, PASSAGE_LABEL - 1)}…` : quote || targetId;
    }
    return { id: r.id, kind, targetId, label };
  };
}

function toMemo(r: AnyMemoRow, links: MemoLink[]): TitledMemo {
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    owner: r.target_type !== null && r.target_id !== null ? { type: r.target_type, id: r.target_id } : null,
    links,
    coderId: r.coder_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function readMemo(db: Db, id: string, lang: Lang = 'en'): TitledMemo {
  const row = typeof id === 'string' ? getAnyMemoRow(db, id) : null;
  if (!row) throw new GlossaError('memo.notFound', 'This memo no longer exists.', { id: String(id) });
  const label = labeller(db, lang);
  return toMemo(row, linkRowsOf(db, id).map(label));
}

function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

/** The memos matching `q`, newest edit first unless sorted otherwise. */
export function listMemos(db: Db, q: MemoListQuery, lang: Lang = 'en'): MemoSummary[] {
  const rows = listMemoRows(db, q);
  const label = labeller(db, lang);
  const byMemo = new Map<string, MemoLink[]>();
  for (const l of readLinkRows(db)) {
    const list = byMemo.get(l.memo_id);
    if (list) list.push(label(l));
    else byMemo.set(l.memo_id, [label(l)]);
  }
  return rows.map((r) => {
    const { body, ...rest } = toMemo(r, byMemo.get(r.id) ?? []);
    return { ...rest, excerpt: excerptOf(body), length: body.length };
  });
}

/** A journal memo for the reports: its links with the documents each lies in (a passage's, a case's segments'). */
export interface ReportJournalMemo {
  title: string;
  body: string;
  links: Array<MemoLink & { documentIds: string[] }>;
}

/** Every journal memo (no owner target), oldest first: the reports' Memos section after the target memos. */
export function journalMemos(db: Db, lang: Lang = 'en'): ReportJournalMemo[] {
  const label = labeller(db, lang);
  const links = new Map<string, MemoLinkRow[]>();
  for (const l of readLinkRows(db)) links.set(l.memo_id, [...(links.get(l.memo_id) ?? []), l]);
  const caseDocs = caseDocumentIds(db);
  return listMemoRows(db, { sort: 'created' })
    .filter((r) => r.target_type === null)
    .reverse()
    .map((r) => ({
      title: r.title,
      body: r.body,
      links: (links.get(r.id) ?? []).map((l) => {
        const link = label(l);
        const documentIds =
          link.kind === 'document' ? [link.targetId]
          : link.kind === 'annotation' ? [getAnnotation(db, link.targetId)?.documentId ?? '']
          : link.kind === 'case' ? (caseDocs.get(link.targetId) ?? [])
          : [];
        return { ...link, documentIds };
      }),
    }));
}
