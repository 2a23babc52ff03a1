// Links back to a passage: `glossa://open?project=<project id>&annotation=<annotation id>`,
// written next to every quote an export prints and followed by the desktop app (the glossa:
// protocol) and the web host (its /open route, same query). Links arrive from documents other
// people wrote, so parsing is strict: that scheme, host "open", no path, no user, port or
// fragment, exactly the two parameters once each, ids of 1-128 safe characters (UUIDs, QDPX
// GUIDs, import source keys) — anything else is refused, never "repaired".
import type { ProjectInfo } from '../domain/project';

export const PASSAGE_LINK_SCHEME = 'glossa';
/** The web host's route for the same link (http://127.0.0.1:PORT/open?project=…&annotation=…). */
export const WEB_OPEN_PATH = '/open';

export interface PassageLink {
  projectId: string;
  annotationId: string;
}

/** Where a followed link leads: the project now open, the passage's document and first page. */
export interface PassageTarget {
  project: ProjectInfo;
  annotationId: string;
  documentId: string;
  /** 0-based. */
  pageIndex: number;
}

/** Longer than any link we write (two 128-character ids and the frame); refuses megabyte argv. */
const MAX_LINK_LENGTH = 400;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export const isLinkId = (id: unknown): id is string => typeof id === 'string' && ID.test(id);

/** The link for one passage; throws on ids a link could not carry (never written half-valid). */
export function buildPassageLink(link: PassageLink): string {
  return `${PASSAGE_LINK_SCHEME}://open?${linkQuery(link)}`;
}

/** The web host's path for a passage: /open?project=…&annotation=…. */
export function webOpenPath(link: PassageLink): string {
  return `${WEB_OPEN_PATH}?${linkQuery(link)}`;
}

function linkQuery({ projectId, annotationId }: PassageLink): string {
  if (!isLinkId(projectId) || !isLinkId(annotationId)) throw new Error('A passage link needs a project id and an annotation id of safe characters.');
  // The ids' characters need no escaping in a query: written as they are, read back as they are.
  return `project=${projectId}&annotation=${annotationId}`;
}

/** The two ids of a link's query, or null when it is anything but exactly those two, once each. */
export function parsePassageQuery(search: string): PassageLink | null {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length === 0 || query.length > MAX_LINK_LENGTH) return null;
  const values = new Map<string, string>();
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if ((key !== 'project' && key !== 'annotation') || values.has(key)) return null;
    // Raw, not percent-decoded: a valid id has nothing to decode, so %2F and friends are refused.
    if (!isLinkId(value)) return null;
    values.set(key, value);
  }
  const projectId = values.get('project');
  const annotationId = values.get('annotation');
  return projectId && annotationId ? { projectId, annotationId } : null;
}

/** The passage a glossa:// link names, or null for any other text (hostile or merely wrong). */
export function parsePassageLink(text: unknown): PassageLink | null {
  if (typeof text !== 'string' || text.length > MAX_LINK_LENGTH) return null;
  // One frame only: scheme (any case, as URLs allow), "//open", an optional "/" (Windows and
  // some browsers add one before the query), the query. No whitespace or controls anywhere.
  const scheme = `${PASSAGE_LINK_SCHEME}:`;
  const normal = text.slice(0, scheme.length).toLowerCase() + text.slice(scheme.length);
  const m = /^glossa:\/\/open\/?\?([^#\s]*)$/.exec(normal);
  if (!m || /[\u0000-\u001f\u007f]/.test(text)) return null;
  return parsePassageQuery(m[1]);
}
