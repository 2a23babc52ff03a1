// The document x code matrix: codings of each code in each document, shaded like the heat map,
// with the document's organisation and year; a click on a document title opens it in the reader.
import type { EvidenceTables } from '../../../shared/domain/evidence';
import { formatNumber, useT, vocabLabel } from '../../i18n/i18n';
import { useCodeNames } from '../evidence/code-names';
import { openReader } from '../shell/view-store';
import { heatStyle, matrixMax } from './analysis-logic';

export function DocumentMatrixPanel({ tables }: { tables: EvidenceTables }) {
  const { t } = useT();
  const { documents, codes, counts } = tables.documentCodes;
  const names = useCodeNames();
  if (documents.length === 0) return <div className="empty-state"><p>{t('analysis.empty')}</p></div>;
  const max = matrixMax(counts);
  return (
    <section className="analysis-panel" data-testid="analysis-documents">
      <div className="table-scroll heatmap-scroll">
        <table className="analysis-table heatmap" data-testid="document-matrix">
          <thead>
            <tr>
              <th>{t('analysis.document')}</th>
              {codes.map((c) => <th key={c.codeId} className="heatmap-col" title={names.path(c.codeId, c.codePath).join(' › ')}><span>{names.name(c.codeId, c.codePath)}</span></th>)}
            </tr>
          </thead>
          <tbody>
            {documents.map((d, i) => (
              <tr key={d.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => openReader(d.id)}>{d.title}</button>
                  <span className="muted"> {[vocabLabel('organisation', d.organisation), d.year ?? ''].filter(Boolean).join(' · ')}</span>
                </th>
                {counts[i].map((n, j) => <td key={codes[j].codeId} style={heatStyle(n, max)}>{n ? formatNumber(n) : ''}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
