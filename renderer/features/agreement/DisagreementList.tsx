// The disagreeing passages of an agreement report: per passage the document, page and code,
// then one column per coder with that coder's own highlight (character range and quote), or
// "not coded". The stretches where they differ are listed under the columns; with two coders
// each can be resolved into the consensus layer (ResolveStretch).
import { CONSENSUS_CODER } from '../../../shared/domain/rounds';
import type { AgreementReport } from '../../../shared/domain/share';
import { formatNumber, useT } from '../../i18n/i18n';
import { usePrintedPages, useReadableQuotes } from '../reader/readable-quotes';
import type { SideBySideRow } from './agreement-logic';
import { ResolveStretch } from './ResolveStretch';

export function DisagreementList({ report, passages, codeName: localName = (_, n) => n }: {
  report: AgreementReport;
  passages: SideBySideRow[];
  /** The code's name in the interface language. */
  codeName?: (codeId: string, stored: string) => string;
}) {
  const { t } = useT();
  const codeName = new Map(report.codes.map((c) => [c.codeId, localName(c.codeId, c.codeName)]));
  const coderName = new Map(report.coders.map((c) => [c.id, c.name]));
  const readable = useReadableQuotes(passages.map((p) => p.documentId));
  const printedPage = usePrintedPages();
  // Two coders, neither of them the consensus layer itself.
  const canResolve = report.coders.length === 2 && report.coders.every((c) => c.id !== CONSENSUS_CODER.id);
  return (
    <section className="disagreements" data-testid="disagreements">
      <h3>
        {t('agreement.disagreements', { count: report.disagreements.length })}
        {report.disagreementsTruncated && <span className="muted small"> {t('agreement.truncated')}</span>}
      </h3>
      {passages.length === 0 && <p className="muted">{t('agreement.noDisagreements')}</p>}
      <ul className="disagreement-list">
        {passages.map((p) => (
          <li key={p.key} className="disagreement" data-testid="disagreement">
            <div className="disagreement-head">
              <strong>{p.documentTitle}</strong>
              <span className="muted">{t('agreement.page', { page: printedPage(p.documentId, p.pageIndex) })}</span>
              <span className="code-chip">{codeName.get(p.codeId) ?? ''}</span>
            </div>
            <div className="disagreement-columns" style={{ gridTemplateColumns: `repeat(${p.coders.length}, minmax(0, 1fr))` }}>
              {p.coders.map((c) => (
                <div key={c.coderId} className="disagreement-coder" data-testid="disagreement-coder">
                  <div className="disagreement-coder-name">{coderName.get(c.coderId) ?? ''}</div>
                  {c.ranges.length === 0 ? (
                    <div className="muted">{t('agreement.notCoded')}</div>
                  ) : (
                    c.ranges.map((r) => (
                      <div key={`${r.annotationId}:${r.start}`} className="disagreement-range">
                        <span className="muted small">{t('agreement.range', { start: formatNumber(r.start + 1), end: formatNumber(r.end) })}</span>
                        <q>{readable(p.documentId, r.quote)}</q>
                      </div>
                    ))
                  )}
                </div>
              ))}
            </div>
            <div className="disagreement-stretches small">
              {p.stretches.map((s) => (
                <div key={s.start} className="disagreement-stretch" data-testid="disagreement-stretch">
                  <span className="muted">{t('agreement.onlyBy', { names: s.codedBy.map((id) => coderName.get(id) ?? '').join(', ') })}</span>{' '}
                  <mark>{readable(p.documentId, s.quote)}</mark>
                  {canResolve && <ResolveStretch row={p} stretch={s} coders={report.coders} />}
                </div>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
