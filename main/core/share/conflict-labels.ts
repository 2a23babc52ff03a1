// Short English labels for merge conflicts ('Highlight on page 3 of "Report": "…"'), stored
// with each conflict so the list reads well even after the items changed again.
import type { AnnotationTarget } from '../../../shared/domain/annotation';
import type { CodeRow } from '../../db/repositories/codes';
import type { Item, ProjectItems } from './merge-items';

const QUOTE_CHARS = 60;

function firstQuote(targetsJson: string): { page: number; quote: string } {
  try {
    const targets = JSON.parse(targetsJson) as AnnotationTarget[];
    const t = targets[0];
    const quote = targets.map((x) => x.quote?.exact ?? '').join(' ').replace(/\s+/g, ' ').trim();
    return { page: (t?.pageIndex ?? 0) + 1, quote: quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote };
  } catch {
    return { page: 1, quote: '' };
  }
}

function titleOf(sha: string, mine: ProjectItems, theirs: ProjectItems): string {
  const d = mine.items.get(`doc:${sha}`) ?? theirs.items.get(`doc:${sha}`);
  return d && d.kind === 'doc' ? d.row.title : 'a document';
}

/** A code row's English name, its Russian one when it has none (labels are English, like history). */
export function rowName(r: Pick<CodeRow, 'name_en' | 'name_ru'>): string {
  return r.name_en || r.name_ru;
}

export function conflictLabel(item: Item, mine: ProjectItems, theirs: ProjectItems): string {
  switch (item.kind) {
    case 'doc':
      return `Attributes of "${item.row.title}"`;
    case 'code':
      return `Code "${rowName(item.row)}"`;
    case 'ann': {
      const q = firstQuote(item.row.targets);
      return `Highlight on page ${q.page} of "${titleOf(item.docSha, mine, theirs)}"${q.quote ? `: "${q.quote}"` : ''}`;
    }
    case 'memo': {
      if (item.row.target_type === 'project') return 'Project memo';
      if (item.row.target_type === 'document') return `Memo on "${titleOf(item.targetRef, mine, theirs)}"`;
      const c = mine.items.get(`code:${item.targetRef}`) ?? theirs.items.get(`code:${item.targetRef}`);
      return `Memo on code "${c && c.kind === 'code' ? rowName(c.row) : item.targetRef}"`;
    }
    case 'coding':
      return 'Coding';
  }
}
