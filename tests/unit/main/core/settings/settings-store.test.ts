// settings.json: defaults, persistence across instances, the recent list (newest first,
// de-duplicated, at most 10), tolerance of damaged files, and atomic writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT, SettingsStore, settingsPath, writeFileAtomic } from '../../../../../main/core/settings/settings-store';
import { defaultUserDataDir } from '../../../../../main/core/settings/default-data-dir';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-settings-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('SettingsStore', () => {
  it('starts from defaults without creating a file, and persists changes', () => {
    const store = new SettingsStore(dir);
    expect(store.getSettings()).toEqual({ language: 'system' });
    expect(store.listRecent()).toEqual([]);
    expect(store.getWindowState()).toBeNull();
    expect(fs.existsSync(settingsPath(dir))).toBe(false);

    store.setSettings({ language: 'ru' });
    store.setWindowState({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    const reopened = new SettingsStore(dir);
    expect(reopened.getSettings()).toEqual({ language: 'ru' });
    expect(reopened.getWindowState()).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });

  it('keeps recent projects newest first, without duplicates, at most 10, and says which still exist', () => {
    const store = new SettingsStore(dir);
    const existing = path.join(dir, 'real.glossa');
    fs.writeFileSync(existing, '');
    for (let i = 0; i < 12; i++) store.touchRecent(path.join(dir, `p${i}.glossa`), `P${i}`, new Date(Date.UTC(2024, 0, 1 + i)));
    store.touchRecent(existing, 'Real', new Date(Date.UTC(2024, 1, 1)));
    store.touchRecent(path.join(dir, 'p11.glossa'), 'P11 again', new Date(Date.UTC(2024, 1, 2)));

    const recent = new SettingsStore(dir).listRecent();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]).toEqual({ path: path.join(dir, 'p11.glossa'), name: 'P11 again', openedAt: '2024-02-02T00:00:00.000Z', exists: false });
    expect(recent[1]).toMatchObject({ path: existing, name: 'Real', exists: true });
    expect(recent.filter((r) => r.path.endsWith('p11.glossa'))).toHaveLength(1);
    expect(recent.some((r) => r.path.endsWith('p0.glossa'))).toBe(false);

    store.removeRecent(existing);
    expect(store.listRecent().some((r) => r.path === existing)).toBe(false);
  });

  it('falls back to defaults for a damaged or hand-edited file, keeping what is valid', () => {
    fs.writeFileSync(settingsPath(dir), '{ not json');
    expect(new SettingsStore(dir).getSettings()).toEqual({ language: 'system' });

    fs.writeFileSync(
      settingsPath(dir),
      JSON.stringify({
        settings: { language: 'klingon' },
        recent: [{ path: '/a.glossa', name: 'A', openedAt: '2024-01-01T00:00:00.000Z' }, { path: 5 }, null],
        window: { width: 'wide' },
      }),
    );
    const store = new SettingsStore(dir);
    expect(store.getSettings()).toEqual({ language: 'system' });
    expect(store.listRecent().map((r) => r.path)).toEqual(['/a.glossa']);
    expect(store.getWindowState()).toBeNull();
    expect(store.setSettings({ language: 'bogus' as never })).toEqual({ language: 'system' });
  });

  it('writes atomically: no temp files left, the old content intact when the rename fails', () => {
    const file = path.join(dir, 'nested', 'settings.json');
    writeFileAtomic(file, '{"a":1}');
    writeFileAtomic(file, '{"a":2}');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']);

    // A directory in the way makes rename fail: the temp file is removed, nothing half-written.
    const blocked = path.join(dir, 'blocked');
    fs.mkdirSync(path.join(blocked, 'settings.json', 'child'), { recursive: true });
    expect(() => writeFileAtomic(path.join(blocked, 'settings.json'), 'x')).toThrow();
    expect(fs.readdirSync(blocked)).toEqual(['settings.json']);
  });
});

describe('the citation choice', () => {
  it('persists the style and locale of "Copy with citation", and drops unknown ones from a hand-edited file', () => {
    const store = new SettingsStore(dir);
    store.setSettings({ citationStyle: 'gost-r-7-0-5-2008-author-date', citationLocale: 'ru' });
    expect(new SettingsStore(dir).getSettings()).toEqual({ language: 'system', citationStyle: 'gost-r-7-0-5-2008-author-date', citationLocale: 'ru' });
    fs.writeFileSync(settingsPath(dir), JSON.stringify({ settings: { language: 'en', citationStyle: 'mla', citationLocale: 'de' } }));
    expect(new SettingsStore(dir).getSettings()).toEqual({ language: 'en' });
  });
});

describe('defaultUserDataDir', () => {
  it('matches the folders Electron uses for productName Glossa', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/x/config' }, 'linux')).toBe(path.join('/x/config', 'Glossa'));
    expect(defaultUserDataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32')).toBe(path.join('C:/Users/a/AppData/Roaming', 'Glossa'));
    expect(defaultUserDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'Glossa'));
  });
});
