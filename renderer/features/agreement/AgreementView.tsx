// The inter-coder agreement view: choose two or more coders, documents and codes; the table of
// percent agreement, Cohen's kappa per pair and Krippendorff's alphas per code and overall
// (nominal per character, and unitized: |uα 2016 and αU 1995), the CSV download, and the
// disagreeing passages with each coder's own highlight side by side, each resolvable into the
// consensus layer. An independent-coding round restricts the figures to independent codings.
import { useEffect } from 'react';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { codeLabel } from '../codebook/codebook-tree';
import { CheckboxMenu } from '../shell/CheckboxMenu';
import { shareStore } from '../share/share-store';
import { canCompute, formatPercent, formatStat, tableRows } from './agreement-logic';
import { agreementStore, chooseRound, clearChoice, computeAgreement, downloadAgreementCsv, loadAgreementChoices, toggleChoice } from './agreement-store';
import { IndependentScopeNote, RoundPicker } from './RoundPicker';
import { DisagreementList } from './DisagreementList';

export function AgreementView() {
  const { t, locale } = useT();
  const { coders, documents, codes, choice, report, passages, loading, error, rounds } = useStore(agreementStore);
  const { revision } = useStore(shareStore);

  useEffect(() => {
    void loadAgreementChoices();
  }, [revision]);

  const names = new Map((report?.coders ?? coders).map((c) => [c.id, c.name]));
  const codeNames = new Map(codes.map((c) => [c.id, codeLabel(c, locale)]));
  const codeName = (id: string, stored: string) => codeNames.get(id) ?? stored;
  const stat = (v: number | null) => formatStat(v, locale);

  return (
    <div className="team-panel" data-testid="agreement-view">
      <div className="team-bar agreement-choices">
        <fieldset className="agreement-coders">
          <legend>{t('agreement.coders')}</legend>
          {coders.length < 2 && <span className="muted">{t('agreement.needTwoCoders')}</span>}
          {coders.map((c) => (
            <label key={c.id} className="checkbox-row">
              <input type="checkbox" data-testid={`agreement-coder-${c.name}`} checked={choice.coderIds.includes(c.id)} onChange={() => toggleChoice('coderIds', c.id)} />
              <span className="code-swatch" style={{ background: c.color }} />
              {c.name}
            </label>
          ))}
        </fieldset>
        <RoundPicker rounds={rounds} coders={coders} value={choice.roundId ?? ''} onChange={chooseRound} />
        <CheckboxMenu
          label={choice.documentIds.length ? t('agreement.documentsSome') : t('agreement.documentsAll')}
          options={documents.map((d) => ({ id: d.id, label: d.title }))}
          selected={choice.documentIds}
          onToggle={(id) => toggleChoice('documentIds', id)}
          onClear={() => clearChoice('documentIds')}
          clearLabel={t('agreement.useAll')}
          testId="agreement-documents"
        />
        <CheckboxMenu
          label={choice.codeIds.length ? t('agreement.codesSome') : t('agreement.codesAll')}
          options={codes.map((c) => ({ id: c.id, label: codeLabel(c, locale) }))}
          selected={choice.codeIds}
          onToggle={(id) => toggleChoice('codeIds', id)}
          onClear={() => clearChoice('codeIds')}
          clearLabel={t('agreement.useAll')}
          testId="agreement-codes"
        />
        <button type="button" className="primary" data-testid="agreement-compute" disabled={!canCompute(choice) || loading} onClick={() => void computeAgreement()}>
          {loading ? t('agreement.computing') : t('agreement.compute')}
        </button>
        <span className="spacer" />
        <button type="button" data-testid="agreement-csv" disabled={!report} onClick={() => void downloadAgreementCsv()}>
          {t('agreement.exportCsv')}
        </button>
      </div>
      {error && <div className="error-box">{error}</div>}
      {!report && !error && <div className="empty-state">{t('agreement.intro')}</div>}
      {report && (
        <div className="agreement-body">
          {report.independent && <IndependentScopeNote scope={report.independent} />}
          <p className="muted small" data-testid="agreement-scope">
            {t('agreement.scope', { documents: report.documents.length, characters: formatNumber(report.units), coders: report.coders.length })}
            {report.skippedAnnotations > 0 && ` ${t('agreement.skipped', { count: report.skippedAnnotations })}`}
          </p>
          {report.codes.length === 0 ? (
            <div className="empty-state">{t('agreement.noCodes')}</div>
          ) : (
            <table className="analysis-table agreement-table" data-testid="agreement-table">
              <thead>
                <tr>
                  <th className="left">{t('agreement.col.code')}</th>
                  <th className="left">{t('agreement.col.coders')}</th>
                  <th title={t('agreement.tip.percent')}>{t('agreement.col.percent')}</th>
                  <th title={t('agreement.tip.kappa')}>{t('agreement.col.kappa')}</th>
                  <th title={t('agreement.tip.overlap')}>{t('agreement.col.overlap')}</th>
                  <th title={t('agreement.tip.alpha')}>{t('agreement.col.alpha')}</th>
                  <th title={t('agreement.tip.uAlpha')}>{t('agreement.col.uAlpha')}</th>
                  <th title={t('agreement.tip.alphaU1995')}>{t('agreement.col.alphaU1995')}</th>
                </tr>
              </thead>
              <tbody>
                {tableRows(report, t('agreement.overall'), codeName).map((r) => (
                  <tr key={r.key} className={r.overall ? 'total' : undefined} data-testid={r.overall ? 'agreement-overall' : 'agreement-row'}>
                    <th scope="row">{r.codeName}</th>
                    <td className="agreement-pair">{`${names.get(r.pair.coderA) ?? ''} / ${names.get(r.pair.coderB) ?? ''}`}</td>
                    <td data-testid="agreement-percent">{formatPercent(r.pair.percentAgreement, locale)}</td>
                    <td data-testid="agreement-kappa">{stat(r.pair.kappa)}</td>
                    <td>{stat(r.pair.codedOverlap)}</td>
                    {r.span > 0 && (
                      <>
                        <td rowSpan={r.span} data-testid="agreement-alpha">{stat(r.alpha)}</td>
                        <td rowSpan={r.span} data-testid="agreement-ualpha">{stat(r.unitizedAlpha)}</td>
                        <td rowSpan={r.span} data-testid="agreement-alpha1995">{stat(r.alphaU1995)}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <details className="agreement-method">
            <summary>{t('agreement.methodTitle')}</summary>
            <p>{t('agreement.methodText')}</p>
          </details>
          <DisagreementList report={report} passages={passages} codeName={codeName} />
        </div>
      )}
    </div>
  );
}
