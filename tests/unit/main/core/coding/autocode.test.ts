// Auto-coding over stored page texts: words (whole words, prefixes, ё/е and case folded),
// phrases across line breaks, guarded regular expressions, sentence and paragraph extension,
// Cyrillic text, skip-already-coded, and the whole run as one undoable action.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AutocodeApplyInput } from '../../../../../shared/domain/autocode';
import { applyAutocode, previewAutocode } from '../../../../../main/core/coding/autocode';
import { listCodesWithCounts } from '../../../../../main/core/coding/codes';
import { redo, undo } from '../../../../../main/core/coding/undo-stack';
import { extendRange, paragraphBoundaries, sentenceBoundaries } from '../../../../../main/core/coding/text-extend';
import { listAnnotations } from '../../../../../main/db/repositories/annotations';
import { addDocument, ALICE, BORIS, snapshot } from './coding-fixture';
import { tempProject, type TempProject } from '../../../../helpers/temp-project';

const EN_PAGE =
  'The EU commissioned a study on trafficking in Moldova. The U.S. Department of State ranks countries\n' +
  'in tiers. Trafficking-related training was delivered by IOM.\n' +
  '\n' +
  'A second paragraph mentions human\ntrafficking once more.';
const RU_PAGE =
  'Европейский союз финансировал исследование о торговле людьми. МОМ провела обучение.\n' +
  'Ещё одно предложение о Торговле людьми в Молдове.';

let p: TempProject;
let en: string;
let ru: string;
let codeId: string;
beforeEach(() => {
  p = tempProject();
  en = addDocument(p.db, 'EN', [EN_PAGE, 'Nothing here.']);
  ru = addDocument(p.db, 'RU', [RU_PAGE]);
  codeId = listCodesWithCounts(p.db).find((c) => c.text.en.name === 'Knowledge production')!.id;
});
afterEach(() => p.close());

const applyAs = async (coder: typeof ALICE, req: AutocodeApplyInput) => applyAutocode(p.db, coder, req, await previewAutocode(p.db, req, coder.id));
const apply = (req: AutocodeApplyInput) => applyAs(ALICE, req);
const preview = (query: string, mode: 'words' | 'phrase' | 'regex', extend: 'none' | 'sentence' | 'paragraph' = 'none', documentIds?: string[]) =>
  previewAutocode(p.db, { query, mode, extend, codeId, documentIds }, ALICE.id);

describe('autocode preview', () => {
  it('words: whole words, case-insensitive, prefix with *', async () => {
    const hits = (await preview('trafficking', 'words', 'none', [en])).hits;
    // "Trafficking-related" counts (hyphen separates words); "trafficking" after a line break too.
    expect(hits.map((h) => h.quote.exact)).toEqual(['trafficking', 'Trafficking', 'trafficking']);
    expect(hits[0]).toMatchObject({ pageIndex: 0, start: 31, end: 42, alreadyCoded: false });
    expect(hits[0].quote.prefix).toBe('The EU commissioned a study on '.slice(-32));
    expect(hits[0].quote.suffix).toBe(' in Moldova. The U.S. Department');
    expect((await preview('stud* IOM', 'words')).hits.map((h) => h.quote.exact)).toEqual(['study', 'IOM']);
    expect((await preview('traffic', 'words')).hits).toEqual([]);
  });

  it('phrase: words in order across a line break', async () => {
    const hits = (await preview('human trafficking', 'phrase')).hits;
    expect(hits.map((h) => h.quote.exact)).toEqual(['human\ntrafficking']);
  });

  it('Cyrillic words with ё/е and case folded', async () => {
    const hits = (await preview('торговле ещё', 'words')).hits;
    expect(hits.map((h) => [h.documentId === ru, h.quote.exact])).toEqual([
      [true, 'торговле'],
      [true, 'Ещё'],
      [true, 'Торговле'],
    ]);
    expect((await preview('торговле людьми', 'phrase')).hits).toHaveLength(2);
  });

  it('sentence extension: the whole sentence, abbreviations kept, hits in one sentence merged', async () => {
    const hits = (await preview('Department tiers', 'words', 'sentence', [en])).hits;
    expect(hits.map((h) => h.quote.exact)).toEqual(['The U.S. Department of State ranks countries\nin tiers.']);
    const ruHits = (await preview('обучение', 'words', 'sentence')).hits;
    expect(ruHits.map((h) => h.quote.exact)).toEqual(['МОМ провела обучение.']);
    expect(ruHits[0].start).toBe(RU_PAGE.indexOf('МОМ'));
  });

  it('paragraph extension stops at a blank line', async () => {
    const hits = (await preview('IOM', 'words', 'paragraph')).hits;
    expect(hits[0].quote.exact).toBe(EN_PAGE.slice(0, EN_PAGE.indexOf('\n\n')));
    const b = paragraphBoundaries(EN_PAGE);
    const i = EN_PAGE.indexOf('human');
    expect(EN_PAGE.slice(...extendRange(EN_PAGE, b, i, i + 5, 'paragraph'))).toBe('A second paragraph mentions human\ntrafficking once more.');
    expect(sentenceBoundaries('One. Two.')).toEqual([4, 9]);
  });

  it('regex: valid patterns match; empty-matching, invalid and catastrophic ones are refused', async () => {
    expect((await preview('traffick\\w+', 'regex')).hits.map((h) => h.quote.exact)).toEqual(['trafficking', 'Trafficking', 'trafficking']);
    expect((await preview('торгов\\p{L}+', 'regex')).hits).toHaveLength(2);
    await expect(preview('a*', 'regex')).rejects.toThrow(/empty/);
    await expect(preview('(?:x|)', 'regex')).rejects.toThrow(/empty/);
    await expect(preview('(unclosed', 'regex')).rejects.toThrow(/valid regular expression/);
    const slow = addDocument(p.db, 'slow', ['a'.repeat(40) + '!']);
    await expect(preview('(a+)+$', 'regex', 'none', [slow])).rejects.toThrow(/too long/);
  });

  it('offsets are code points when the page holds astral characters', async () => {
    const doc = addDocument(p.db, 'emoji', ['\u{1F600} trafficking']);
    const [hit] = (await preview('trafficking', 'words', 'none', [doc])).hits;
    expect(hit).toMatchObject({ start: 2, end: 13 });
    expect(hit.quote.prefix).toBe('\u{1F600} ');
  });
});

describe('autocode apply', () => {
  it('creates one highlight per hit as ONE undoable action, skipping hits already coded', async () => {
    const before = snapshot(p.db);
    const r = await apply({ query: 'торговле trafficking', mode: 'words', extend: 'sentence', codeId });
    expect(r.result).toEqual({ created: 5, skipped: 0 });
    const after = snapshot(p.db);
    const made = listAnnotations(p.db, { codeIds: [codeId] });
    expect(made).toHaveLength(5);
    expect(made[0].targets[0]).toMatchObject({ rects: [], quote: { type: 'TextQuoteSelector' }, position: { type: 'TextPositionSelector' } });
    expect(made.every((a) => a.codeIds.length === 1 && a.coderId === ALICE.id)).toBe(true);
    // A second run adds nothing and the preview says why.
    expect((await preview('торговле trafficking', 'words', 'sentence')).hits.every((h) => h.alreadyCoded)).toBe(true);
    expect((await apply({ query: 'торговле trafficking', mode: 'words', extend: 'sentence', codeId })).result).toEqual({ created: 0, skipped: 5 });
    expect(undo(p.db, ALICE).label).toBe('Auto-code "торговле trafficking"');
    expect(snapshot(p.db)).toEqual(before);
    redo(p.db, ALICE);
    expect(snapshot(p.db)).toEqual(after);
  });

  it("skips only the same coder's codings: a colleague codes the passages again as their own", async () => {
    const req = { query: 'торговле trafficking', mode: 'words', extend: 'sentence', codeId } as const;
    await applyAs(ALICE, req);
    // For Boris nothing is coded yet: his preview and his run are his own, hit for hit.
    expect((await previewAutocode(p.db, req, BORIS.id)).hits.some((h) => h.alreadyCoded)).toBe(false);
    expect((await applyAs(BORIS, req)).result).toEqual({ created: 5, skipped: 0 });
    const made = listAnnotations(p.db, { codeIds: [codeId] });
    expect(made.filter((a) => a.coderId === ALICE.id)).toHaveLength(5);
    expect(made.filter((a) => a.coderId === BORIS.id)).toHaveLength(5);
    // And each coder's second run adds nothing.
    expect((await applyAs(BORIS, req)).result).toEqual({ created: 0, skipped: 5 });
    expect((await applyAs(ALICE, req)).result).toEqual({ created: 0, skipped: 5 });
  });

  it('leaves out unticked hits', async () => {
    const hits = (await preview('IOM', 'words')).hits;
    const r = await apply({ query: 'IOM', mode: 'words', extend: 'none', codeId, excludeKeys: [hits[0].key] });
    expect(r.result).toEqual({ created: 0, skipped: 1 });
  });
});
