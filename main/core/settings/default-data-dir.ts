// The per-user folder for settings.json when no host says otherwise (web host, CLI). It is the
// folder Electron's app.getPath('userData') picks for productName "Glossa", so the desktop app
// and `npm run web` share the language, recent projects and window state.
import os from 'node:os';
import path from 'node:path';

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Glossa');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Glossa');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Glossa');
}
