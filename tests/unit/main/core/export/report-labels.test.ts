import { describe, expect, it } from 'vitest';
import { countOf, reportLabels } from '../../../../../main/core/export/report-labels';

describe('report labels', () => {
  it('counts with the CLDR plural forms of each language', () => {
    const coding = { one: 'кодировка', few: 'кодировки', many: 'кодировок', other: 'кодировки' };
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => countOf('ru', n, coding))).toEqual([
      '1 кодировка', '2 кодировки', '5 кодировок', '11 кодировок', '21 кодировка', '22 кодировки', '25 кодировок', '111 кодировок',
    ]);
    expect([0, 1, 2].map((n) => countOf('en', n, { one: 'coding', other: 'codings' }))).toEqual(['0 codings', '1 coding', '2 codings']);
  });

  it('says what the title-page totals count, in both languages', () => {
    expect(reportLabels('en').summary(1, 1, 1)).toBe('1 coding (1 passage) in 1 document');
    expect(reportLabels('en').summary(3, 12, 3)).toBe('12 codings (3 passages) in 3 documents');
    expect(reportLabels('ru').summary(1, 1, 1)).toBe('1 кодировка (1 фрагмент) в 1 документе');
    expect(reportLabels('ru').summary(3, 12, 21)).toBe('12 кодировок (3 фрагмента) в 21 документе');
    expect(reportLabels('ru').summary(5, 22, 5)).toBe('22 кодировки (5 фрагментов) в 5 документах');
  });
});
