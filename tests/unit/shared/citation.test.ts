import { describe, expect, it } from 'vitest';
import { citation, quoteWithCitation } from '../../../shared/citation';
import { ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { COUNTRIES } from '../../../shared/domain/vocabulary';
import { countryLabel, organisationLabel } from '../../../shared/organisation-labels';
import { DOC_EN, DOC_RU } from '../main/core/export/evidence-fixture';

describe('citation', () => {
  it('formats "Organisation (Year), Title, p. N" with the English organisation label', () => {
    expect(citation({ document: DOC_EN, page: 12, pageEnd: 12 })).toBe(
      'OSCE/ODIHR (2019), Combating Trafficking in Human Beings: Annual Report, p. 12',
    );
  });

  it('shows a page range with an en dash when the passage crosses pages', () => {
    expect(citation({ document: DOC_RU, page: 41, pageEnd: 42 })).toBe(
      'Russia / CIS (2021), Доклад о противодействии торговле людьми, p. 41\u201342',
    );
  });

  it('copes with an unknown year, organisation and title', () => {
    const doc = { ...DOC_EN, organisation: '', year: null, title: '' };
    expect(citation({ document: doc, page: 3, pageEnd: 3 })).toBe('osce-annual-2019.pdf (n.d.), p. 3');
    expect(citation({ document: { ...DOC_EN, year: null }, page: 1, pageEnd: 1 })).toMatch(/^OSCE\/ODIHR \(n\.d\.\)/);
  });

  it('labels every organisation of the vocabulary', () => {
    for (const id of ORGANISATIONS) expect(organisationLabel(id)).not.toBe(id);
  });

  it('puts the quote in typographic quotes, an em dash, then the citation', () => {
    expect(quoteWithCitation({ document: DOC_EN, page: 5, pageEnd: 5, quote: 'Text' })).toBe(
      '\u201cText\u201d \u2014 OSCE/ODIHR (2019), Combating Trafficking in Human Beings: Annual Report, p. 5',
    );
  });

  it('cites in Russian with "с.", "п." and "б. г." and the Russian organisation name', () => {
    expect(citation({ document: DOC_EN, page: 12, pageEnd: 13, paragraph: 87 }, 'ru')).toBe(
      'ОБСЕ/БДИПЧ (2019), Combating Trafficking in Human Beings: Annual Report, с. 12\u201313, п. 87',
    );
    expect(citation({ document: { ...DOC_RU, year: null }, page: 4, pageEnd: 4, pageLabel: 'iv' }, 'ru')).toBe(
      'Россия / СНГ (б. г.), Доклад о противодействии торговле людьми, с. iv',
    );
    expect(quoteWithCitation({ document: DOC_RU, page: 5, pageEnd: 5, quote: 'Текст' }, 'ru')).toBe(
      '\u201cТекст\u201d \u2014 Россия / СНГ (2021), Доклад о противодействии торговле людьми, с. 5',
    );
  });

  it('labels every organisation and country of the vocabulary in Russian', () => {
    for (const id of ORGANISATIONS) expect(organisationLabel(id, 'ru'), id).toMatch(/[А-Яа-яЁё]|FRONTEX/);
    for (const id of COUNTRIES) expect(countryLabel(id, 'ru'), id).toMatch(/^[А-ЯЁ][а-яё]/);
    expect(countryLabel('region-wide', 'en')).toBe('Region-wide');
  });
});
