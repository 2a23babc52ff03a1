// Writes highlights read from elsewhere — annotations embedded in a PDF, W3C Web Annotations
// (a Hypothesis export, another Glossa) — into a document as ONE undoable action. Each comes
// with a stable source key (migration 0007): a key the document already holds is skipped,
// so importing the same file again adds nothing twice. Authors become coders (one per name,
// with an id derived from the name, so the same author is the same coder on every import);
// code paths ("Parent > Child") resolve to existing codes by name, missing ones are created.
import { codeNameFor, textLanguage } from '../../../shared/codebook/code-text';
import type { CodeLang } from '../../../shared/domain/code';
import { createHash } from 'node:crypto';
import type { AnchorStatus, AnnotationKind, AnnotationTarget } from '../../../shared/domain/annotation';
import type { Coder } from '../../../shared/domain/code';
import type { Db } from '../../db/connection';
import { sourceKeysOf } from '../../db/repositories/annotations';
import { upsertCoder } from '../../db/repositories/coders';
import { listCodes } from '../../db/repositories/codes';
import type { RowJournal } from '../../db/repositories/row-journal';
import { insertAnnotation } from '../coding/annotations';
import { insertNewCode } from '../coding/codes';
import { type ActionOutcome, runCodingAction } from '../coding/undo-stack';

export interface IncomingHighlight {
  sourceKey: string;
  kind: AnnotationKind;
  targets: AnnotationTarget[];
  /** #rrggbb or null. */
  color: string | null;
  comment: string;
  /** Codes already chosen (the colour map of a PDF import). */
  codeIds: string[];
  /** Codes by name path ("Parent > Child" as ['Parent', 'Child']) to resolve or create (W3C
   *  classifying / tagging bodies; the new codes of a PDF colour map, with their colour). */
  codePaths: CodeRef[];
  /** Author's name as the source gives it; null: the importing coder. */
  author: string | null;
  anchorStatus: AnchorStatus;
}

export interface CodeRef {
  path: string[];
  /** Colour of the code when it has to be created; a free palette colour when omitted. */
  color?: string;
  /** The language of the names, when the caller knows it ("Жёлтый (Zotero)" has as many Latin letters as Cyrillic). */
  lang?: CodeLang;
}

export interface ImportCounts {
  added: number;
  /** Already in the document from an earlier import. */
  skipped: number;
  /** Added but not placed on the current text (listed as orphans). */
  orphans: number;
}

const AUTHOR_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f'];

/** A stable coder for an author's name: UUID-shaped id from sha256("glossa-author:" + name). */
export function authorCoder(name: string): Coder {
  const h = createHash('sha256').update(`glossa-author:${name}`).digest('hex');
  const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  return { id, name: name.slice(0, 100), color: AUTHOR_COLORS[parseInt(h.slice(0, 2), 16) % AUTHOR_COLORS.length] };
}

function codeResolver(j: RowJournal, now: string) {
  const byPath = new Map<string, string>();
  const codes = listCodes(j.db);
  const byId = new Map(codes.map((c) => [c.id, c]));
  // A code is found by its path in either language (an export names codes in its report language).
  const pathOf = (id: string, lang: CodeLang): string[] => {
    const out: string[] = [];
    for (let c = byId.get(id), guard = 0; c && guard < 100; c = c.parentId ? byId.get(c.parentId) : undefined, guard++) out.unshift(codeNameFor(c, lang));
    return out;
  };
  const norm = (names: readonly string[]) => names.map((n) => n.trim().toLocaleLowerCase()).join('\u0000');
  for (const lang of ['ru', 'en'] as const) for (const c of codes) byPath.set(norm(pathOf(c.id, lang)), c.id);
  return ({ path, color, lang }: CodeRef): string | null => {
    const names = path.map((n) => n.trim()).filter((n) => n !== '');
    if (names.length === 0) return null;
    let parentId: string | null = null;
    for (let i = 0; i < names.length; i++) {
      const key = norm(names.slice(0, i + 1));
      let id = byPath.get(key);
      if (!id) {
        id = insertNewCode(j, { text: { [lang ?? textLanguage(names[i])]: { name: names[i] } }, parentId, ...(i === names.length - 1 && color ? { color } : {}) }, now).id;
        byPath.set(key, id);
      }
      parentId = id;
    }
    return parentId;
  };
}

export function insertImported(db: Db, coder: Coder, documentId: string, items: readonly IncomingHighlight[], label: string): ActionOutcome<ImportCounts> {
  return runCodingAction(db, coder, { action: 'annotation.import', label }, (j, now) => {
    const have = sourceKeysOf(db, documentId);
    const resolve = codeResolver(j, now);
    const counts: ImportCounts = { added: 0, skipped: 0, orphans: 0 };
    for (const item of items) {
      if (have.has(item.sourceKey)) {
        counts.skipped++;
        continue;
      }
      const author = item.author?.trim() ? authorCoder(item.author.trim()) : coder;
      if (author !== coder) upsertCoder(db, author, now);
      const codeIds = new Set(item.codeIds);
      for (const p of item.codePaths) {
        const id = resolve(p);
        if (id) codeIds.add(id);
      }
      insertAnnotation(
        j,
        author,
        { documentId, kind: item.kind, targets: item.targets, color: item.color, comment: item.comment, codeIds: [...codeIds] },
        now,
        { sourceKey: item.sourceKey, anchorStatus: item.anchorStatus },
      );
      have.add(item.sourceKey);
      counts.added++;
      if (item.anchorStatus === 'orphan') counts.orphans++;
    }
    return { result: counts, summary: `${label}: ${counts.added} added, ${counts.skipped} already there`, details: { documentId, ...counts } };
  });
}
