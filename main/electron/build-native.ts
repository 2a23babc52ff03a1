// `npm start` runs this before launching Electron: copies node_modules/better-sqlite3 to
// .electron-native/better-sqlite3 and rebuilds it for the installed Electron's ABI there
// (Electron 39's NODE_MODULE_VERSION differs from Node 20's 115), leaving node_modules' Node
// build for tests, the CLI and the web host. Skips when the binding for this Electron version
// is already there. Needs the network (Electron headers or a prebuilt binary): on a machine
// without it, it stops with a clear message and a non-zero exit instead of failing later.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { electronBindingPath, electronModuleDir } from './native-binding-path';

const ROOT = path.resolve(__dirname, '..', '..');
const VERSION_MARK = '.electron-version';

function fail(message: string): never {
  console.error(`\nbuild-native: ${message}\n`);
  process.exit(1);
}

function electronVersion(): string {
  const pkgFile = path.join(ROOT, 'node_modules', 'electron', 'package.json');
  if (!fs.existsSync(pkgFile)) fail('Electron is not installed (node_modules/electron missing). Run `npm install`.');
  return JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version as string;
}

function electronBinaryMissing(): string | null {
  try {
    // electron/index.js throws "Electron failed to install correctly" without its binary.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bin = require(path.join(ROOT, 'node_modules', 'electron')) as string;
    return fs.existsSync(bin) ? null : `the Electron binary is missing at ${bin}`;
  } catch (err) {
    return (err as Error).message.split('\n')[0];
  }
}

function run(cmd: string, args: string[], cwd: string): boolean {
  console.error(`build-native: ${path.basename(cmd)} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cmd, ...args], { cwd, stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function main(): void {
  const version = electronVersion();
  const dest = electronModuleDir(ROOT);
  const binding = electronBindingPath(ROOT);
  const mark = path.join(dest, VERSION_MARK);
  if (fs.existsSync(binding) && fs.existsSync(mark) && fs.readFileSync(mark, 'utf8').trim() === version) {
    console.error(`build-native: better-sqlite3 for Electron ${version} is ready (${path.relative(ROOT, binding)})`);
    return;
  }
  const missing = electronBinaryMissing();
  if (missing) {
    fail(
      `cannot prepare the desktop app: ${missing}.\n` +
        `Electron's binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1 or no network).\n` +
        `Run \`npm install\` with network access to get it, or use the browser host: \`npm run web\`.`,
    );
  }

  const src = path.join(ROOT, 'node_modules', 'better-sqlite3');
  if (!fs.existsSync(src)) fail('node_modules/better-sqlite3 is missing. Run `npm install`.');
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  // The sources without the Node build: the rebuild must not pick up the wrong ABI's objects.
  fs.cpSync(src, dest, { recursive: true, filter: (f) => !f.startsWith(path.join(src, 'build')) });

  const arch = process.arch;
  const prebuild = path.join(ROOT, 'node_modules', 'prebuild-install', 'bin.js');
  const nodeGyp = path.join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  // A prebuilt binary for Electron is fastest (seconds); compiling needs a C++ toolchain (~1 min).
  const ok =
    (fs.existsSync(prebuild) && run(prebuild, ['--runtime=electron', `--target=${version}`, `--arch=${arch}`], dest)) ||
    (fs.existsSync(nodeGyp) &&
      run(nodeGyp, ['rebuild', '--release', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'], dest));
  if (!ok || !fs.existsSync(binding)) {
    fail(
      `could not build better-sqlite3 for Electron ${version}: neither a prebuilt binary nor the Electron headers ` +
        `could be fetched (network needed), or no C++ toolchain is installed.\n` +
        `Tests, the CLI and \`npm run web\` do not need this step.`,
    );
  }
  fs.writeFileSync(mark, version + '\n');
  console.error(`build-native: built ${path.relative(ROOT, binding)} for Electron ${version}`);
}

main();
