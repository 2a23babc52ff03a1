// `glossa network` on a real project file (network-project.ts): the edges and the summary in
// English and Russian, --json, GraphML and CSV to stdout and to a file, the year and instrument
// filters, and bad input explained.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeProject } from '../../../../../main/core/project/project-file';
import { runGlossa } from '../../../../helpers/run-glossa';
import { makeNetworkProject, type NetworkProject } from '../../core/network/network-project';

let p: NetworkProject;
let file: string;
beforeEach(() => {
  p = makeNetworkProject();
  file = p.handle.path;
  closeProject(p.handle);
});
afterEach(() => fs.rmSync(p.dir, { recursive: true, force: true }));

describe('glossa network', () => {
  it('lists the partnerships, strongest first, with a summary', async () => {
    const r = await runGlossa(['network', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'EU \u2014 IOM\t2 passages\t1 document',
      'EU \u2014 OSCE\t2 passages\t1 document',
      'IOM \u2014 OSCE\t2 passages\t2 documents',
    ]);
    expect(r.stdout).toContain('5 partnerships · 5 actors · 7 passages with Partner codes.');
    const ru = await runGlossa(['network', file, '--lang', 'ru']);
    expect(ru.stdout).toContain('МОМ \u2014 ОБСЕ\t2 фрагмента\t2 документа');
    expect(ru.stdout).toContain('5 партнёрств · акторов: 5 · фрагментов с кодами партнёров: 7.');
  });

  it('filters by year and instrument; --json gives the graph', async () => {
    const r = await runGlossa(['network', file, '--json', '--year', '2016-', '--instrument', 'Funding']);
    const graph = JSON.parse(r.stdout);
    expect(graph.edges.map((e: { id: string; weight: number }) => [e.id, e.weight])).toEqual([['org:iom|org:osce', 1]]);
  });

  it('writes GraphML and CSV', async () => {
    const g = await runGlossa(['network', file, '--format', 'graphml']);
    expect(g.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
    expect(g.stdout.match(/<edge /g)).toHaveLength(5);
    const csv = await runGlossa(['network', file, '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('source,target,source_label,target_label,kind,weight,documents');
    const out = path.join(p.dir, 'nodes.csv');
    const w = await runGlossa(['network', file, '--format', 'csv-nodes', '-o', out]);
    expect(w.stdout).toBe(`Written: ${out}\n`);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\ufeffid,label,role,organisation,code_id,passages,x,y\r\n/);
    const again = await runGlossa(['network', file, '--format', 'csv-nodes', '-o', out]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('exists; add --force');
  });

  it('explains bad input', async () => {
    const r = await runGlossa(['network', file, '--format', 'gexf']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--format must be graphml, csv, csv-nodes or csv-edges');
    const code = await runGlossa(['network', file, '--instrument', 'No such code']);
    expect(code.code).not.toBe(0);
    expect(code.stderr).toContain('No such code');
  });
});
