// The origin of the app's own page (app://glossa), in a module free of Electron's runtime so
// the IPC guard, the permission policy and their tests can use it without the binary.
export const APP_SCHEME = 'app';
export const APP_HOST = 'glossa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True for app://glossa itself and any page under it (not app://glossa.evil). */
export function isAppOrigin(urlOrOrigin: string | undefined | null): boolean {
  return urlOrOrigin === APP_ORIGIN || (urlOrOrigin ?? '').startsWith(`${APP_ORIGIN}/`);
}
