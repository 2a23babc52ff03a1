// Checks the two message catalogues hold the same keys, the plural forms each language needs,
// the same {params}, and that every key the renderer's code asks for exists — including every
// error code, vocabulary value and import state the UI builds keys from.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/i18n/en.json';
import ru from '../../../../renderer/i18n/ru.json';
import { hasKey, isPluralObject } from '../../../../renderer/i18n/i18n';
import { COUNTRIES, DOCUMENT_TYPES, LANGUAGES, ORGANISATIONS } from '../../../../shared/domain/vocabulary';
import { ERROR_CODES } from '../../../../shared/errors';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
type Node = string | { [k: string]: Node };

/** Leaf key -> message (string) or plural object. */
function leaves(node: Node, prefix = '', out = new Map<string, Node>()): Map<string, Node> {
  if (typeof node === 'string' || isPluralObject(node)) {
    out.set(prefix, node);
    return out;
  }
  for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

function paramsOf(message: Node): string[] {
  const text = typeof message === 'string' ? message : Object.values(message).join(' ');
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const enLeaves = leaves(en as Node);
const ruLeaves = leaves(ru as Node);

describe('i18n catalogues', () => {
  it('en.json and ru.json have exactly the same keys', () => {
    const missingInRu = [...enLeaves.keys()].filter((k) => !ruLeaves.has(k));
    const missingInEn = [...ruLeaves.keys()].filter((k) => !enLeaves.has(k));
    expect({ missingInRu, missingInEn }).toEqual({ missingInRu: [], missingInEn: [] });
  });

  it('never uses dotted keys inside the files (nested format)', () => {
    const dotted = [...enLeaves.keys(), ...ruLeaves.keys()].filter((k) => k.split('.').some((p) => p === ''));
    expect(dotted).toEqual([]);
    const raw = (node: Node): string[] =>
      typeof node === 'string' ? [] : Object.entries(node).flatMap(([k, v]) => (k.includes('.') ? [k] : raw(v)));
    expect([...raw(en as Node), ...raw(ru as Node)]).toEqual([]);
  });

  it('plural messages have the forms each language needs, in both files', () => {
    const problems: string[] = [];
    for (const [key, msg] of enLeaves) {
      const ruMsg = ruLeaves.get(key);
      if (isPluralObject(msg) !== isPluralObject(ruMsg)) problems.push(`${key}: plural in one file only`);
      if (isPluralObject(msg) && !(msg.one && msg.other)) problems.push(`${key}: en needs one/other`);
      if (isPluralObject(ruMsg) && !['one', 'few', 'many', 'other'].every((c) => ruMsg[c])) {
        problems.push(`${key}: ru needs one/few/many/other`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('each message uses the same {params} in both languages', () => {
    const diffs = [...enLeaves]
      .filter(([k, v]) => ruLeaves.has(k) && paramsOf(v).join() !== paramsOf(ruLeaves.get(k)!).join())
      .map(([k]) => k);
    expect(diffs).toEqual([]);
  });

  it('no message is empty', () => {
    const empty = [...enLeaves, ...ruLeaves].filter(([, v]) => (typeof v === 'string' ? v : Object.values(v).join('')).trim() === '');
    expect(empty.map(([k]) => k)).toEqual([]);
  });
});

describe('keys used by the renderer exist', () => {
  it('every literal key passed to t() under renderer/ exists', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(path.join(repoRoot, 'renderer'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*(['"])([\w.-]+)\1/g)) {
        if (!hasKey(m[2], 'en') || !ruLeaves.has(m[2])) missing.push(`${path.relative(repoRoot, file)}: ${m[2]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every error code in shared/errors.ts has errors.<code>', () => {
    const codes = [...ERROR_CODES];
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.filter((c) => !enLeaves.has(`errors.${c}`))).toEqual([]);
  });

  it('every vocabulary value has a label', () => {
    const keys = [
      ...ORGANISATIONS.map((id) => `vocab.organisation.${id}`),
      ...COUNTRIES.map((id) => `vocab.country.${id}`),
      ...DOCUMENT_TYPES.map((id) => `vocab.docType.${id}`),
      ...LANGUAGES.map((id) => `vocab.language.${id}`),
    ];
    expect(keys.filter((k) => !enLeaves.has(k))).toEqual([]);
  });

  it('keys built from values (import states, dialog kinds, columns, hosts, filters) exist', () => {
    const built = [
      ...['queued', 'parsing', 'saving', 'done', 'duplicate', 'failed', 'cancelled'].map((s) => `import.state.${s}`),
      ...['new', 'open', 'saveAs'].flatMap((k) => [`pathDialog.title.${k}`, `pathDialog.ok.${k}`, `pathDialog.hint.${k}`]),
      ...['title', 'organisation', 'countries', 'year', 'docType', 'language', 'pageCount', 'importedAt'].map((k) => `library.col.${k}`),
      ...['electron', 'web'].map((h) => `settings.host.${h}`),
      ...['organisations', 'countries', 'docTypes', 'languages'].map((k) => `filters.${k}`),
    ];
    expect(built.filter((k) => !enLeaves.has(k))).toEqual([]);
  });
});
