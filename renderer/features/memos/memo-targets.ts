// What a memo can be linked to, for the manager's "linked to" filter and the link picker:
// the codes (by path, in the interface language), documents and cases of the project, read
// once when the manager opens and again when the codebook or library changes.
import { useEffect, useState } from 'react';
import { codeNameFor } from '../../../shared/codebook/code-text';
import type { MemoLinkKind } from '../../../shared/domain/memo';
import { api, onEvent } from '../../api';

export interface LinkTarget {
  kind: Exclude<MemoLinkKind, 'annotation'>;
  id: string;
  label: string;
}

export async function loadLinkTargets(lang: string): Promise<LinkTarget[]> {
  const [codes, documents, cases] = await Promise.all([api['codes.list'](undefined), api['documents.list']({}), api['cases.list'](undefined)]);
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path = (id: string): string => {
    const parts: string[] = [];
    // 100 levels bound a parent cycle from a damaged file; codebooks are 2-4 deep.
    for (let c = byId.get(id), guard = 0; c && guard < 100; c = c.parentId ? byId.get(c.parentId) : undefined, guard++) parts.unshift(codeNameFor(c, lang));
    return parts.join(' › ');
  };
  return [
    ...codes.map((c) => ({ kind: 'code' as const, id: c.id, label: path(c.id) })).sort((a, b) => a.label.localeCompare(b.label, lang)),
    ...documents.map((d) => ({ kind: 'document' as const, id: d.id, label: d.title || d.fileName })),
    ...cases.map((c) => ({ kind: 'case' as const, id: c.id, label: c.name })),
  ];
}

export function useLinkTargets(lang: string): LinkTarget[] {
  const [targets, setTargets] = useState<LinkTarget[]>([]);
  useEffect(() => {
    let alive = true;
    const load = () => void loadLinkTargets(lang).then((t) => alive && setTargets(t), () => undefined);
    load();
    const offCoding = onEvent('coding.changed', load);
    const offLibrary = onEvent('documents.changed', load);
    return () => {
      alive = false;
      offCoding();
      offLibrary();
    };
  }, [lang]);
  return targets;
}
