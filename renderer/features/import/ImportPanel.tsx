// The import progress panel: one row per file (state, pages done / total, a bar, the reason
// for a failure or duplicate) and an overall bar, with Cancel while running.
import { useT, errorMessage, formatNumber } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import type { ImportFileStatus } from '../../../shared/domain/import';
import type { ErrorCode } from '../../../shared/errors';
import { cancelImport, closeImportPanel, importStore } from './import-store';
import { fileFraction, summarise } from './import-summary';

function ProgressBar({ value, testId, state }: { value: number; testId?: string; state?: string }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div
      className={`bar ${state ? `bar-${state}` : ''}`}
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      data-testid={testId}
    >
      <div className="bar-fill" style={{ width: `${pct}%` }} />
    </div>
  );
}

function FileRow({ file }: { file: ImportFileStatus }) {
  const { t } = useT();
  const reason =
    file.state === 'failed' || file.state === 'duplicate'
      ? errorMessage({
          code: (file.errorCode ?? (file.state === 'duplicate' ? 'import.duplicate' : 'internal')) as ErrorCode,
          message: file.message ?? '',
        })
      : null;
  return (
    <li className={`import-file state-${file.state}`} data-testid="import-file-row" data-state={file.state}>
      <div className="import-file-line">
        <span className="import-file-name" title={file.name}>{file.name}</span>
        <span className="import-file-state" data-testid="import-file-state">{t(`import.state.${file.state}`)}</span>
      </div>
      {file.pageCount > 0 && (file.state === 'parsing' || file.state === 'saving' || file.state === 'queued') && (
        <div className="import-file-pages">
          {t('import.pages', { done: formatNumber(file.pagesDone), total: formatNumber(file.pageCount) })}
        </div>
      )}
      {file.state === 'recognising' && (
        <div className="import-file-pages" data-testid="import-file-ocr">
          {t('ocr.importProgress', { done: formatNumber(file.ocrPagesDone ?? 0), total: formatNumber(file.ocrPageCount ?? 0) })}
        </div>
      )}
      {file.state === 'done' && (file.ocrSkipped ?? 0) > 0 && (
        <div className="import-file-reason" data-testid="import-file-ocr-skipped">
          {file.ocrErrorCode
            ? t('ocr.importFailed', { count: file.ocrSkipped ?? 0, reason: errorMessage({ code: file.ocrErrorCode as ErrorCode, message: file.ocrMessage ?? '' }) })
            : t('ocr.importSkipped', { count: file.ocrSkipped ?? 0 })}
        </div>
      )}
      <ProgressBar value={fileFraction(file)} state={file.state} />
      {reason && <div className="import-file-reason" data-testid="import-file-reason">{reason}</div>}
    </li>
  );
}

export function ImportPanel() {
  const { t } = useT();
  const { jobs, panelOpen, starting } = useStore(importStore);
  if (!panelOpen || (jobs.length === 0 && !starting)) return null;
  const sum = summarise(jobs);
  const running = sum.running || starting;
  return (
    <section className="import-panel" data-testid="import-progress" data-running={running ? 'true' : 'false'} aria-label={t('import.title')}>
      <header className="import-panel-head">
        <strong>
          {running
            ? t('import.running', { count: sum.total })
            : t('import.finished', { count: sum.done })}
        </strong>
        <span className="import-panel-actions">
          {running &&
            jobs.filter((j) => !j.finished).map((j) => (
              <button key={j.jobId} type="button" data-testid="import-cancel" onClick={() => void cancelImport(j.jobId)}>
                {t('common.cancel')}
              </button>
            ))}
          {!running && (
            <button type="button" data-testid="import-close" onClick={closeImportPanel}>
              {t('common.close')}
            </button>
          )}
        </span>
      </header>
      <ProgressBar value={sum.overall} testId="import-overall" />
      <div className="import-panel-counts" data-testid="import-summary">
        {t('import.summary', { done: sum.done, total: sum.total })}
        {sum.duplicates > 0 && <> · {t('import.duplicates', { count: sum.duplicates })}</>}
        {sum.failed > 0 && <> · <span className="text-error">{t('import.failedCount', { count: sum.failed })}</span></>}
        {sum.cancelled > 0 && <> · {t('import.cancelledCount', { count: sum.cancelled })}</>}
      </div>
      <ul className="import-files">
        {jobs.flatMap((j) => j.files.map((f, i) => <FileRow key={`${j.jobId}:${i}`} file={f} />))}
      </ul>
    </section>
  );
}
