// The web host's /open?project=…&annotation=… route, in the page. The server only serves the
// app there (no data, no token needed): this page, which holds the per-launch token in its
// tab's sessionStorage, follows the link through the token-guarded API. A tab opened from a
// document (Word, a PDF viewer) has no token: it hands the link over a BroadcastChannel to the
// Glossa tab that has one, which follows it. Only same-origin pages can post on that channel
// (our own page); what a handed link can do is open a recent project at a passage, nothing else.
import { isLinkId, parsePassageQuery, WEB_OPEN_PATH, type PassageLink } from '../../../shared/links/passage-link';

const CHANNEL = 'glossa.passage-links';

type Message = { type: 'open'; nonce: string; link: PassageLink } | { type: 'ack'; nonce: string };

/** The link the address names (/open?…), or null for any other address or a malformed query. */
export function passageLinkFromLocation(loc: { pathname: string; search: string }): PassageLink | null {
  return loc.pathname === WEB_OPEN_PATH ? parsePassageQuery(loc.search) : null;
}

export function isOpenRoute(loc: { pathname: string }): boolean {
  return loc.pathname === WEB_OPEN_PATH;
}

/** The address back to the app's own, so a reload does not follow the link again. */
export function leaveOpenRoute(): void {
  window.history.replaceState(null, '', '/');
}

const channel = (): BroadcastChannel | null => (typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null);

/** In the tab with the token: follows links other tabs hand over, and acknowledges them. */
export function listenForHandedLinks(follow: (link: PassageLink) => void): () => void {
  const ch = channel();
  if (!ch) return () => undefined;
  ch.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m?.type !== 'open' || typeof m.nonce !== 'string' || !isLinkId(m.link?.projectId) || !isLinkId(m.link?.annotationId)) return;
    ch.postMessage({ type: 'ack', nonce: m.nonce } satisfies Message);
    follow({ projectId: m.link.projectId, annotationId: m.link.annotationId });
  };
  return () => ch.close();
}

/** In a tab without the token: offers the link to the Glossa tabs; onTaken when one took it. */
export function handOverLink(link: PassageLink, onTaken: () => void): () => void {
  const ch = channel();
  if (!ch) return () => undefined;
  const nonce = crypto.randomUUID();
  ch.onmessage = (e: MessageEvent<Message>) => {
    if (e.data?.type === 'ack' && e.data.nonce === nonce) onTaken();
  };
  ch.postMessage({ type: 'open', nonce, link } satisfies Message);
  return () => ch.close();
}
