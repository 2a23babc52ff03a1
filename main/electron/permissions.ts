// Which web permissions the window gets: none, except writing to the clipboard from the app's
// own page ("Copy with citation" uses navigator.clipboard.writeText, which Chromium checks as
// 'clipboard-sanitized-write'). Reading the clipboard, media, notifications, geolocation…
// stay denied, and so does everything for any other origin (a PDF link never navigates us,
// but the rule does not rely on that).
import { isAppOrigin } from './app-origin';

const ALLOWED_FOR_APP = new Set(['clipboard-sanitized-write']);

/** `origin`: the requesting origin or URL Electron passes to the check / request handler. */
export function isPermissionAllowed(permission: string, origin: string | undefined | null): boolean {
  return ALLOWED_FOR_APP.has(permission) && isAppOrigin(origin);
}
