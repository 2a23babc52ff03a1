// The passage-links part of the contract: a highlight's links (both ways), the passage picker's
// search, the list of every link, and create / edit / delete. Inputs are untrusted JSON: their
// shape is checked here, relations and notes by shared/rules/passage-link-rules.ts. Every change
// emits 'coding.changed' for the documents of both passages, so both readers' panels refresh.
import type { Handlers } from '../../../shared/contract';
import type { Coder } from '../../../shared/domain/code';
import { documentIdOfAnnotation } from '../../db/repositories/annotations';
import { getLinkRow, linksOfAnnotation, listPassageLinks, searchPassages } from '../../db/repositories/passage-links';
import { asObject, asVoid, badInput, int, str } from '../app/input-checks';
import type { BackendContext } from '../backend-context';
import { createPassageLink, deletePassageLink, updatePassageLink } from './link-actions';

type PassageLinkChannels = 'passageLinks.list' | 'passageLinks.ofAnnotation' | 'passageLinks.searchPassages' | 'passageLinks.create' | 'passageLinks.update' | 'passageLinks.delete';

const ID_MAX = 100;

/** A search text, which may be empty (every passage). */
function searchText(o: Record<string, unknown>): string {
  const v = o.text ?? '';
  if (typeof v !== 'string' || v.length > 500) throw badInput('"text" must be at most 500 characters of text');
  return v;
}

export function passageLinkHandlers(ctx: BackendContext, coder: () => Coder): Pick<Handlers, PassageLinkChannels> {
  const db = () => ctx.requireProject().db;
  const changed = <T>(out: { result: T }, ...annotationIds: string[]): T => {
    const docs = new Set(annotationIds.map((id) => documentIdOfAnnotation(db(), id)).filter((d): d is string => !!d));
    if (docs.size === 0) ctx.emit('coding.changed', {});
    for (const documentId of docs) ctx.emit('coding.changed', { documentId });
    return out.result;
  };
  return {
    'passageLinks.list': (input) => {
      asVoid(input);
      return listPassageLinks(db());
    },
    'passageLinks.ofAnnotation': (input) => linksOfAnnotation(db(), str(asObject(input), 'annotationId', { max: ID_MAX })),
    'passageLinks.searchPassages': (input) => {
      const o = asObject(input);
      return searchPassages(db(), searchText(o), int(o, 'limit', { min: 1, max: 200, optional: true }) ?? 50, str(o, 'excludeAnnotationId', { optional: true, max: ID_MAX }));
    },
    'passageLinks.create': (input) => {
      const o = asObject(input);
      const from = str(o, 'fromAnnotationId', { max: ID_MAX });
      const to = str(o, 'toAnnotationId', { max: ID_MAX });
      return changed(createPassageLink(db(), coder(), { fromAnnotationId: from, toAnnotationId: to, relation: o.relation as never, note: o.note as string | undefined }), from, to);
    },
    'passageLinks.update': (input) => {
      const o = asObject(input);
      const patch = asObject(o.patch, 'patch');
      const out = updatePassageLink(db(), coder(), str(o, 'id', { max: ID_MAX }), { relation: patch.relation as never, note: patch.note as string | undefined });
      return changed(out, out.result.fromAnnotationId, out.result.toAnnotationId);
    },
    'passageLinks.delete': (input) => {
      const id = str(asObject(input), 'id', { max: ID_MAX });
      const row = getLinkRow(db(), id);
      changed(deletePassageLink(db(), coder(), id), ...(row ? [row.from_annotation_id, row.to_annotation_id] : []));
    },
  };
}
