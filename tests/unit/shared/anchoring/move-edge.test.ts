// Moving a highlight's edges and re-targeting it, on the page texts pdf.js extracts from the
// generated English and Russian reports (exactly as at import): each move yields selectors
// that hold their quote at their position, as a fresh selection would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { extractPageText, openPdf } from '../../../../main/pdf/pdfjs-node';
import { positionHoldsQuote } from '../../../../shared/anchoring/anchor';
import { createTargets } from '../../../../shared/anchoring/create-selectors';
import { moveEdge, retarget, setEdge, stepOffset } from '../../../../shared/anchoring/move-edge';
import type { AnnotationTarget } from '../../../../shared/domain/annotation';
import { EN_SENTENCES, makeEnglishReport, makeRussianReport, RU_SENTENCES } from '../../../fixtures/pdf-fixtures';

let en: string[] = [];
let ru: string[] = [];
const docs: PDFDocumentProxy[] = [];

async function texts(bytes: Uint8Array): Promise<string[]> {
  const doc = await openPdf(bytes);
  docs.push(doc);
  const out: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) out.push(await extractPageText(doc, p));
  return out;
}

beforeAll(async () => {
  en = await texts(await makeEnglishReport());
  ru = await texts(await makeRussianReport());
});
afterAll(async () => {
  for (const d of docs) await d.destroy();
});

function targetsOf(pages: string[], pageIndex: number, phrase: string): AnnotationTarget[] {
  const start = pages[pageIndex].indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" not on page ${pageIndex}`);
  return createTargets(pages, pageIndex, start, pageIndex, start + phrase.length);
}

const quote = (ts: AnnotationTarget[] | null) => ts?.map((t) => t.quote?.exact).join(' | ');

function holds(ts: AnnotationTarget[] | null, pages: string[]) {
  expect(ts).not.toBeNull();
  for (const t of ts!) {
    expect(positionHoldsQuote(t, pages)).toBe(true);
    expect(t.rects).toEqual([]); // measured again by the renderer
  }
}

describe('moveEdge on extracted report text', () => {
  it('extends and shrinks the end by a character and by a word', () => {
    // EN_SENTENCES[1]: 'The national referral mechanism identified forty-two victims ...'
    const base = targetsOf(en, 1, 'national referral');
    const plusChar = moveEdge(base, en, 'end', 1, 'character');
    expect(quote(plusChar)).toBe('national referral m'); // the blank is passed over
    holds(plusChar, en);
    const plusWord = moveEdge(base, en, 'end', 1, 'word');
    expect(quote(plusWord)).toBe('national referral mechanism');
    holds(plusWord, en);
    expect(quote(moveEdge(base, en, 'end', -1, 'character'))).toBe('national referra');
    expect(quote(moveEdge(base, en, 'end', -1, 'word'))).toBe('national');
    expect(plusWord![0].quote!.suffix.startsWith(' identified')).toBe(true);
  });

  it('moves the start both ways and keeps prefix and suffix in step', () => {
    const base = targetsOf(en, 1, 'referral mechanism');
    const back = moveEdge(base, en, 'start', -1, 'word');
    expect(quote(back)).toBe('national referral mechanism');
    expect(back![0].quote!.prefix.endsWith('The ')).toBe(true);
    holds(back, en);
    expect(quote(moveEdge(base, en, 'start', 1, 'character'))).toBe('eferral mechanism');
    expect(quote(moveEdge(base, en, 'start', 1, 'word'))).toBe('mechanism');
    expect(quote(moveEdge(base, en, 'start', -1, 'character'))).toBe('l referral mechanism'); // the blank is passed over
  });

  it('never empties a highlight and stops at the page edges', () => {
    const one = targetsOf(en, 0, 'T');
    expect(moveEdge(one, en, 'end', -1, 'character')).toBeNull();
    expect(moveEdge(one, en, 'start', 1, 'word')).toBeNull();
    const all = createTargets(en, 0, 0, 0, en[0].length);
    expect(moveEdge(all, en, 'end', 1, 'word')).toBeNull();
    expect(moveEdge(all, en, 'start', -1, 'character')).toBeNull();
  });

  it('steps over Cyrillic words by code points', () => {
    const words = RU_SENTENCES[0].split(' ');
    const base = targetsOf(ru, 0, words[1]);
    const moved = moveEdge(base, ru, 'end', 1, 'word');
    expect(quote(moved)).toBe(`${words[1]} ${words[2]}`.replace(/[.,;:]$/, ''));
    holds(moved, ru);
    expect(quote(moveEdge(base, ru, 'start', -1, 'word'))).toBe(`${words[0]} ${words[1]}`);
  });
});

describe('setEdge and retarget', () => {
  it('drags the end onto the next page: one target per page, the unchanged one keeps its rects', () => {
    const base = targetsOf(en, 0, EN_SENTENCES[0]).map((t) => ({ ...t, rects: [{ x1: 1, y1: 2, x2: 3, y2: 4 }] }));
    const end = en[1].indexOf('national') + 'national'.length;
    const next = setEdge(base, en, 'end', { pageIndex: 1, offset: end });
    expect(next!.map((t) => t.pageIndex)).toEqual([0, 1]);
    expect(next![1].quote!.exact.endsWith('The national')).toBe(true);
    expect(next![0].quote!.exact.startsWith(EN_SENTENCES[0])).toBe(true);
    for (const t of next!) expect(positionHoldsQuote(t, en)).toBe(true);
    // Moving the end again within page 2: page 1's target is unchanged and keeps its measured rects.
    const measured = next!.map((t) => ({ ...t, rects: [{ x1: 5, y1: 6, x2: 7, y2: 8 }] }));
    const again = setEdge(measured, en, 'end', { pageIndex: 1, offset: en[1].indexOf('referral') + 'referral'.length })!;
    expect(again[0]).toEqual(measured[0]);
    expect(again[1].rects).toEqual([]);
    expect(again[1].quote!.exact.endsWith('The national referral')).toBe(true);
    // Dropped where it was: no change.
    const s = en[0].indexOf(EN_SENTENCES[0]);
    expect(setEdge(base, en, 'end', { pageIndex: 0, offset: s + EN_SENTENCES[0].length })).toBeNull();
  });

  it('re-targets an orphan to a new passage; pages without text keep their stored target or refuse', () => {
    const s = en[2].indexOf('Labour exploitation');
    const moved = retarget(en, { pageIndex: 2, offset: s }, { pageIndex: 2, offset: s + 'Labour exploitation'.length });
    expect(quote(moved)).toBe('Labour exploitation');
    holds(moved, en);
    const sparse = new Map([[0, en[0]], [2, en[2]]]);
    expect(retarget(sparse, { pageIndex: 0, offset: 0 }, { pageIndex: 2, offset: 5 })).toBeNull();
    const middle = createTargets(en, 1, 0, 1, en[1].length);
    expect(retarget(sparse, { pageIndex: 0, offset: 0 }, { pageIndex: 2, offset: 5 }, middle)!.map((t) => t.pageIndex)).toEqual([0, 1, 2]);
    expect(retarget(en, { pageIndex: 0, offset: 3 }, { pageIndex: 0, offset: 3 })).toBeNull();
  });

  it('stepOffset: a word step from inside a word goes to that word\'s edge', () => {
    const text = 'forty-two victims';
    expect(stepOffset(text, 2, 'end', 1, 'word')).toBe(5);
    expect(stepOffset(text, 12, 'start', -1, 'word')).toBe(10);
  });
});
