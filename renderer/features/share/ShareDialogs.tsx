// The sharing dialogs: whose highlights a copy for independent coding keeps, the in-app path
// prompt (web host), the merge summary (added, updated,
// removed, conflicts, same-name codes), the REFI-QDA import report and a refused file.
import type { MergeCounts, MergeSummary, QdpxImportResult } from '../../../shared/domain/share';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { Modal } from '../shell/Modal';
import { PathPromptModal } from '../shell/PathPromptModal';
import { KeepCodersDialog } from './KeepCodersDialog';
import { isSavePurpose } from './share-paths';
import { closeMergeSummary, closeShareDialogs, shareStore, type SharePrompt } from './share-store';

function SharePathDialog({ prompt }: { prompt: SharePrompt }) {
  const { t } = useT();
  return (
    <PathPromptModal
      texts={{
        title: t(`share.pathTitle.${prompt.purpose}`),
        label: t(isSavePurpose(prompt.purpose) ? 'share.pathLabelSave' : 'share.pathLabelOpen'),
        hint: t(`share.pathHint.${prompt.purpose}`),
        ok: t(`share.pathOk.${prompt.purpose}`),
      }}
      suggestion={prompt.suggestion}
      testIdPrefix="share-path"
      resolve={prompt.resolve}
    />
  );
}

const COUNT_ROWS: Array<keyof MergeCounts> = ['documents', 'codes', 'annotations', 'codings', 'memos'];

function MergeSummaryDialog({ summary }: { summary: MergeSummary }) {
  const { t } = useT();
  const review = summary.conflicts > 0 || summary.sameNameCodes.length > 0;
  return (
    <Modal
      title={t('merge.summaryTitle')}
      onCancel={() => closeMergeSummary(false)}
      testId="merge-summary"
      width={520}
      footer={
        <>
          <button type="button" data-testid="merge-summary-close" onClick={() => closeMergeSummary(false)}>{t('common.close')}</button>
          {review && (
            <button type="button" className="primary" data-testid="merge-review-conflicts" onClick={() => closeMergeSummary(true)}>
              {t('merge.reviewConflicts')}
            </button>
          )}
        </>
      }
    >
      <p>{t('merge.summaryFrom', { name: summary.peerName || t('merge.unnamedPeer') })}</p>
      <table className="analysis-table merge-counts" data-testid="merge-counts">
        <thead>
          <tr><th />{(['added', 'updated', 'removed'] as const).map((k) => <th key={k}>{t(`merge.${k}`)}</th>)}</tr>
        </thead>
        <tbody>
          {COUNT_ROWS.map((row) => (
            <tr key={row}>
              <th scope="row">{t(`merge.item.${row}`)}</th>
              <td data-testid={`merge-added-${row}`}>{formatNumber(summary.added[row])}</td>
              <td>{formatNumber(summary.updated[row])}</td>
              <td>{formatNumber(summary.removed[row])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={summary.conflicts ? 'merge-conflict-line warn-text' : 'merge-conflict-line'} data-testid="merge-conflict-count">
        {t('merge.conflictCount', { count: summary.conflicts })}
      </p>
      {summary.sameNameCodes.length > 0 && (
        <>
          <p>{t('merge.sameNameCount', { count: summary.sameNameCodes.length })}</p>
          <ul className="merge-same-names">
            {summary.sameNameCodes.map((c) => <li key={c.theirsId}>{c.name}</li>)}
          </ul>
        </>
      )}
      {summary.backupPath && <p className="hint">{t('merge.backup', { path: summary.backupPath })}</p>}
    </Modal>
  );
}

function QdpxReportDialog({ report }: { report: QdpxImportResult }) {
  const { t } = useT();
  return (
    <Modal
      title={t('share.qdpxReportTitle')}
      onCancel={closeShareDialogs}
      testId="qdpx-report"
      width={560}
      footer={<button type="button" className="primary" onClick={closeShareDialogs}>{t('common.close')}</button>}
    >
      <p>{t('share.qdpxImported', { documents: report.documents, codes: report.codes, annotations: report.annotations, codings: report.codings, memos: report.memos })}</p>
      <p className="hint mono">{report.path}</p>
      {report.warnings.length === 0 ? (
        <p>{t('share.qdpxNoWarnings')}</p>
      ) : (
        <>
          {(report.skipped ?? []).length > 0 && (
            <>
              <p>{t('qdpxSkipped.title')}</p>
              <ul className="qdpx-skipped" data-testid="qdpx-skipped">
                {(report.skipped ?? []).map((s) => <li key={s.reason}>{t(`qdpxSkipped.${s.reason}`, { count: s.count })}</li>)}
              </ul>
            </>
          )}
          <details open={(report.skipped ?? []).length === 0}>
            <summary>{t('share.qdpxWarnings', { count: report.warnings.length })}</summary>
            <ul className="qdpx-warnings" data-testid="qdpx-warnings">
              {report.warnings.map((w, i) => <li key={i}>{w}</li>)}
            </ul>
          </details>
        </>
      )}
    </Modal>
  );
}

export function ShareDialogs() {
  const { t } = useT();
  const { prompt, mergeSummary, qdpxReport, refusal } = useStore(shareStore);
  return (
    <>
      <KeepCodersDialog />
      {prompt && <SharePathDialog key={prompt.purpose + prompt.suggestion} prompt={prompt} />}
      {mergeSummary && <MergeSummaryDialog summary={mergeSummary} />}
      {qdpxReport && <QdpxReportDialog report={qdpxReport} />}
      {refusal && (
        <Modal
          title={refusal.title}
          onCancel={closeShareDialogs}
          testId="share-refusal"
          width={480}
          footer={<button type="button" className="primary" onClick={closeShareDialogs}>{t('common.close')}</button>}
        >
          <p className="text-error" data-testid="share-refusal-message">{refusal.message}</p>
          <p className="hint">{t('share.unchanged')}</p>
        </Modal>
      )}
    </>
  );
}
