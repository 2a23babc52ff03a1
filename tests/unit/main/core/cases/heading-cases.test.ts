// Cases from headings, for a PDF without an outline: headings told from body text by size and
// weight (pure), then read from a generated report whose structure is only in its type
// (tests/fixtures/tip-outline-report.ts makeTipHeadingsReport), planned, made and undone; and a
// case made by hand from a page range.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeProject } from '../../../../../main/core/project/project-file';
import { runGlossa } from '../../../../helpers/run-glossa';
import { createCasesFromOutline, createManualCase, planFromOutline } from '../../../../../main/core/cases/case-actions';
import { bodySize, defaultHeadingLevel, detectHeadings, type HeadingLine } from '../../../../../main/core/cases/heading-cases';
import { undo } from '../../../../../main/core/coding/undo-stack';
import { listCases } from '../../../../../main/db/repositories/cases';
import { TIP_CHAPTERS, TIP_PAGE_COUNT, makeTipHeadingsReport } from '../../../../fixtures/tip-outline-report';
import { addDocument, tempProject, type TempProject } from '../../../../helpers/temp-project';
import { ANNA } from './tip-project';

const line = (pageIndex: number, text: string, size = 11, bold = false): HeadingLine => ({ pageIndex, text, size, bold });
const SENTENCE = 'The government made efforts to prevent trafficking and protect its victims.';

describe('headings from the layout (pure)', () => {
  it('takes the body size from the most characters, the smaller on a tie', () => {
    expect(bodySize([line(0, 'Big title', 20), line(0, SENTENCE), line(0, SENTENCE)])).toBe(11);
    expect(bodySize([line(0, 'abcd', 12), line(0, 'abcd', 10)])).toBe(10);
    expect(bodySize([])).toBe(0);
  });

  it('finds short lines set 10 % larger or bold, levels by style, largest first', () => {
    const lines = [
      line(0, 'Country narratives', 20, true),
      line(0, 'ALBANIA: Tier 2', 15, true),
      line(0, SENTENCE),
      line(0, 'Prosecution', 11, true),
      line(0, SENTENCE),
      line(1, 'Slightly larger', 12.5),
      line(1, 'Only 5 % larger', 11.5),
      line(1, SENTENCE),
      line(2, `${SENTENCE} ${SENTENCE}`, 15, true),
      line(2, '2026', 15, true),
      line(2, SENTENCE),
    ];
    expect(detectHeadings(lines)).toEqual([
      { title: 'Country narratives', level: 0, pageIndex: 0 },
      { title: 'ALBANIA: Tier 2', level: 1, pageIndex: 0 },
      { title: 'Prosecution', level: 3, pageIndex: 0 },
      { title: 'Slightly larger', level: 2, pageIndex: 1 },
    ]);
  });

  it('joins a heading wrapped onto the next line of the same style and page', () => {
    const lines = [line(0, 'BOSNIA AND', 15, true), line(0, 'HERZEGOVINA: Tier 2', 15, true), line(0, SENTENCE), line(1, 'CHAD: Tier 3', 15, true), line(1, SENTENCE)];
    expect(detectHeadings(lines).map((h) => h.title)).toEqual(['BOSNIA AND HERZEGOVINA: Tier 2', 'CHAD: Tier 3']);
  });

  it('leaves out a running header: the same text heading three or more pages', () => {
    const lines = [0, 1, 2].flatMap((p) => [line(p, 'TIP REPORT 2026', 14, true), line(p, `Chapter ${p + 1}`, 18, true), line(p, SENTENCE)]);
    expect(detectHeadings(lines).map((h) => h.title)).toEqual(['Chapter 1', 'Chapter 2', 'Chapter 3']);
  });

  it('defaults to the level whose headings name the most countries, else the fullest', () => {
    const entries = [
      { title: 'Introduction', level: 0, pageIndex: 0 },
      { title: 'Methods', level: 0, pageIndex: 1 },
      { title: 'Findings', level: 0, pageIndex: 2 },
      { title: 'MOLDOVA: Tier 2', level: 1, pageIndex: 3 },
      { title: 'UKRAINE: Tier 2', level: 1, pageIndex: 4 },
    ];
    expect(defaultHeadingLevel(entries)).toBe(1);
    expect(defaultHeadingLevel(entries.slice(0, 3).concat([{ title: 'Annex', level: 1, pageIndex: 5 }]))).toBe(0);
  });
});

describe('cases from the headings of a PDF without an outline', () => {
  let p: TempProject;
  let docId: string;
  beforeEach(async () => {
    p = tempProject('glossa-heading-cases-');
    const pages = Array.from({ length: TIP_PAGE_COUNT }, (_, i) => `Page ${i + 1}`);
    docId = addDocument(p.db, pages, { title: 'No bookmarks', fileName: 'tip-no-outline.pdf' }, await makeTipHeadingsReport()).id;
  });
  afterEach(() => p.close());

  it('has no outline, so the outline offers nothing', async () => {
    await expect(planFromOutline(p.db, docId)).rejects.toMatchObject({ code: 'case.noOutline' });
  });

  it('reads the headings by size and weight and plans one case per country heading', async () => {
    const plan = await planFromOutline(p.db, docId, undefined, 'headings');
    expect(plan.source).toBe('headings');
    // 24 pt cover title, 20 pt chapters, 15 pt countries, "Sources" bold at the 11 pt body size;
    // the 9 pt running header is no heading.
    expect(plan.levels).toEqual([1, 3, 4, 1]);
    expect(plan.level).toBe(2);
    expect(plan.cases).toEqual(TIP_CHAPTERS.map((ch) => ({ name: ch.title, firstPage: ch.firstPage, lastPage: ch.lastPage, country: ch.country })));
    const chapters = await planFromOutline(p.db, docId, 1, 'headings');
    expect(chapters.cases.map((c) => [c.name, c.firstPage, c.lastPage])).toEqual([
      ['Introduction', 1, 1],
      ['Country narratives', 2, 11],
      ['Annex: methodology', 12, 12],
    ]);
  });

  it('makes the cases in one undoable action', async () => {
    const made = (await createCasesFromOutline(p.db, ANNA, docId, undefined, 'headings')).result;
    expect(made.map((c) => c.country)).toEqual(['moldova', 'ukraine', 'georgia', 'azerbaijan']);
    expect(listCases(p.db)).toHaveLength(4);
    undo(p.db, ANNA);
    expect(listCases(p.db)).toHaveLength(0);
  });

  it('makes a case from a page range, its country from its name unless given', () => {
    const c = createManualCase(p.db, ANNA, { documentId: docId, name: 'Georgia (annex)', firstPage: 12, lastPage: 12 }).result;
    expect(c).toMatchObject({ name: 'Georgia (annex)', country: 'georgia', segments: [{ documentId: docId, firstPage: 12, lastPage: 12 }] });
    expect(createManualCase(p.db, ANNA, { documentId: docId, name: 'Regional', firstPage: 0, lastPage: 1, country: '' }).result.country).toBe('');
    expect(() => createManualCase(p.db, ANNA, { documentId: docId, name: 'Too far', firstPage: 3, lastPage: TIP_PAGE_COUNT })).toThrow(/page the document does not have/);
    expect(() => createManualCase(p.db, ANNA, { documentId: docId, name: 'Backwards', firstPage: 5, lastPage: 4 })).toThrow(/ends on or after/);
    expect(listCases(p.db).map((c) => c.name)).toEqual(['Georgia (annex)', 'Regional']);
  });
});

describe('glossa cases from-outline --headings, cases add', () => {
  it('makes the country cases from the headings and a case from a page range', async () => {
    const p = tempProject('glossa-heading-cli-');
    try {
      const pages = Array.from({ length: TIP_PAGE_COUNT }, (_, i) => `Page ${i + 1}`);
      const docId = addDocument(p.db, pages, { title: 'No bookmarks' }, await makeTipHeadingsReport()).id;
      closeProject(p.handle);
      const file = p.handle.path;
      const noOutline = await runGlossa(['cases', 'from-outline', file, '--doc', docId]);
      expect(noOutline.code).not.toBe(0);
      const made = await runGlossa(['cases', 'from-outline', file, '--doc', docId, '--headings', '--lang', 'ru']);
      expect(made.stderr).toBe('');
      expect(made.stdout).toContain('MOLDOVA: Tier 2\tМолдова\tp. 3–5');
      const added = JSON.parse((await runGlossa(['cases', 'add', file, '--doc', docId, '--name', 'Annex', '--pages', '13', '--json'])).stdout);
      expect(added.segments).toMatchObject([{ firstPage: 12, lastPage: 12 }]);
      const bad = await runGlossa(['cases', 'add', file, '--doc', docId, '--name', 'Annex', '--pages', 'three']);
      expect(bad.code).not.toBe(0);
      const list = JSON.parse((await runGlossa(['cases', 'list', file, '--json'])).stdout);
      expect(list.map((c: { name: string }) => c.name)).toEqual([...TIP_CHAPTERS.map((ch) => ch.title), 'Annex']);
    } finally {
      fs.rmSync(p.dir, { recursive: true, force: true });
    }
  });
});
