// Reading bibliography files with citation-js (main/core/bibliography/parse-bibliography-file.ts):
// the committed BibLaTeX, RIS and CSL-JSON fixtures (institutional authors, a report number,
// Cyrillic), then malformed files, each a bibliography.badFile error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseBibliographyFile } from '../../../../../main/core/bibliography/parse-bibliography-file';
import { GlossaError } from '../../../../../shared/errors';

const FIXTURES = path.join(__dirname, '../../../../fixtures/bibliography');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function badFile(fileName: string, text: string): GlossaError {
  try {
    parseBibliographyFile(fileName, text);
  } catch (err) {
    expect(err).toBeInstanceOf(GlossaError);
    expect((err as GlossaError).code).toBe('bibliography.badFile');
    return err as GlossaError;
  }
  throw new Error('expected bibliography.badFile');
}

describe('BibLaTeX', () => {
  const { format, entries } = parseBibliographyFile('reports.bib', read('reports.bib'));

  it('reads a @report with an institutional author, institution, place, date and number', () => {
    expect(format).toBe('bibtex');
    expect(entries).toHaveLength(4);
    expect(entries[0]).toEqual({
      citekey: 'osce2019trafficking',
      csl: {
        type: 'report',
        author: [{ literal: 'OSCE Office for Democratic Institutions and Human Rights' }],
        title: 'Report on Trafficking in Human Beings in the OSCE Region',
        genre: 'Annual report',
        publisher: 'OSCE',
        'publisher-place': 'Warsaw',
        issued: { 'date-parts': [[2019, 3, 15]] },
        number: 'ODIHR/2019/4',
        URL: 'https://www.osce.org/odihr/trafficking-report-2019',
        language: 'en',
      },
    });
  });

  it('keeps Cyrillic names as family and given, and ё as written', () => {
    expect(entries[1].citekey).toBe('ivanov2020doklad');
    expect(entries[1].csl.author).toEqual([{ family: 'Иванов', given: 'Иван Иванович' }, { family: 'Петрова', given: 'Анна Сергеевна' }]);
    expect(entries[1].csl.title).toBe('Национальный доклад: её роль в борьбе с торговлей людьми');
    expect(entries[1].csl.publisher).toBe('Министерство внутренних дел');
    expect(entries[1].csl.language).toBe('ru');
  });

  it('stores none of citation-js\'s own fields', () => {
    for (const e of entries) for (const key of ['id', 'citation-key', '_graph']) expect(e.csl).not.toHaveProperty(key);
    expect(entries[3].csl).toMatchObject({ type: 'article-journal', DOI: '10.1234/jms.2021.0312', page: '45-67', 'container-title': 'Journal of Migration Studies' });
  });
});

describe('RIS', () => {
  const { format, entries } = parseBibliographyFile('reports.ris', read('reports.ris'));
  it('reads TY  - RPRT with its ID as citekey, an institutional AU as a literal name, DO and UR', () => {
    expect(format).toBe('ris');
    expect(entries).toHaveLength(3);
    expect(entries[0]).toEqual({
      citekey: 'oecd2019',
      csl: {
        type: 'report', author: [{ literal: 'OECD' }], title: 'Trafficking in Persons and Corruption: Breaking the Chain', issued: { 'date-parts': [[2019]] },
        publisher: 'OECD Publishing', 'publisher-place': 'Paris', DOI: '10.1787/9789264312345-en', URL: 'https://doi.org/10.1787/9789264312345-en', language: 'en',
      },
    });
  });
  it('an entry without ID has no citekey (not citation-js\'s temporary id); a Cyrillic "Family, Given" stays a person', () => {
    expect(entries[2].citekey).toBeNull();
    expect(entries[2].csl.author).toEqual([{ family: 'Сидоров', given: 'Пётр' }]);
  });
});

describe('CSL-JSON', () => {
  it('keeps the items as given, the id as citekey', () => {
    const { format, entries } = parseBibliographyFile('reports.json', read('reports.json'));
    expect(format).toBe('csl-json');
    expect(entries.map((e) => e.citekey)).toEqual(['osce-odihr-2019', 'ivanov2020']);
    expect(entries[0].csl).toMatchObject({ type: 'report', number: 'ODIHR/2019/4', author: [{ literal: 'OSCE Office for Democratic Institutions and Human Rights' }] });
    expect(entries[0].csl).not.toHaveProperty('id');
  });
  it('a single object is one entry; a missing type becomes "document"; a name list that is not a list goes', () => {
    const { entries } = parseBibliographyFile('one.json', '{"id":"x","title":"T","author":"Somebody"}');
    expect(entries).toEqual([{ citekey: 'x', csl: { type: 'document', title: 'T' } }]);
  });
});

describe('malformed files are refused with the reason', () => {
  it('a BibTeX entry left open', () => {
    expect(badFile('broken.bib', '@report{x, title = {Unclosed').message).toMatch(/could not be read: .*EOF.*Nothing was attached/);
  });
  it('a .bib or .ris with no entries', () => {
    expect(badFile('empty.bib', 'just some words').message).toMatch(/no BibTeX entries were found/);
    expect(badFile('empty.ris', 'this is not RIS').message).toMatch(/no RIS entries were found/);
  });
  it('JSON that is not JSON, and a list of something else', () => {
    expect(badFile('x.json', '[{"type":').message).toMatch(/not valid JSON/);
    expect(badFile('x.json', '[1, 2]').message).toMatch(/entry 1 is not a CSL-JSON object/);
  });
  it('an entry past the record size limit', () => {
    const huge = JSON.stringify([{ type: 'report', note: 'x'.repeat(70_000) }]);
    expect(badFile('x.json', huge).message).toMatch(/entry 1: A bibliographic record is limited to 64 KB/);
  });
  it('a file of unknown kind', () => {
    expect(badFile('notes.txt', 'Dear colleague, ...').message).toMatch(/not CSL-JSON, BibTeX or RIS/);
    expect(detectFormat('export.txt', 'TY  - RPRT\nER  - \n')).toBe('ris');
    expect(detectFormat('export.txt', '\uFEFF@book{k, title={x}}')).toBe('bibtex');
  });
});
