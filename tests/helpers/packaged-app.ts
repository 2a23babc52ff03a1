// Packs the built app with the real electron-builder and electron-builder.yml (`--dir`: the
// unpacked app, no installer) and reads the result as the packaged app sees it: files inside
// resources/app.asar (readable by the main process' fs only), files unpacked next to it and
// extraResources (real files). Electron's binary cannot be downloaded here, so the Electron
// distribution electron-builder copies is a stand-in folder with a placeholder executable:
// what is checked is the layout around it, which does not depend on the binary.
// Native modules are not rebuilt for Electron (npmRebuild off), so their Node build is packed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  size?: number;
  offset?: string;
  unpacked?: boolean;
  link?: string;
}

export interface PackagedApp {
  /** <out>/linux-unpacked/resources */
  resources: string;
  /** <resources>/app.asar: the path the app's own __dirname starts with. */
  asarPath: string;
  /** Every file in the archive (relative, '/'-separated) -> whether it is unpacked. */
  asarFiles: Map<string, boolean>;
  /** True when the main process can read the file (a real file, or one inside app.asar). */
  mainCanRead(file: string): boolean;
  /** True when the path is a real file on disk (what worker threads and dlopen need). */
  isRealFile(file: string): boolean;
  /** The text of a file inside app.asar (packed or unpacked). */
  readAsarText(rel: string): string;
}

/** Runs electron-builder --dir for Linux into outDir; rejects with its output on failure. */
export async function packageApp(outDir: string): Promise<PackagedApp> {
  const electronDist = path.join(outDir, 'electron-stand-in');
  fs.mkdirSync(electronDist, { recursive: true });
  fs.writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary" >&2\nexit 1\n', { mode: 0o755 });
  fs.writeFileSync(path.join(electronDist, 'LICENSE'), '');
  const builder = path.join(repoRoot, 'node_modules', 'electron-builder', 'cli.js');
  const args = [builder, '--dir', '--linux', '--x64', `-c.electronDist=${electronDist}`, '-c.npmRebuild=false', `-c.directories.output=${path.join(outDir, 'release')}`];
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, args, { cwd: repoRoot, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`electron-builder failed: ${err.message}\n${stdout}\n${stderr}`)) : resolve(),
    );
  });
  const resources = path.join(outDir, 'release', 'linux-unpacked', 'resources');
  return readPackagedApp(resources);
}

export function readPackagedApp(resources: string): PackagedApp {
  const asarPath = path.join(resources, 'app.asar');
  const { header, dataStart } = readAsarHeader(asarPath);
  const asarFiles = new Map<string, boolean>();
  const entries = new Map<string, AsarEntry>();
  const walk = (entry: AsarEntry, prefix: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const rel = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, rel);
      else {
        asarFiles.set(rel, Boolean(child.unpacked));
        entries.set(rel, child);
      }
    }
  };
  walk(header, '');
  const dirs = new Set<string>();
  for (const rel of asarFiles.keys()) for (let d = path.posix.dirname(rel); d !== '.'; d = path.posix.dirname(d)) dirs.add(d);

  const insideAsar = (file: string): string | null => {
    const rel = path.relative(asarPath, file);
    return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep).join('/');
  };
  const isRealFile = (file: string) => insideAsar(file) === null && fs.existsSync(file) && fs.statSync(file).isFile();
  return {
    resources,
    asarPath,
    asarFiles,
    isRealFile,
    mainCanRead(file) {
      const rel = insideAsar(file);
      if (rel === null) return fs.existsSync(file);
      return rel === '' || asarFiles.has(rel) || dirs.has(rel);
    },
    readAsarText(rel) {
      const entry = entries.get(rel);
      if (!entry) throw new Error(`${rel} is not in app.asar`);
      if (entry.unpacked) return fs.readFileSync(path.join(`${asarPath}.unpacked`, rel), 'utf8');
      const buf = Buffer.alloc(entry.size ?? 0);
      const fd = fs.openSync(asarPath, 'r');
      try {
        fs.readSync(fd, buf, 0, buf.length, dataStart + Number(entry.offset));
      } finally {
        fs.closeSync(fd);
      }
      return buf.toString('utf8');
    },
  };
}

/**
 * The asar header: a Chromium pickle — uint32 4, uint32 header size, then the header pickle
 * (uint32 payload size, uint32 JSON length, JSON). File data starts after the header.
 */
function readAsarHeader(file: string): { header: AsarEntry; dataStart: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    const headerSize = head.readUInt32LE(4);
    const jsonLength = head.readUInt32LE(12);
    const json = Buffer.alloc(jsonLength);
    fs.readSync(fd, json, 0, jsonLength, 16);
    return { header: JSON.parse(json.toString('utf8')) as AsarEntry, dataStart: 8 + headerSize };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Node's package lookup (node_modules folders walking up) over what the main process sees:
 * the folder of package `name` required from `fromDir`, or null.
 */
export function resolvePackageDir(app: PackagedApp, fromDir: string, name: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (app.mainCanRead(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir || path.basename(dir) === 'resources') return null;
    dir = parent;
  }
}

/** Packages required (transitively, by package.json dependencies) that the packaged app cannot find. */
export function missingDependencies(app: PackagedApp, fromDir: string, names: string[]): string[] {
  const missing: string[] = [];
  const seen = new Set<string>();
  const visit = (from: string, name: string, chain: string) => {
    const dir = resolvePackageDir(app, from, name);
    if (!dir) {
      missing.push(chain ? `${name} (needed by ${chain})` : name);
      return;
    }
    if (seen.has(dir)) return;
    seen.add(dir);
    const pkg = JSON.parse(readForMain(app, path.join(dir, 'package.json'))) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dir, dep, name);
  };
  for (const name of names) visit(fromDir, name, '');
  return missing;
}

function readForMain(app: PackagedApp, file: string): string {
  const rel = path.relative(app.asarPath, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return fs.readFileSync(file, 'utf8');
  return app.readAsarText(rel.split(path.sep).join('/'));
}
