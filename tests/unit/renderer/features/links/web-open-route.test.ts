// The web page's side of passage links: which addresses are the /open route and which link they
// name (strictly), and the hand-over between a tab without the token and the Glossa tab over a
// real BroadcastChannel (Node's, the same API as the browser's): a handed link is followed and
// acknowledged; a message with hostile ids is ignored and never acknowledged.
import { afterEach, describe, expect, it } from 'vitest';
import { handOverLink, isOpenRoute, listenForHandedLinks, passageLinkFromLocation } from '../../../../../renderer/features/links/web-open-route';
import type { PassageLink } from '../../../../../shared/links/passage-link';

const P = '0f8fad5b-d9cb-469f-a165-70867728950e';
const offs: Array<() => void> = [];
afterEach(() => offs.splice(0).forEach((off) => off()));

describe('the /open route', () => {
  it('names a link only at /open with exactly the two ids', () => {
    expect(passageLinkFromLocation({ pathname: '/open', search: `?project=${P}&annotation=a1` })).toEqual({ projectId: P, annotationId: 'a1' });
    expect(passageLinkFromLocation({ pathname: '/', search: `?project=${P}&annotation=a1` })).toBeNull();
    expect(passageLinkFromLocation({ pathname: '/open/x', search: `?project=${P}&annotation=a1` })).toBeNull();
    expect(passageLinkFromLocation({ pathname: '/open', search: `?project=${P}&annotation=a1&token=x` })).toBeNull();
    expect(isOpenRoute({ pathname: '/open' })).toBe(true);
    expect(isOpenRoute({ pathname: '/' })).toBe(false);
  });
});

describe('handing a link to the Glossa tab', () => {
  it('is followed by the listening tab and acknowledged to the sender', async () => {
    const followed: PassageLink[] = [];
    offs.push(listenForHandedLinks((link) => followed.push(link)));
    await new Promise<void>((taken) => offs.push(handOverLink({ projectId: P, annotationId: 'a1' }, taken)));
    expect(followed).toEqual([{ projectId: P, annotationId: 'a1' }]);
  });

  it('ignores a message with ids a link cannot carry', async () => {
    const followed: PassageLink[] = [];
    offs.push(listenForHandedLinks((link) => followed.push(link)));
    const acks: unknown[] = [];
    const sender = new BroadcastChannel('glossa.passage-links');
    sender.onmessage = (e) => acks.push(e.data);
    offs.push(() => sender.close());
    sender.postMessage({ type: 'open', nonce: 'n1', link: { projectId: '../etc', annotationId: 'a1' } });
    // A valid hand-over after it: once that one is acknowledged, the hostile one has been seen.
    await new Promise<void>((taken) => offs.push(handOverLink({ projectId: P, annotationId: 'a2' }, taken)));
    expect(followed).toEqual([{ projectId: P, annotationId: 'a2' }]);
    expect(acks.filter((a) => (a as { nonce?: string }).nonce === 'n1')).toEqual([]);
  });
});
