// "Copy with citation" and the evidence rows behind every export, on a real project file: a
// document's bibliographic record (document_bibliography) and its free-text author reach
// EvidenceDocument through the evidence query, and evidence.citeText cites with the record
// in the user's style — the metadata read from the project, not from the caller.
import { afterEach, describe, expect, it } from 'vitest';
import { citeText, parseCiteText } from '../../../../../main/core/citation/cite-text';
import { evidenceRows } from '../../../../../main/core/evidence/evidence-bundle';
import { putBibliographyRaw } from '../../../../../main/db/repositories/bibliography';
import { updateDocument } from '../../../../../main/db/repositories/documents';
import { makeEvidenceProject, type EvidenceProject } from '../evidence/evidence-project';

let p: EvidenceProject | null = null;
afterEach(() => {
  p?.close();
  p = null;
});

const RECORD = {
  type: 'report', title: 'Annual report on combating trafficking', author: [{ family: 'Smith', given: 'Jane' }, { family: 'Jones', given: 'Robert' }],
  issued: { 'date-parts': [[2019]] }, publisher: 'OSCE',
};

function withRecord(): EvidenceProject {
  const project = makeEvidenceProject();
  putBibliographyRaw(project.db, {
    document_id: project.docs.en, csl_json: JSON.stringify(RECORD), source: 'csl-json', zotero_library: null, zotero_key: null, citekey: 'smith2019', updated_at: '2026-12-01T00:00:00Z',
  });
  updateDocument(project.db, project.docs.ru, { author: 'Иванов, Иван' });
  return project;
}

describe('the cited document comes from the project', () => {
  it('evidence rows carry the bibliographic record and the author', () => {
    p = withRecord();
    const rows = evidenceRows(p.db, {});
    const en = rows.find((r) => r.document.id === p!.docs.en)!;
    expect(en.document.bibliography?.citekey).toBe('smith2019');
    expect(en.document.bibliography?.csl.author).toEqual(RECORD.author);
    const ru = rows.find((r) => r.document.id === p!.docs.ru)!;
    expect(ru.document.author).toBe('Иванов, Иван');
    expect(ru.document.bibliography).toBeNull();
  });

  it('copies with citation in the chosen style: the record\'s authors, the document\'s own author', () => {
    p = withRecord();
    const input = (style: string, locale: string) => parseCiteText({
      style, locale,
      passages: [
        { documentId: p!.docs.en, page: 2, pageEnd: 2, pageLabel: '14', paragraph: 3, quote: 'Training for 40 judges.' },
        { documentId: p!.docs.ru, page: 1, pageEnd: 1, quote: 'Ёмкость.' },
      ],
    });
    // APA 7: "(Smith & Jones, 2019, p. 14, para. 3)" after the quote, in the text.
    expect(citeText(p.db, input('apa', 'en')).texts).toEqual([
      '\u201cTraining for 40 judges.\u201d (Smith & Jones, 2019, p. 14, para. 3)',
      '\u201cЁмкость.\u201d (Иванов, 2021, p. 1)',
    ]);
    // GOST R 7.0.5: "[Фамилия, год, с. N]".
    expect(citeText(p.db, input('gost-r-7-0-5-2008-author-date', 'ru')).texts[1]).toBe('\u201cЁмкость.\u201d [Иванов, 2021, с. 1]');
    // OSCOLA cites in a footnote: set off by an em dash.
    expect(citeText(p.db, input('oscola', 'en')).texts[0]).toBe('\u201cTraining for 40 judges.\u201d \u2014 Jane Smith and Robert Jones, Annual Report on Combating Trafficking (OSCE 2019) 14, para 3.');
  });

  it('refuses an unknown style or a document that is not in the project', () => {
    p = withRecord();
    expect(() => parseCiteText({ style: 'mla', locale: 'en', passages: [] })).toThrow(/style/);
    expect(() => parseCiteText({ style: 'apa', locale: 'de', passages: [] })).toThrow(/locale/);
    expect(() => citeText(p!.db, parseCiteText({ style: 'apa', locale: 'en', passages: [{ documentId: 'nope', page: 1, pageEnd: 1, quote: 'q' }] }))).toThrow();
  });
});
