// Code names in the interface language for the evidence browser, the analysis views and the
// agreement table. The backend sends each code's stored name and path (English for the shipped
// codebook); the codebook the evidence store already holds knows every code's translations, so
// a Russian interface shows "Производство знаний", as the codebook does, not "Knowledge production".
import { useMemo } from 'react';
import type { Code } from '../../../shared/domain/code';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { codeLabel, type Lang } from '../codebook/codebook-tree';
import { evidenceStore } from './evidence-store';

export interface CodeNames {
  /** Root-to-leaf names of a code; `fallback` (the backend's path) when the code is unknown here. */
  path(id: string, fallback: readonly string[]): string[];
  /** The code's own name (the last element of its path). */
  name(id: string, fallback: readonly string[]): string;
}

// Deeper than any real codebook; stops a malformed parent cycle from looping.
const MAX_DEPTH = 64;

export function makeCodeNames(codes: readonly Pick<Code, 'id' | 'parentId' | 'text'>[], lang: Lang): CodeNames {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path = (id: string, fallback: readonly string[]): string[] => {
    const out: string[] = [];
    for (let c = byId.get(id); c && out.length < MAX_DEPTH; c = c.parentId ? byId.get(c.parentId) : undefined) out.unshift(codeLabel(c, lang));
    return out.length ? out : [...fallback];
  };
  return {
    path,
    name: (id, fallback) => {
      const p = path(id, fallback);
      return p[p.length - 1] ?? id;
    },
  };
}

/** Names from the evidence store's codebook in the current locale. */
export function useCodeNames(): CodeNames {
  const { locale } = useT();
  const { codes } = useStore(evidenceStore);
  return useMemo(() => makeCodeNames(codes, locale), [codes, locale]);
}
