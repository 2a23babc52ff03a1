// `glossa query` on a real project file: the passages a query finds (text and --json), the
// count in both languages, and a mistake in the query explained in the user's language.
import fs from 'node:fs';
import { closeProject } from '../../../../main/core/project/project-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../../main/core/coding/annotations';
import { BORIS, EN_PAGES, makeEvidenceProject, target, type EvidenceProject } from '../core/evidence/evidence-project';
import { runGlossa } from '../../../helpers/run-glossa';

let p: EvidenceProject;
let boris: string;
let file: string;
beforeEach(() => {
  p = makeEvidenceProject();
  boris = createAnnotation(p.db, BORIS, {
    documentId: p.docs.en, kind: 'text', targets: [target(EN_PAGES, 0, 'Referral Mechanism” for victims.')], color: null, comment: '', codeIds: [p.codes.partnership],
  }).result.id;
  file = p.handle.path;
  closeProject(p.handle);
});
afterEach(() => fs.rmSync(p.dir, { recursive: true, force: true }));

describe('glossa query', () => {
  it('lists the passages a query finds', async () => {
    const r = await runGlossa(['query', file, '"Test Партнёрство" OVERLAPS "Test Funding"']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 passage found.');
    expect(r.stdout).toContain('OSCE Annual Report, p. 1 [Test Партнёрство]');
    expect(r.stdout).toContain('\u201cReferral Mechanism\u201d for victims.\u201d');
  });

  it('--json gives every passage with its ids', async () => {
    const r = await runGlossa(['query', file, '"Test Training" OR "Test Funding" OVERLAPS "Test Партнёрство"', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(4);
    expect(out.passages.map((x: { annotationId: string }) => x.annotationId).sort()).toEqual([p.ann.enFunding, p.ann.enTraining, p.ann.ruCapacity, p.ann.iomBoth].sort());
    expect(out.passages.find((x: { annotationId: string }) => x.annotationId === p.ann.iomBoth).codes).toEqual(['Test Influence/Test Training', 'Test Партнёрство']);
    expect(boris).toBeTruthy();
  });

  it('speaks Russian with --lang ru, mistakes included', async () => {
    const ok = await runGlossa(['query', file, '"Test Training"', '--lang', 'ru']);
    expect(ok.stdout).toContain('Найдено 3 фрагмента.');
    const bad = await runGlossa(['query', file, '"Capacity" OVERLAPS', '--lang', 'ru']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^glossa query: Запрос не удалось разобрать/);
    const unknown = await runGlossa(['query', file, '"Capacity building"', '--lang', 'ru']);
    expect(unknown.stderr).toBe('glossa query: В кодовой книге нет кода «Capacity building».\n');
  });
});
