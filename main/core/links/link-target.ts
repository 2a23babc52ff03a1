// Which project a passage link (glossa://open?project=…&annotation=…) opens, and where in it.
// Projects are known by their meta id (made at creation, kept by "Save as" and by merges). A
// received copy is re-identified on first open (send-project.ts) and remembers the sender's
// id as forked_from; its annotations keep their ids. So a link opens, in this order: the open
// project when it has that id, a recent project with that id, the open project or a recent one
// forked from it (the recipient's copy of the sender's project); otherwise the user is asked
// to locate the project. Recent files are peeked read-only (meta only, no migration, nothing
// written); an unreadable one is skipped.
import fs from 'node:fs';
import { GlossaError } from '../../../shared/errors';
import type { PassageLink } from '../../../shared/links/passage-link';
import { openReadOnlyDb } from '../../db/connection';
import { getAnnotation } from '../../db/repositories/annotations';
import { projectIdsOf } from '../../db/repositories/meta';
import type { Db } from '../../db/connection';

export interface ProjectIds {
  id: string;
  forkedFrom: string;
}

/** meta id and forked_from of a closed project file, or null when it cannot be read. */
export function peekProjectIds(file: string): ProjectIds | null {
  if (!fs.existsSync(file)) return null;
  try {
    const db = openReadOnlyDb(file);
    try {
      return projectIdsOf(db);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

export type LinkProjectChoice = { kind: 'current' } | { kind: 'recent'; path: string } | { kind: 'notFound' };

/**
 * The project for `projectId`: exact ids before forks, the open project before recent ones
 * (most recent first). `recents` are paths in the recent list's order.
 */
export function chooseLinkProject(
  projectId: string,
  current: ProjectIds | null,
  recents: readonly string[],
  peek: (file: string) => ProjectIds | null = peekProjectIds,
): LinkProjectChoice {
  if (current?.id === projectId) return { kind: 'current' };
  const peeked = recents.map((file) => ({ file, ids: peek(file) }));
  const exact = peeked.find((r) => r.ids?.id === projectId);
  if (exact) return { kind: 'recent', path: exact.file };
  if (current?.forkedFrom === projectId) return { kind: 'current' };
  const fork = peeked.find((r) => r.ids?.forkedFrom === projectId);
  return fork ? { kind: 'recent', path: fork.file } : { kind: 'notFound' };
}

export interface PassagePlace {
  annotationId: string;
  documentId: string;
  /** 0-based page of the passage's first target. */
  pageIndex: number;
}

/** Where the link's annotation is in the open project; a clear error when it is not there. */
export function passagePlace(db: Db, link: PassageLink): PassagePlace {
  const annotation = getAnnotation(db, link.annotationId);
  if (!annotation) {
    throw new GlossaError('link.passageNotFound', 'This passage is not in the project any more (it may have been deleted).', { annotationId: link.annotationId });
  }
  const pageIndex = Math.min(...annotation.targets.map((t) => t.pageIndex));
  return { annotationId: annotation.id, documentId: annotation.documentId, pageIndex: Number.isFinite(pageIndex) ? pageIndex : 0 };
}
