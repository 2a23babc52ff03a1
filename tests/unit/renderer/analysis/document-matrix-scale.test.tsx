// The document x code matrix of a 2,000-document project with a 70-code codebook has 140,000
// cells: its shading scale must be found without spreading them all as arguments to Math.max
// (which overflows the stack past ~125,000), or the whole analysis view fails.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EvidenceTables } from '../../../../shared/domain/evidence';
import { DocumentMatrixPanel } from '../../../../renderer/features/analysis/DocumentMatrixPanel';
import { matrixMax } from '../../../../renderer/features/analysis/analysis-logic';

const DOCS = 2000;
const CODES = 70;

function tables(): EvidenceTables {
  const codes = Array.from({ length: CODES }, (_, j) => ({ codeId: `c${j}`, codePath: [`Code ${j}`] }));
  const documents = Array.from({ length: DOCS }, (_, i) => ({ id: `d${i}`, title: `Report ${i}`, organisation: 'osce', year: 2010 }));
  const counts = documents.map((_, i) => codes.map((_, j) => (i === 1234 && j === 56 ? 9 : (i + j) % 3)));
  const empty = { by: 'organisation' as const, columns: [], rows: [] };
  return {
    frequencies: { organisation: empty, country: { ...empty, by: 'country' }, year: { ...empty, by: 'year' }, case: { ...empty, by: 'case' }, caseCountry: { ...empty, by: 'caseCountry' } },
    caseNames: {},
    cooccurrence: { codes, counts: [], c: [], distorted: [], mode: { kind: 'overlap' } },
    documentCodes: { documents, codes, counts },
    colors: {},
    codingCount: 0,
    passageCount: 0,
  };
}

describe('document x code matrix at 2,000 documents', () => {
  it('finds the largest count of 140,000 cells', () => {
    expect(matrixMax(tables().documentCodes.counts)).toBe(9);
    expect(matrixMax([])).toBe(1);
  });

  it('renders every document row without overflowing the stack', () => {
    // Rendered to HTML (the same component code as in the app, without a DOM: 140,000 cells
    // in jsdom take a minute).
    const html = renderToString(<DocumentMatrixPanel tables={tables()} />);
    expect(html.split('<tr>').length - 1).toBe(DOCS + 1);
    // Only the largest cell has the darkest shade.
    expect(html.split('rgba(78, 121, 167, 0.90)').length - 1).toBe(1);
  });
});
