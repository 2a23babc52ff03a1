// app.* and settings.* and shell.openExternal: per-installation state and host facts.
import pkg from '../../../package.json';
import type { Handlers } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain/project';
import type { BackendContext } from '../backend-context';
import type { HostServices } from './host-services';
import { asObject, asVoid, badInput, str } from './input-checks';
import { CITATION_STYLES, isCitationLocale, isCitationStyle } from '../../../shared/csl/citation-styles';

const LANGUAGES: ReadonlyArray<Settings['language']> = ['system', 'en', 'ru'];

/** Only links a browser should open; javascript:, file: and app-internal schemes never leave the app. */
const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export function appHandlers(ctx: BackendContext, host: HostServices) {
  return {
    'app.info': (input) => {
      asVoid(input);
      return {
        host: ctx.host,
        version: pkg.version,
        systemLocale: host.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale,
        platform: process.platform,
      };
    },

    'settings.get': (input) => {
      asVoid(input);
      return host.settings.getSettings();
    },

    'settings.set': (input) => {
      const obj = asObject(input);
      const patch: Partial<Settings> = {};
      for (const key of Object.keys(obj)) {
        if (key !== 'language' && key !== 'citationStyle' && key !== 'citationLocale') throw badInput(`unknown setting "${key}"`);
      }
      if (obj.citationStyle !== undefined) {
        if (!isCitationStyle(obj.citationStyle)) throw badInput(`"citationStyle" must be one of ${CITATION_STYLES.join(', ')}`);
        patch.citationStyle = obj.citationStyle;
      }
      if (obj.citationLocale !== undefined) {
        if (!isCitationLocale(obj.citationLocale)) throw badInput('"citationLocale" must be en or ru');
        patch.citationLocale = obj.citationLocale;
      }
      if (obj.language !== undefined) {
        if (!LANGUAGES.includes(obj.language as Settings['language'])) {
          throw badInput(`"language" must be one of ${LANGUAGES.join(', ')}`);
        }
        patch.language = obj.language as Settings['language'];
      }
      return host.settings.setSettings(patch);
    },

    'shell.openExternal': async (input) => {
      const url = str(asObject(input), 'url', { max: 8192 });
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw badInput('"url" is not a valid URL');
      }
      if (!EXTERNAL_SCHEMES.has(parsed.protocol)) throw badInput(`links of type ${parsed.protocol} are not opened`);
      // No host opener (web host, CLI): the renderer falls back to its own confirmation + link.
      if (!host.openExternal) return { opened: false };
      return { opened: await host.openExternal(parsed.toString()) };
    },
  } satisfies Partial<Handlers>;
}
