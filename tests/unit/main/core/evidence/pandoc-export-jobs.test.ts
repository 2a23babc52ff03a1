// export.start for a Pandoc Markdown export writes two files: the report and, beside it under
// the same base name, the bibliography its metadata names; the finishing event names both.
// The web host (no path) keeps both for export.result, the bibliography as part 'companion'.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJobProgress } from '../../../../../shared/domain/evidence';
import type { BackendContext } from '../../../../../main/core/backend-context';
import { parseExportStart } from '../../../../../main/core/evidence/evidence-input';
import { createExportJobs } from '../../../../../main/core/evidence/export-jobs';
import { createJobRunner } from '../../../../../main/core/jobs/job-runner';
import { makeEvidenceProject, type EvidenceProject } from './evidence-project';

let p: EvidenceProject;
beforeEach(() => {
  p = makeEvidenceProject();
});
afterEach(() => p.close());

describe('Pandoc export jobs', () => {
  const runner = createJobRunner();
  afterAll(() => runner.close());
  const events: ExportJobProgress[] = [];
  const context = (host: 'web' | 'electron'): BackendContext => ({
    project: () => p.handle,
    requireProject: () => p.handle,
    setProject: () => undefined,
    emit: (name, payload) => {
      if (name === 'export.progress') events.push(payload as ExportJobProgress);
    },
    userDataDir: p.dir,
    host,
    jobs: runner,
  });
  const finished = (jobId: string) =>
    new Promise<ExportJobProgress>((resolve) => {
      const poll = () => {
        const end = events.find((e) => e.jobId === jobId && e.finished);
        if (end) resolve(end);
        else setTimeout(poll, 10);
      };
      poll();
    });

  it('writes report.md and report.bib side by side, the report naming the bibliography', async () => {
    const jobs = createExportJobs(context('electron'));
    const target = path.join(p.dir, 'report.md');
    const { jobId } = jobs.start(parseExportStart({ format: 'md', path: target, options: { pandoc: true, bibliography: 'bibtex' } }));
    const end = await finished(jobId);
    expect(end.error).toBeUndefined();
    const bibPath = path.join(p.dir, 'report.bib');
    expect(end).toMatchObject({ path: target, companionPath: bibPath, companionFileName: 'report.bib' });
    const md = fs.readFileSync(target, 'utf8');
    expect(md.startsWith('---\nbibliography: "report.bib"\n')).toBe(true);
    const keys = [...md.matchAll(/\[@([^,\]]+), /g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(0);
    const bib = fs.readFileSync(bibPath, 'utf8');
    for (const key of new Set(keys)) expect(bib).toContain(`{${key},\n`);
    expect(fs.readdirSync(p.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('keeps both files of a web export: the report, then the bibliography as part "companion"', async () => {
    const jobs = createExportJobs(context('web'));
    const { jobId } = jobs.start(parseExportStart({ format: 'md', options: { pandoc: true } }));
    const end = await finished(jobId);
    expect(end.path).toBeNull();
    expect(end.companionPath).toBeNull();
    expect(end.companionFileName).toMatch(/^glossa-evidence-\d{4}-\d{2}-\d{2}\.json$/);
    const md = new TextDecoder().decode(jobs.result(jobId));
    expect(md).toContain(`bibliography: "${end.companionFileName}"`);
    const items = JSON.parse(new TextDecoder().decode(jobs.result(jobId, 'companion'))) as Array<{ id: string }>;
    for (const item of items) expect(md).toContain(`[@${item.id}, `);
    expect(() => jobs.result(jobId, 'companion')).toThrow(/no longer available/);
    expect(() => jobs.result(jobId)).toThrow(/no longer available/);
  });

  it('refuses a bibliography format it does not write', () => {
    expect(() => parseExportStart({ format: 'md', options: { pandoc: true, bibliography: 'ris' } })).toThrow(/csl-json or bibtex/);
  });
});
