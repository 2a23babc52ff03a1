// The layering rules of style.md, checked on every run (the linter's job, done with a test so
// it runs wherever `npm test` does): shared/ imports nothing from electron, Node or the DOM;
// renderer/ never imports main/; only the two pdf.js adapters import pdfjs-dist; SQL stays in
// main/db/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const specs: string[] = [];
  const re = /(?:^|\s)(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3]);
  return specs;
}

function resolvesInto(file: string, spec: string, dir: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = path.relative(root, path.resolve(root, path.dirname(file), spec));
  return target === dir || target.startsWith(dir + path.sep);
}

describe('import boundaries', () => {
  it('shared/ imports nothing from electron, node or the DOM layer', () => {
    const bad = sourceFiles('shared').flatMap((f) =>
      importsOf(f)
        .filter((s) => s === 'electron' || s.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'react', 'react-dom'].includes(s) || resolvesInto(f, s, 'main') || resolvesInto(f, s, 'renderer'))
        .map((s) => `${f} -> ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('renderer/ never imports main/ or Node modules', () => {
    // The Vite config and its pdf.js asset plugin run in Node at build time, not in the page.
    const buildTime = new Set([path.join('renderer', 'vite.config.ts'), path.join('renderer', 'pdf', 'vite-pdfjs-assets.ts')]);
    const bad = sourceFiles('renderer').filter((f) => !buildTime.has(f)).flatMap((f) =>
      importsOf(f)
        .filter((s) => resolvesInto(f, s, 'main') || s.startsWith('node:') || s === 'electron' || s === 'better-sqlite3')
        .map((s) => `${f} -> ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('only the two pdf.js adapters (and the Node extraction worker) import pdfjs-dist at run time', () => {
    const allowed = new Set([
      path.join('renderer', 'pdf', 'pdf-adapter.ts'),
      path.join('main', 'pdf', 'pdfjs-node.ts'),
    ]);
    const users = [...sourceFiles('renderer'), ...sourceFiles('main'), ...sourceFiles('shared')].filter((f) => {
      const text = fs.readFileSync(path.join(root, f), 'utf8');
      // Type-only imports vanish at build time and are fine anywhere in main/pdf.
      return importsOf(f).some((s) => s.startsWith('pdfjs-dist') && !new RegExp(`import type[^;]*['"]${s.replace(/[/.]/g, '\\$&')}['"]`).test(text) && !s.includes('?url'));
    });
    expect(users.filter((f) => !allowed.has(f))).toEqual([]);
  });

  it('SQL statements live in main/db/ only', () => {
    const sql = /\b(db|database)\s*\.\s*(prepare|exec)\s*\(/;
    const bad = [...sourceFiles('main'), ...sourceFiles('shared'), ...sourceFiles('renderer')].filter(
      (f) => !f.startsWith(path.join('main', 'db') + path.sep) && sql.test(fs.readFileSync(path.join(root, f), 'utf8')),
    );
    expect(bad).toEqual([]);
  });
});
