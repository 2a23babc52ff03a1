// "Attach bibliography…" on a real project file (main/core/bibliography/attach-bibliography.ts):
// the committed .bib, .ris and CSL-JSON fixtures proposed against five documents (matched by
// title with ё/е and punctuation folded, by a DOI printed on the cover, by the URL's file name,
// by the citekey as file name; one entry unmatched); confirming writes exactly the confirmed
// rows, fills only empty attributes, and undoes and redoes as one action; nothing is written
// by the preview, by a malformed file or by a bad confirmation.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachBibliography, previewAttach } from '../../../../../main/core/bibliography/attach-bibliography';
import { redo, undo } from '../../../../../main/core/coding/undo-stack';
import { getBibliography } from '../../../../../main/db/repositories/bibliography';
import { getDocument } from '../../../../../main/db/repositories/documents';
import { listHistory } from '../../../../../main/db/repositories/history';
import { addDocument, tempProject, type TempProject } from '../../../../helpers/temp-project';
import { ALICE } from '../coding/coding-fixture';

const FIXTURES = path.join(__dirname, '../../../../fixtures/bibliography');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

let p: TempProject;
let ids: Record<'osce' | 'ivanov' | 'greta' | 'oecd' | 'ohchr', string>;

beforeEach(() => {
  p = tempProject('glossa-bib-attach-');
  const add = (title: string, fileName: string, pages: string[], attrs: Record<string, unknown> = {}) => addDocument(p.db, pages, { title, fileName, ...attrs }).id;
  ids = {
    osce: add('Report on trafficking in human beings in the OSCE region, 2019', 'odihr-report.pdf', ['OSCE ODIHR annual report.'], { author: 'ODIHR team', year: 2019 }),
    ivanov: add('Национальный доклад — ее роль в борьбе с торговлей людьми', 'doklad.pdf', ['Национальный доклад.']),
    greta: add('', 'GRETA_2018_20.pdf', ['Strasbourg, 2018.']),
    oecd: add('Cover page', 'oecd.pdf', ['Please cite this publication as: OECD (2019), doi:10.1787/9789264312345-en.']),
    ohchr: add('OHCHR periodic report', 'ukr-report.pdf', ['Geneva.']),
  };
});
afterEach(() => p.close());

const rows = () => p.db.prepare('SELECT document_id, source, citekey FROM document_bibliography ORDER BY citekey').all();
const state = () => ({ records: p.db.prepare('SELECT * FROM document_bibliography ORDER BY 1').all(), documents: p.db.prepare('SELECT * FROM documents ORDER BY id').all() });

describe('proposals', () => {
  it('BibLaTeX: title with ё/е folded, citekey as file name, the article unmatched; nothing written', () => {
    const before = state();
    const preview = previewAttach(p.db, { fileName: 'reports.bib', text: read('reports.bib') });
    expect(preview.format).toBe('bibtex');
    expect(preview.proposals.map((r) => [r.citekey, r.documentId, r.reason])).toEqual([
      ['osce2019trafficking', ids.osce, 'title'],
      ['ivanov2020doklad', ids.ivanov, 'title'],
      ['greta-2018-20', ids.greta, 'fileName'],
      ['smith2021labour', null, null],
    ]);
    expect(preview.proposals[1].confidence).toBe(1);
    expect(preview.proposals[0].confidence).toBeGreaterThan(0.75);
    expect(preview.proposals[0].confidence).toBeLessThan(1);
    expect(preview).toMatchObject({ matched: 3, unmatched: 1 });
    expect(state()).toEqual(before);
  });

  it('RIS: a DOI printed on the cover, the URL\'s file name, a Cyrillic entry unmatched', () => {
    const preview = previewAttach(p.db, { fileName: 'reports.ris', text: read('reports.ris') });
    expect(preview.proposals.map((r) => [r.citekey, r.documentId, r.reason, r.confidence])).toEqual([
      ['oecd2019', ids.oecd, 'doi', 1],
      ['ohchr2023ukr', ids.ohchr, 'url', 0.9],
      [null, null, null, 0],
    ]);
  });
});

describe('confirming', () => {
  it('writes exactly the confirmed rows, fills only empty attributes, in one history entry', () => {
    const text = read('reports.bib');
    const preview = previewAttach(p.db, { fileName: 'reports.bib', text });
    // The user unchecks the OSCE row and sends the article to the OHCHR document instead.
    const choices = [
      { index: 1, documentId: ids.ivanov },
      { index: 2, documentId: ids.greta },
      { index: 3, documentId: ids.ohchr },
    ];
    expect(preview.proposals[0].documentId).toBe(ids.osce);
    const out = attachBibliography(p.db, ALICE, { fileName: 'reports.bib', text, choices });
    expect(out.result).toEqual({ attached: 3, filled: 3 });
    expect(rows()).toEqual([
      { document_id: ids.greta, source: 'bibtex', citekey: 'greta-2018-20' },
      { document_id: ids.ivanov, source: 'bibtex', citekey: 'ivanov2020doklad' },
      { document_id: ids.ohchr, source: 'bibtex', citekey: 'smith2021labour' },
    ]);
    expect(getBibliography(p.db, ids.osce)).toBeNull();
    expect(getBibliography(p.db, ids.greta)?.csl).toMatchObject({ type: 'report', number: 'GRETA(2018)20', publisher: 'Council of Europe' });
    // GRETA's title was only its file name: filled, with the institutional author and the year.
    expect(getDocument(p.db, ids.greta)).toMatchObject({ title: 'Evaluation Report: Ukraine, Second Evaluation Round', author: 'Group of Experts on Action against Trafficking in Human Beings', year: 2018 });
    // Ivanov's title was typed: kept; author and year were empty: filled.
    expect(getDocument(p.db, ids.ivanov)).toMatchObject({ title: 'Национальный доклад — ее роль в борьбе с торговлей людьми', author: 'Иванов, Иван Иванович; Петрова, Анна Сергеевна', year: 2020 });
    expect(getDocument(p.db, ids.ohchr)).toMatchObject({ title: 'OHCHR periodic report', year: 2021 });
    expect(listHistory(p.db, { limit: 1 })[0]).toMatchObject({ action: 'bibliography.attach', summary: 'Attached 3 bibliographic records from reports.bib' });
  });

  it('undo takes the records and the filled attributes back; redo writes them again', () => {
    const before = state();
    const text = read('reports.ris');
    attachBibliography(p.db, ALICE, { fileName: 'reports.ris', text, choices: [{ index: 0, documentId: ids.oecd }, { index: 1, documentId: ids.ohchr }] });
    const after = state();
    expect(getBibliography(p.db, ids.oecd)).toMatchObject({ source: 'ris', citekey: 'oecd2019', csl: { DOI: '10.1787/9789264312345-en', author: [{ literal: 'OECD' }] } });
    undo(p.db, ALICE);
    expect(state()).toEqual(before);
    redo(p.db, ALICE);
    expect(state()).toEqual(after);
  });

  it('replaces a record the document had; undo brings the old one back', () => {
    attachBibliography(p.db, ALICE, { fileName: 'reports.bib', text: read('reports.bib'), choices: [{ index: 0, documentId: ids.osce }] });
    const first = state();
    attachBibliography(p.db, ALICE, { fileName: 'reports.json', text: read('reports.json'), choices: [{ index: 0, documentId: ids.osce }] });
    expect(getBibliography(p.db, ids.osce)).toMatchObject({ source: 'csl-json', citekey: 'osce-odihr-2019' });
    undo(p.db, ALICE);
    expect(state()).toEqual(first);
  });

  it('refuses a malformed file, an entry the file lacks, a document twice or a removed document, writing nothing', () => {
    const before = state();
    const text = read('reports.bib');
    expect(() => attachBibliography(p.db, ALICE, { fileName: 'x.bib', text: '@report{x, title={', choices: [] })).toThrow(/could not be read/);
    expect(() => attachBibliography(p.db, ALICE, { fileName: 'reports.bib', text, choices: [{ index: 9, documentId: ids.osce }] })).toThrow(/entry the file does not have/);
    expect(() => attachBibliography(p.db, ALICE, { fileName: 'reports.bib', text, choices: [{ index: 0, documentId: ids.osce }, { index: 1, documentId: ids.osce }] })).toThrow(/same document/);
    expect(() => attachBibliography(p.db, ALICE, { fileName: 'reports.bib', text, choices: [{ index: 0, documentId: ids.osce }, { index: 1, documentId: 'gone' }] })).toThrow(/no longer in this project/);
    expect(state()).toEqual(before);
  });
});
