import { describe, expect, it } from 'vitest';
import { pagesCited } from '../../../shared/citation';
import { ORGANISATIONS } from '../../../shared/domain/vocabulary';
import { COUNTRIES } from '../../../shared/domain/vocabulary';
import { countryLabel, organisationLabel } from '../../../shared/organisation-labels';

// Citations are made in CSL styles now (tests/unit/main/core/citation/); what stays shared is
// the browser's page column and the organisation labels citations print.
describe('printed pages and organisation labels', () => {
  it('lists the printed page, a range with an en dash, and "с." in Russian', () => {
    expect(pagesCited({ page: 12, pageEnd: 12 })).toBe('p. 12');
    expect(pagesCited({ page: 41, pageEnd: 42 })).toBe('p. 41\u201342');
    expect(pagesCited({ page: 4, pageEnd: 5, pageLabel: 'iv', pageEndLabel: 'v' }, 'ru')).toBe('\u0441. iv\u2013v');
    expect(pagesCited({ page: 4, pageEnd: 5, pageLabel: '7', pageEndLabel: '7' })).toBe('p. 7');
  });

  it('labels every organisation of the vocabulary', () => {
    for (const id of ORGANISATIONS) expect(organisationLabel(id)).not.toBe(id);
  });

  it('labels every organisation and country of the vocabulary in Russian', () => {
    for (const id of ORGANISATIONS) expect(organisationLabel(id, 'ru'), id).toMatch(/[А-Яа-яЁё]|FRONTEX/);
    for (const id of COUNTRIES) expect(countryLabel(id, 'ru'), id).toMatch(/^[А-ЯЁ][а-яё]/);
    expect(countryLabel('region-wide', 'en')).toBe('Region-wide');
  });
});
