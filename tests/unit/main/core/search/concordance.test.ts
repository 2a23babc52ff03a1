// KWIC and word frequencies over a real project file and its document selection, and their
// CSV exports read back with an RFC 4180 parser (BOM, quoting, Cyrillic, formula guard).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kwic, wordFrequencies } from '../../../../../main/core/search/concordance';
import { FREQUENCY_CSV_HEADER, KWIC_CSV_HEADER, kwicCsv, wordFrequencyCsv } from '../../../../../main/core/search/concordance-csv';
import { addDocument, type TempProject, tempProject } from '../../../../helpers/temp-project';
import { parseCsv } from '../export/rfc4180';

let p: TempProject;
beforeAll(() => {
  p = tempProject('glossa-kwic-');
  addDocument(p.db, ['Борьба с торговлей людьми, "новая" стратегия.', 'Торговли людьми стало меньше; торговля оружием растёт.'], {
    title: 'Доклад, 2018', language: 'ru',
  });
  addDocument(p.db, ['=SUM(A1) trafficking of persons and the trafficking report', 'Victims of trafficking.'], { title: '=TIP', language: 'en' });
});
afterAll(() => p.close());

describe('kwic', () => {
  it('gives one line per hit with the inflected word and context cut from the original text', () => {
    const r = kwic(p.db, { text: 'торговля', context: 2 });
    expect(r.total).toBe(3);
    expect(r.lines.map((l) => [l.pageIndex, l.left, l.match, l.right])).toEqual([
      [0, 'Борьба с', 'торговлей', 'людьми, "новая'],
      [1, '', 'Торговли', 'людьми стало'],
      [1, 'стало меньше;', 'торговля', 'оружием растёт'],
    ]);
    expect(kwic(p.db, { text: 'торговля', exact: true }).total).toBe(1);
    expect(kwic(p.db, { text: '"торговля людьми"' }).lines.map((l) => l.match)).toEqual(['торговлей людьми', 'Торговли людьми']);
  });

  it('keeps to the document selection and the limit, still counting every hit', () => {
    expect(kwic(p.db, { text: 'trafficking', filter: { languages: ['ru'] } }).total).toBe(0);
    const r = kwic(p.db, { text: 'trafficking', limit: 2 });
    expect(r.total).toBe(3);
    expect(r.lines).toHaveLength(2);
  });

  it('exports as CSV that a parser reads back cell for cell', () => {
    const r = kwic(p.db, { text: 'торговля OR trafficking', context: 3 });
    const text = kwicCsv(r);
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(KWIC_CSV_HEADER);
    const guard = (v: string) => (v.startsWith('=') ? `'${v}` : v);
    expect(rows.slice(1)).toEqual(r.lines.map((l) => [guard(l.documentTitle), String(l.pageIndex + 1), l.left, l.match, l.right, l.documentId]));
    expect(rows.some((row) => row[0] === 'Доклад, 2018' && row[4] === 'людьми, "новая" стратегия')).toBe(true);
    expect(rows.filter((row) => row[0] === "'=TIP")).toHaveLength(3);
  });
});

describe('wordFrequencies', () => {
  it('groups forms by stem, most frequent form first, without stop words and numbers', () => {
    const r = wordFrequencies(p.db, { filter: { languages: ['ru'] } });
    expect(r.documentCount).toBe(1);
    const trade = r.words.find((w) => w.forms.includes('торговли'))!;
    expect(trade).toMatchObject({ count: 3, documents: 1 });
    expect([...trade.forms].sort()).toEqual(['торговлей', 'торговли', 'торговля']);
    expect(r.words[0].word).toBe(trade.word);
    expect(r.words.some((w) => w.word === 'с')).toBe(false);
    const people = r.words.find((w) => w.word === 'людьми')!;
    expect(people.count).toBe(2);
  });

  it('counts exact forms apart when asked, and stop words when not skipped', () => {
    const r = wordFrequencies(p.db, { exact: true, skipStopwords: false });
    expect(r.words.find((w) => w.word === 'торговли')!.count).toBe(1);
    expect(r.words.find((w) => w.word === 'trafficking')).toMatchObject({ count: 3, documents: 1, forms: ['trafficking'] });
    expect(r.words.find((w) => w.word === 'of')!.count).toBe(2);
    expect(r.words.some((w) => w.word === '1')).toBe(false);
  });

  it('exports as CSV that a parser reads back', () => {
    const r = wordFrequencies(p.db, {});
    const rows = parseCsv(wordFrequencyCsv(r).slice(1));
    expect(rows[0]).toEqual(FREQUENCY_CSV_HEADER);
    expect(rows.slice(1)).toEqual(r.words.map((w) => [w.word, String(w.count), String(w.documents), w.forms.join(' ')]));
    expect(rows.slice(1).some((row) => row[0] === 'торговли' || row[0] === 'торговлей')).toBe(true);
  });
});
