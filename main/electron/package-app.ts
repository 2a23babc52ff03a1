// `npm run dist`: runs electron-builder (arguments passed on) and then puts back the Node
// build of better-sqlite3's binding. electron-builder's npmRebuild rebuilds native modules for
// Electron's ABI inside the project's own node_modules, which left tests, the CLI and the web
// host failing with "compiled against a different Node.js version" after a packaging run.
// The binding's bytes are kept in memory (~2 MB) and restored whether packaging worked or not.
// electron-builder's rebuild (@electron/rebuild) needs Node 22.12 or newer.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '..', '..');

/** The native files npmRebuild overwrites in node_modules. */
export const NODE_BUILD_FILES = [path.join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')];

/** Runs `run`, then writes back each file's bytes as they were before (also when it throws). */
export function withFilesPreserved<T>(files: string[], run: () => T): T {
  const saved = files.filter((f) => fs.existsSync(f)).map((f) => ({ file: f, bytes: fs.readFileSync(f) }));
  try {
    return run();
  } finally {
    for (const { file, bytes } of saved) {
      if (!fs.existsSync(file) || !fs.readFileSync(file).equals(bytes)) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, bytes);
      }
    }
  }
}

function main(): void {
  const builder = path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
  const status = withFilesPreserved(
    NODE_BUILD_FILES.map((f) => path.join(ROOT, f)),
    () => spawnSync(process.execPath, [builder, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' }).status,
  );
  console.error('package-app: node_modules keeps the Node build of better-sqlite3 (tests, CLI and web host).');
  process.exit(status ?? 1);
}

if (require.main === module) main();
