// The code co-occurrence matrix as a heat-map table: cell (i, j) counts the pairs of passages of
// the two codes that overlap — or lie near each other, as chosen above the table (within N
// characters, one paragraph, one page) — whoever coded them, with ATLAS.ti's c-coefficient
// (the diagonal: passages per code). A click on a cell lists those passages below, with the
// same rows as the evidence browser (open in reader, copy with citation).
import type { EvidenceTables } from '../../../shared/domain/evidence';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { useCodeNames } from '../evidence/code-names';
import { EvidenceList } from '../evidence/EvidenceList';
import { heatStyle, maxOffDiagonal } from './analysis-logic';
import { analysisStore, closeCell, openCell } from './analysis-store';
import { CooccurrenceBasis } from './CooccurrenceBasis';

/** The c-coefficient as ATLAS.ti shows it: two decimals. */
function formatC(c: number | null | undefined, locale: string): string {
  if (c == null) return '\u2014';
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(c);
}

export function CooccurrencePanel({ tables }: { tables: EvidenceTables }) {
  const { t, locale } = useT();
  const { cell } = useStore(analysisStore);
  const { codes, counts, c, distorted } = tables.cooccurrence;
  const max = maxOffDiagonal(counts);
  const names = useCodeNames();
  const codeLabel = (c: { codeId: string; codePath: string[] }) => names.name(c.codeId, c.codePath);
  const name = (id: string) => {
    const c = codes.find((x) => x.codeId === id);
    return c ? codeLabel(c) : id;
  };
  if (codes.length === 0) return <div className="empty-state"><p>{t('analysis.empty')}</p></div>;
  return (
    <section className="analysis-panel" data-testid="analysis-cooccurrence">
      <CooccurrenceBasis />
      <p className="muted">{t('cooccurrenceBasis.hint')}</p>
      <div className="table-scroll heatmap-scroll">
        <table className="analysis-table heatmap" data-testid="cooccurrence-table">
          <thead>
            <tr>
              <th />
              {codes.map((c) => (
                <th key={c.codeId} className="heatmap-col" title={names.path(c.codeId, c.codePath).join(' › ')}><span>{codeLabel(c)}</span></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((row, i) => (
              <tr key={row.codeId}>
                <th scope="row" title={row.codePath.join(' › ')}>
                  <span className="code-swatch" style={{ background: tables.colors[row.codeId] }} aria-hidden="true" />
                  {codeLabel(row)}
                </th>
                {codes.map((col, j) => {
                  const n = counts[i][j];
                  const active = cell?.codeA === row.codeId && cell?.codeB === col.codeId;
                  return (
                    <td key={col.codeId} className={`${i === j ? 'diagonal' : ''}${active ? ' active' : ''}`} style={i === j ? undefined : heatStyle(n, max)}>
                      {n > 0 ? (
                        <button
                          type="button"
                          className="heat-cell"
                          data-testid="cooccurrence-cell"
                          data-a={codeLabel(row)}
                          data-b={codeLabel(col)}
                          aria-label={t('analysis.cellLabel', { a: codeLabel(row), b: codeLabel(col), n: formatNumber(n) })}
                          title={i === j ? undefined : t(distorted[i]?.[j] ? 'cooccurrenceBasis.distorted' : 'cooccurrenceBasis.cTitle', { c: formatC(c[i]?.[j], locale) })}
                          onClick={() => void openCell(row.codeId, col.codeId)}
                        >
                          <span data-testid="cooccurrence-count">{formatNumber(n)}</span>
                          {i !== j && c[i]?.[j] != null && (
                            <small className={`c-coefficient${distorted[i]?.[j] ? ' distorted' : ''}`} data-testid="c-coefficient">
                              {formatC(c[i][j], locale)}{distorted[i]?.[j] ? '*' : ''}
                            </small>
                          )}
                        </button>
                      ) : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cell && (
        <div className="cell-passages" data-testid="cell-passages">
          <div className="analysis-bar">
            <strong>{t('analysis.cellTitle', { a: name(cell.codeA), b: name(cell.codeB) })}</strong>
            <span className="spacer" />
            <button type="button" className="link" onClick={closeCell}>{t('export.close')}</button>
          </div>
          {cell.passages === null ? <div className="loading-line">{t('common.loading')}</div> : <EvidenceList items={cell.passages} groupBy="document" />}
        </div>
      )}
    </section>
  );
}
