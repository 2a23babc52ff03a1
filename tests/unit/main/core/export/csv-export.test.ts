import { describe, expect, it } from 'vitest';
import { exportEvidence } from '../../../../../main/core/export/export-evidence';
import { FIXTURE_BUNDLE, FIXTURE_ROWS, Q_DASH, Q_EQ } from './evidence-fixture';
import { parseCsv } from './rfc4180';

async function exportCsv() {
  const bytes = await exportEvidence(FIXTURE_BUNDLE, { format: 'csv' });
  return { bytes, records: parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)) };
}

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and ends records with CRLF', async () => {
    const { bytes } = await exportCsv();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes).toString('utf8').endsWith('\r\n')).toBe(true);
  });

  it('parses back as one row per coding with the documented columns', async () => {
    const { records } = await exportCsv();
    const [header, ...rows] = records;
    expect(header.slice(0, 20)).toEqual([
      'document title', 'file', 'organisation', 'countries', 'year', 'type', 'language', 'page',
      'page end', 'pdf page', 'pdf page end', 'paragraph', 'quote', 'citation', 'code path', 'coder', 'edited by', 'created', 'updated', 'comment',
    ]);
    expect(rows).toHaveLength(FIXTURE_ROWS.length);
    rows.forEach((r) => expect(r).toHaveLength(header.length));
    const col = (name: string) => header.indexOf(name);
    const ru = rows[2];
    expect(ru[col('document title')]).toBe('Доклад о противодействии торговле людьми');
    expect(ru[col('page')]).toBe('41');
    expect(ru[col('page end')]).toBe('42');
    // The citation in the default style, Chicago author-date: "(Author Year, pages)".
    expect(ru[col('citation')]).toBe('(Russia / CIS 2021, 41\u201342)');
    expect(ru[col('code path')]).toBe('Партнёрство');
    expect(ru[col('coder')]).toBe('Анна K.');
    expect(rows[0][col('countries')]).toBe('moldova;ukraine');
    expect(rows[0][col('code path')]).toBe('Influence instruments > Knowledge production');
  });

  it('keeps every quote exact, except the apostrophe that neutralises a formula', async () => {
    const { records } = await exportCsv();
    const [header, ...rows] = records;
    const q = header.indexOf('quote');
    rows.forEach((r, i) => {
      const expected = FIXTURE_ROWS[i].quote;
      expect(r[q]).toBe(/^[=+\-@]/.test(expected) ? `'${expected}` : expected);
    });
    expect(rows[3][q]).toBe(`'${Q_EQ}`);
    expect(rows[4][q]).toBe(`'${Q_DASH}`);
    expect(rows[3][header.indexOf('comment')]).toBe("'+1 @reviewer");
  });

  it('neutralises cells that start with @, tab or carriage return', async () => {
    const row = { ...FIXTURE_ROWS[0], quote: '@cmd', comment: '\t=1+1', coderName: '\r=2' };
    const bytes = await exportEvidence({ ...FIXTURE_BUNDLE, rows: [row] }, { format: 'csv' });
    const [header, values] = parseCsv(new TextDecoder().decode(bytes));
    expect(values[header.indexOf('quote')]).toBe("'@cmd");
    expect(values[header.indexOf('comment')]).toBe("'\t=1+1");
    expect(values[header.indexOf('coder')]).toBe("'\r=2");
  });
});
