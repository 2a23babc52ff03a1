// Finding the Zotero data directory: GLOSSA_ZOTERO_DATA_DIR first, then the data directory a
// Zotero profile's prefs.js names (only with useDataDir true; Windows paths escaped as in
// prefs.js), then ~/Zotero; the first with zotero.sqlite is chosen. Profile folders per OS.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDirFromPrefs, locateZotero, profileRoots } from '../../../../../main/core/zotero/zotero-data-dir';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-zotero-home-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

const withDb = (dir: string) => {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'zotero.sqlite'), '');
  return dir;
};

describe('the Zotero data directory', () => {
  it('reads extensions.zotero.dataDir only when useDataDir is true', () => {
    expect(dataDirFromPrefs('user_pref("extensions.zotero.dataDir", "/srv/zotero");\nuser_pref("extensions.zotero.useDataDir", true);')).toBe('/srv/zotero');
    expect(dataDirFromPrefs('user_pref("extensions.zotero.dataDir", "/srv/zotero");\nuser_pref("extensions.zotero.useDataDir", false);')).toBeNull();
    expect(dataDirFromPrefs('user_pref("extensions.zotero.useDataDir", true);\nuser_pref("extensions.zotero.dataDir", "C:\\\\Users\\\\anna\\\\Zotero Data");')).toBe('C:\\Users\\anna\\Zotero Data');
    expect(dataDirFromPrefs('user_pref("browser.startup.page", 3);')).toBeNull();
  });

  it('looks in each OS\'s profile folder', () => {
    expect(profileRoots({ home: '/home/a', platform: 'linux' })).toEqual(['/home/a/.zotero/zotero']);
    expect(profileRoots({ home: '/Users/a', platform: 'darwin' })).toEqual(['/Users/a/Library/Application Support/Zotero/Profiles']);
    expect(profileRoots({ home: 'C:\\Users\\a', platform: 'win32', appData: 'C:\\Users\\a\\AppData\\Roaming' })[0]).toContain(path.join('Zotero', 'Zotero', 'Profiles'));
  });

  it('prefers the override, then the profile\'s directory, then ~/Zotero, choosing the first with a database', () => {
    const moved = withDb(path.join(home, 'elsewhere', 'ZoteroData'));
    const profile = path.join(home, '.zotero', 'zotero', 'abcd1234.default');
    fs.mkdirSync(profile, { recursive: true });
    fs.writeFileSync(path.join(profile, 'prefs.js'), `user_pref("extensions.zotero.dataDir", ${JSON.stringify(moved)});\nuser_pref("extensions.zotero.useDataDir", true);\n`);
    withDb(path.join(home, 'Zotero'));
    const found = locateZotero({ home, platform: 'linux', override: path.join(home, 'missing') });
    expect(found.candidates.map((c) => [c.origin, c.path, c.hasDatabase])).toEqual([
      ['env', path.join(home, 'missing'), false],
      ['prefs', moved, true],
      ['default', path.join(home, 'Zotero'), true],
    ]);
    expect(found.dataDir).toBe(moved);
    expect(locateZotero({ home: path.join(home, 'nobody'), platform: 'linux' }).dataDir).toBeNull();
  });
});
