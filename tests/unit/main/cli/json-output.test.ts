// `--json` is for scripts (issue 9): every JSON command's output parses, its strings carry no
// control characters (search snippets give match offsets instead of \u0002/\u0003 markers,
// which jq prints raw), and `annotations --json` tells where each target is: page, position
// in the page text and rectangles in PDF points.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/command-registry';
import { runCli } from '../../../../main/cli/run-cli';
import { snippetWithMatches } from '../../../../main/cli/commands/search';
import { createAnnotation } from '../../../../main/core/coding/annotations';
import { closeProject, createProject } from '../../../../main/core/project/project-file';
import { addDocument, ALICE } from '../core/coding/coding-fixture';

let tmp: string;
let file: string;
const PAGES = ['Trafficking in persons remains a serious crime.\fA page feed', 'The national referral mechanism identified victims.'];

async function json(...args: string[]): Promise<unknown> {
  let stdout = '';
  const io: CliIo = { out: (l) => void (stdout += l + '\n'), err: () => undefined, stdoutTty: false, stderrTty: false };
  expect(await runCli(args, io)).toBe(0);
  return JSON.parse(stdout);
}

/** Every string in a parsed JSON value (keys included). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-json-'));
  process.env.GLOSSA_DATA_DIR = path.join(tmp, 'data');
  file = path.join(tmp, 'p.glossa');
  const h = createProject(file);
  const doc = addDocument(h.db, 'Report', PAGES);
  const code = (h.db.prepare('SELECT id FROM codes ORDER BY id LIMIT 1').get() as { id: string }).id;
  const quote = (page: number, start: number, end: number) => ({ type: 'TextQuoteSelector' as const, exact: PAGES[page].slice(start, end), prefix: '', suffix: '' });
  createAnnotation(h.db, ALICE, {
    documentId: doc,
    kind: 'text',
    color: null,
    comment: 'crosses a page break',
    codeIds: [code],
    targets: [
      { pageIndex: 0, rects: [{ x1: 72, y1: 700.5, x2: 300, y2: 712 }], quote: quote(0, 33, 47), position: { type: 'TextPositionSelector', start: 33, end: 47 } },
      { pageIndex: 1, rects: [{ x1: 72, y1: 760, x2: 120.25, y2: 772 }, { x1: 72, y1: 748, x2: 90, y2: 760 }], quote: quote(1, 0, 12), position: { type: 'TextPositionSelector', start: 0, end: 12 } },
    ],
  });
  closeProject(h);
});
afterAll(() => {
  delete process.env.GLOSSA_DATA_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('glossa --json', () => {
  it('search gives plain snippets with code-point match offsets', async () => {
    const result = (await json('search', file, 'referral', '--json')) as { hits: Array<{ snippet: string; matches: Array<{ start: number; end: number }>; page: number }> };
    expect(result.hits).toHaveLength(1);
    const [hit] = result.hits;
    expect(hit.page).toBe(2);
    expect(hit.matches).toHaveLength(1);
    expect([...hit.snippet].slice(hit.matches[0].start, hit.matches[0].end).join('')).toBe('referral');
  });

  it('snippetWithMatches counts code points and drops the markers', () => {
    expect(snippetWithMatches('Торговля \u0002людьми\u0003 и \u0002𝔸\u0003b')).toEqual({
      text: 'Торговля людьми и 𝔸b',
      matches: [{ start: 9, end: 15 }, { start: 18, end: 19 }],
    });
    expect(snippetWithMatches('a\fb\u0000').text).toBe('a b ');
  });

  it('annotations gives each target its page, position and rectangles', async () => {
    const [a] = (await json('annotations', file, '--json')) as Array<{ pages: number[]; targets: unknown[] }>;
    expect(a.pages).toEqual([1, 2]);
    expect(a.targets).toEqual([
      { page: 1, position: { start: 33, end: 47 }, rects: [{ x1: 72, y1: 700.5, x2: 300, y2: 712 }], quote: 'serious crime.' },
      { page: 2, position: { start: 0, end: 12 }, rects: [{ x1: 72, y1: 760, x2: 120.25, y2: 772 }, { x1: 72, y1: 748, x2: 90, y2: 760 }], quote: 'The national' },
    ]);
  });

  it('no JSON command prints a control character inside a string', async () => {
    const outputs = [
      await json('list', file, '--json'),
      await json('info', file, '--json'),
      await json('codes', file, '--json'),
      await json('search', file, 'page', '--json'),
      await json('search', file, 'trafficking OR national', '--json'),
      await json('annotations', file, '--json'),
    ];
    for (const s of outputs.flatMap(strings)) expect(s).not.toMatch(/[\u0000-\u001f\u007f]/);
  });
});
