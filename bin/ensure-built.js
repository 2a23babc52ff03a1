// Builds dist/ only when it is older than its sources, and quietly: `npm run cli` and
// `npm run web` call this so their stdout carries only their own output (JSON, the URL
// line) and a second run starts at once (a full build costs ~10 s on 2 cores). Sources are
// main/, shared/, assets/ and the build configs (+ renderer/ for the web host's page). On a
// failed build the captured build output is printed to stderr and the process exits 1.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');

const TARGETS = {
  main: {
    output: 'dist/main/cli.js',
    sources: ['main', 'shared', 'assets', 'esbuild.config.ts', 'package.json', 'package-lock.json'],
    command: ['node_modules/tsx/dist/cli.mjs', 'esbuild.config.ts', '--quiet'],
  },
  renderer: {
    output: 'dist/renderer/index.html',
    sources: ['renderer', 'shared', 'package.json', 'package-lock.json'],
    command: ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'],
  },
};

/** The newest modification time (ms) under the given paths; 0 when none exists. */
function newestMtime(root, rels) {
  let newest = 0;
  const visit = (file) => {
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(file)) if (name !== 'node_modules') visit(path.join(file, name));
    } else if (stat.mtimeMs > newest) newest = stat.mtimeMs;
  };
  for (const rel of rels) visit(path.join(root, rel));
  return newest;
}

/** True when the target's output is missing or older than one of its sources. */
function isStale(target, root = ROOT) {
  const spec = TARGETS[target];
  let built;
  try {
    built = fs.statSync(path.join(root, spec.output)).mtimeMs;
  } catch {
    return true;
  }
  return newestMtime(root, spec.sources) > built;
}

/** Builds each stale target; returns the targets built. Sources absent (an installed package): nothing to do. */
function ensureBuilt(targets, { root = ROOT, log = (line) => process.stderr.write(line + '\n') } = {}) {
  if (!fs.existsSync(path.join(root, 'main'))) return [];
  const built = [];
  for (const target of targets) {
    if (!isStale(target, root)) continue;
    log(`glossa: building ${target === 'main' ? 'the backend' : 'the interface'} (sources changed)…`);
    const spec = TARGETS[target];
    const r = spawnSync(process.execPath, spec.command, { cwd: root, encoding: 'utf8', env: process.env });
    if (r.status !== 0) {
      process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) + '\n' : ''}glossa: the ${target} build failed.\n`);
      process.exit(1);
    }
    // Touch the output: a build that leaves it byte-identical may keep an old mtime.
    const now = new Date();
    fs.utimesSync(path.join(root, spec.output), now, now);
    built.push(target);
  }
  return built;
}

module.exports = { ensureBuilt, isStale, newestMtime, TARGETS };
