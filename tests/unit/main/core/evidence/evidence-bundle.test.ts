import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportJobProgress } from '../../../../../shared/domain/evidence';
import type { BackendContext } from '../../../../../main/core/backend-context';
import { buildEvidenceBundle, filterSummary } from '../../../../../main/core/evidence/evidence-bundle';
import { parseExportStart } from '../../../../../main/core/evidence/evidence-input';
import { createExportJobs } from '../../../../../main/core/evidence/export-jobs';
import { createJobRunner } from '../../../../../main/core/jobs/job-runner';
import { makeEvidenceProject, type EvidenceProject } from './evidence-project';
import { listCodes } from '../../../../../main/db/repositories/codes';

let p: EvidenceProject;
beforeEach(() => {
  p = makeEvidenceProject();
});
afterEach(() => p.close());

describe('evidence bundle', () => {
  it('holds every coding of the whole project with exact quotes, 1-based pages and citations data', () => {
    const b = buildEvidenceBundle(p.db, 'Test project', undefined, new Date('2024-05-01T12:00:00Z'));
    expect(b.rows).toHaveLength(8);
    expect(b.generatedAt).toBe('2024-05-01T12:00:00.000Z');
    expect(b.filterSummary).toBe('');
    const ru = b.rows.find((r) => r.annotationId === p.ann.ruCapacity)!;
    expect(ru.quote).toBe('Ёмкость национальных механизмов — ещё один вопрос.');
    expect(ru.page).toBe(1);
    const cross = b.rows.find((r) => r.annotationId === p.ann.enCross)!;
    expect([cross.page, cross.pageEnd]).toEqual([2, 3]);
    // Whole project: only the codes the report's passages carry (and their ancestors), in tree order.
    expect(b.codes.map((c) => c.path.join('/'))).toEqual([
      'Test Influence', 'Test Influence/Test Funding', 'Test Influence/Test Training', 'Test Партнёрство',
    ]);
    expect(b.memos.map((m) => m.targetType)).toEqual(['project', 'code', 'document']);
    expect(b.memos[1]).toMatchObject({ targetLabel: 'Test Influence > Test Training', body: 'Training memo.' });
  });

  it('lists the whole codebook on request (35 default codes + 4), in the report language', () => {
    const b = buildEvidenceBundle(p.db, 'Test project', undefined, new Date(), { fullCodebook: true, language: 'ru' });
    expect(b.codes.length).toBe(39);
    // The default codebook's codes carry Russian names; the user's codes keep theirs.
    const localized = listCodes(p.db).find((c) => c.text.ru.name && c.text.ru.name !== c.text.en.name)!;
    expect(b.codes.find((c) => c.id === localized.id)!.path.at(-1)).toBe(localized.text.ru.name);
    expect(b.codes.find((c) => c.id === p.codes.training)!.path).toEqual(['Test Influence', 'Test Training']);
    const en = buildEvidenceBundle(p.db, 'Test project', undefined, new Date(), { fullCodebook: true, language: 'en' });
    expect(en.codes.find((c) => c.id === localized.id)!.path.at(-1)).toBe(localized.text.en.name);
  });

  it('writes the selection summary in the report language', () => {
    const filter = { codeIds: [p.codes.training, p.codes.funding], codeMatch: 'all' as const, organisations: ['russia-cis'], countries: ['moldova'], text: 'ёмкость' };
    expect(filterSummary(p.db, filter, 'ru')).toBe(
      'Коды: Test Influence > Test Training, Test Influence > Test Funding (все); Организация: Россия / СНГ; Страна: Молдова; Текст: «ёмкость»',
    );
  });

  it('keeps the selection: only its codings, codes with their ancestors, and its memos', () => {
    const filter = { codeIds: [p.codes.training], organisations: ['russia-cis'] };
    const b = buildEvidenceBundle(p.db, 'Test project', filter);
    expect(b.rows.map((r) => r.annotationId)).toEqual([p.ann.ruCapacity]);
    expect(b.codes.map((c) => c.path.join('/'))).toEqual(['Test Influence', 'Test Influence/Test Training']);
    expect(b.codes[1].definition).toBe('Test Training definition');
    expect(b.memos.map((m) => m.body)).toEqual(['Project memo: why these reports.', 'Training memo.', 'Memo on the CIS report.']);
    expect(b.filterSummary).toBe('Codes: Test Influence > Test Training; Organisation: Russia / CIS');
    expect(filterSummary(p.db, { yearFrom: 2015, yearTo: 2020, text: 'ёмкость', codeIds: [p.codes.funding, p.codes.training], codeMatch: 'all', includeSubcodes: true }))
      .toBe('Codes: Test Influence > Test Funding, Test Influence > Test Training (all, with sub-codes); Years: 2015\u20132020; Text: \u201cёмкость\u201d');
  });
});

describe('export jobs', () => {
  const runner = createJobRunner();
  afterAll(() => runner.close());
  function context(events: ExportJobProgress[]): BackendContext {
    return {
      project: () => p.handle,
      requireProject: () => p.handle,
      setProject: () => undefined,
      emit: (name, payload) => {
        if (name === 'export.progress') events.push(payload as ExportJobProgress);
      },
      userDataDir: p.dir,
      host: 'web',
      jobs: runner,
    };
  }
  const finished = (events: ExportJobProgress[], jobId: string) =>
    new Promise<ExportJobProgress>((resolve) => {
      const poll = () => {
        const end = events.find((e) => e.jobId === jobId && e.finished);
        if (end) resolve(end);
        else setTimeout(poll, 10);
      };
      poll();
    });

  it('takes the dialog\'s title, report language and full codebook through export.start', async () => {
    const events: ExportJobProgress[] = [];
    const jobs = createExportJobs(context(events));
    const target = path.join(p.dir, 'annex.md');
    const input = parseExportStart({ format: 'md', path: target, options: { title: '  Annex C  ', language: 'ru', fullCodebook: true } });
    expect(input.options).toEqual({ title: 'Annex C', language: 'ru', fullCodebook: true });
    expect(parseExportStart({ format: 'md', options: { title: '' } }).options).toEqual({});
    expect(() => parseExportStart({ format: 'md', options: { title: 'x'.repeat(301) } })).toThrow(/too long/);
    const { jobId } = jobs.start(input);
    expect((await finished(events, jobId)).error).toBeUndefined();
    const md = fs.readFileSync(target, 'utf8');
    expect(md.startsWith('# Annex C\n')).toBe(true);
    expect(md).toContain('## Кодовая книга');
    expect(md).toContain('Вся кодовая книга проекта.');
    // The default codebook (35 codes) is listed, in Russian, though no passage carries its codes.
    expect(md.match(/^### /gm)!.length).toBeGreaterThan(35);
  });

  it('writes a file through a temporary sibling and reports progress up to 1', async () => {
    const events: ExportJobProgress[] = [];
    const jobs = createExportJobs(context(events));
    const target = path.join(p.dir, 'out.csv');
    const { jobId } = jobs.start({ format: 'csv', path: target });
    const end = await finished(events, jobId);
    expect(end).toMatchObject({ fraction: 1, path: target, rowCount: 8, format: 'csv' });
    expect(end.error).toBeUndefined();
    expect(fs.readFileSync(target, 'utf8')).toContain('Ёмкость национальных механизмов');
    expect(fs.readdirSync(p.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('keeps the bytes of a web export for one export.result call', async () => {
    const events: ExportJobProgress[] = [];
    const jobs = createExportJobs(context(events));
    const { jobId } = jobs.start({ format: 'jsonld', filter: { documentIds: [p.docs.ru] } });
    const end = await finished(events, jobId);
    expect(end.path).toBeNull();
    const doc = JSON.parse(new TextDecoder().decode(jobs.result(jobId))) as { items?: unknown[] };
    expect(JSON.stringify(doc)).toContain('Партнёрство государства и НКО укрепилось.');
    expect(() => jobs.result(jobId)).toThrow(/no longer available/);
  });

  it('cancels a running export: a cancelled event, no result, no file', async () => {
    const events: ExportJobProgress[] = [];
    const jobs = createExportJobs(context(events));
    const target = path.join(p.dir, 'out.pdf');
    const { jobId } = jobs.start({ format: 'pdf', path: target });
    jobs.cancel(jobId);
    const end = await finished(events, jobId);
    expect(end.error?.code).toBe('export.cancelled');
    expect(fs.existsSync(target)).toBe(false);
    expect(jobs.running()).toBe(0);
  });
});
