// The sharing subcommands in-process (same dispatcher as the `glossa` binary): send, merge
// (--json), agreement (--coders by name, table and --json), qdpx export / import, and a
// refused hostile file (exit code 1 with the message).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/command-registry';
import { runCli } from '../../../../main/cli/run-cli';
import { createAnnotation } from '../../../../main/core/coding/annotations';
import { closeProject, createProject } from '../../../../main/core/project/project-file';
import { openReceivedProject } from '../../../../main/core/share/send-project';
import { withTrigger } from '../../../fixtures/hostile/hostile-projects';
import { addDocument, ALICE, BORIS } from '../core/coding/coding-fixture';

let tmp: string;
const TEXT = 'Trafficking in persons remains a serious crime across the region.';

async function glossa(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (l) => void (stdout += l + '\n'), err: (t) => void (stderr += t), stdoutTty: false, stderrTty: false };
  const code = await runCli(args.map((a) => (/\.(glossa|qdpx)$/.test(a) ? path.join(tmp, a) : a)), io);
  return { code, stdout, stderr };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glossa-cli-share-'));
  process.env.GLOSSA_DATA_DIR = path.join(tmp, 'data');
  const h = createProject(path.join(tmp, 'alice.glossa'));
  const doc = addDocument(h.db, 'Report', [TEXT]);
  const code = (h.db.prepare('SELECT id FROM codes ORDER BY id LIMIT 1').get() as { id: string }).id;
  createAnnotation(h.db, ALICE, { documentId: doc, kind: 'text', color: null, comment: '', codeIds: [code], targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: TEXT.slice(0, 20), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 20 } }] });
  closeProject(h);
});
afterAll(() => {
  delete process.env.GLOSSA_DATA_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('glossa send / merge / agreement / qdpx', () => {
  it('sends, merges a colleague\'s coding back, and reports agreement', async () => {
    expect((await glossa('send', 'alice.glossa', 'boris.glossa')).code).toBe(0);
    const b = openReceivedProject(path.join(tmp, 'boris.glossa'));
    const doc = (b.db.prepare('SELECT id FROM documents').get() as { id: string }).id;
    const code = (b.db.prepare('SELECT id FROM codes ORDER BY id LIMIT 1').get() as { id: string }).id;
    createAnnotation(b.db, BORIS, { documentId: doc, kind: 'text', color: null, comment: '', codeIds: [code], targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: TEXT.slice(10, 30), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10, end: 30 } }] });
    closeProject(b);

    const merged = await glossa('merge', 'alice.glossa', 'boris.glossa', '--json');
    expect(merged.code).toBe(0);
    const summary = JSON.parse(merged.stdout);
    expect(summary.added.annotations).toBe(1);
    expect(summary.conflicts).toBe(0);

    const table = await glossa('agreement', 'alice.glossa', '--coders', 'Alice,Борис');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Overall\s+Alice \/ Борис/);
    expect(table.stdout).toMatch(/disagreeing passages:\n  .+ p\. 1 \[/);
    const json = JSON.parse((await glossa('agreement', 'alice.glossa', '--coders', 'Alice,Борис', '--json')).stdout);
    expect(json.codes[0].pairs[0]).toMatchObject({ both: 10, onlyA: 10, onlyB: 10 });
    expect((await glossa('agreement', 'alice.glossa', '--coders', 'Alice')).code).toBe(2);
  });

  it('exports and imports .qdpx; refuses a project file with a trigger', async () => {
    // Stand-in PDF bytes cannot be opened by pdf.js: the import reports that source as a warning.
    const exp = await glossa('qdpx', 'export', 'alice.glossa', 'out.qdpx');
    expect(exp.code).toBe(0);
    expect(exp.stdout).toMatch(/1 sources/);
    const imp = await glossa('qdpx', 'import', 'out.qdpx', 'imported.glossa');
    expect(imp.code).toBe(0);
    expect(imp.stdout).toMatch(/Not imported/);
    withTrigger(path.join(tmp, 'evil.glossa'));
    const refused = await glossa('merge', 'alice.glossa', 'evil.glossa');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/triggers/);
  });
});

describe('glossa send --independent / agreement --round', () => {
  it('sends a copy without highlights and computes on the independent codings only', async () => {
    expect((await glossa('send', 'alice.glossa', 'x.glossa', '--keep', 'Alice')).code).toBe(2);
    expect((await glossa('send', 'alice.glossa', 'x.glossa', '--independent', '--keep', 'Nobody')).stderr).toMatch(/No coder "Nobody"/);
    const sent = await glossa('send', 'alice.glossa', 'ind.glossa', '--independent');
    expect(sent.code).toBe(0);
    expect(sent.stdout).toMatch(/Independent-coding round .+: the copy carries no highlights/);
    const b = openReceivedProject(path.join(tmp, 'ind.glossa'));
    // Alice's highlight and Boris's earlier one (merged above) stay behind.
    expect(b.db.prepare('SELECT COUNT(*) AS n FROM annotations').get()).toEqual({ n: 0 });
    const doc = (b.db.prepare('SELECT id FROM documents').get() as { id: string }).id;
    const code = (b.db.prepare('SELECT id FROM codes ORDER BY id LIMIT 1').get() as { id: string }).id;
    createAnnotation(b.db, BORIS, { documentId: doc, kind: 'text', color: null, comment: '', codeIds: [code], targets: [{ pageIndex: 0, rects: [], quote: { type: 'TextQuoteSelector', exact: TEXT.slice(30, 50), prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 30, end: 50 } }] });
    closeProject(b);
    expect((await glossa('merge', 'alice.glossa', 'ind.glossa')).code).toBe(0);

    const text = await glossa('agreement', 'alice.glossa', '--coders', 'Alice,Борис', '--round', 'latest');
    expect(text.stdout).toMatch(/Computed on 1 documents coded independently by Alice and Борис\./);
    const json = JSON.parse((await glossa('agreement', 'alice.glossa', '--coders', 'Alice,Борис', '--round', 'latest', '--json')).stdout);
    // Alice [0, 20) from before the round; Boris [30, 50) in the copy; his [10, 30) from the plain send is not compared.
    expect(json.overall.pairs[0]).toMatchObject({ both: 0, onlyA: 20, onlyB: 20 });
    expect(json.independent.documents).toBe(1);
    expect((await glossa('agreement', 'alice.glossa', '--coders', 'Alice,Борис', '--round', 'nope')).code).not.toBe(0);
  });
});
