import { describe, expect, it } from 'vitest';
import { citation, quoteWithCitation } from '../../../shared/citation';
import { ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { organisationLabel } from '../../../shared/organisation-labels';
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
});
