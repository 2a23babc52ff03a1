// Where passage links come into the running app: the desktop host's 'links.follow' event (a
// glossa:// link from the OS), and in the browser the /open route this page was loaded at and
// links handed over by tabs without the token. Returns the unsubscribe functions.
import { onEvent, transportKind } from '../../api';
import { followPassageLink } from './follow-link';
import { t } from '../../i18n/i18n';
import { notify } from '../shell/dialogs-store';
import { isOpenRoute, leaveOpenRoute, listenForHandedLinks, passageLinkFromLocation } from './web-open-route';

export function linkRoutes(): Array<() => void> {
  if (transportKind() === 'electron') return [onEvent('links.follow', (link) => void followPassageLink(link))];
  if (isOpenRoute(window.location)) {
    const link = passageLinkFromLocation(window.location);
    leaveOpenRoute();
    if (link) void followPassageLink(link);
    else notify('error', t('links.badLink'));
  }
  return [listenForHandedLinks((handed) => void followPassageLink(handed))];
}
