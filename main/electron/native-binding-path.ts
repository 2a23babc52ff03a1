// Where build-native.ts puts better-sqlite3 rebuilt for Electron's ABI (node_modules keeps the
// Node build for tests, the CLI and the web host). Shared by the builder and Electron's main.
import path from 'node:path';

export const ELECTRON_NATIVE_DIR = '.electron-native';

export function electronModuleDir(appRoot: string): string {
  return path.join(appRoot, ELECTRON_NATIVE_DIR, 'better-sqlite3');
}

export function electronBindingPath(appRoot: string): string {
  return path.join(electronModuleDir(appRoot), 'build', 'Release', 'better_sqlite3.node');
}
