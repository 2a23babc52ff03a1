// Project ▸ Backups: where the backups are kept, the list (newest first: when, why, size) and a
// Restore button per backup.
import type { BackupInfo } from '../../../shared/domain/project';
import { formatNumber, useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { Modal } from '../shell/Modal';
import { backupsStore, backupTime, closeBackups, restoreBackup } from './backups-store';

function folderOf(b: BackupInfo[]): string {
  const p = b[0]?.path ?? '';
  return p.slice(0, Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')));
}

export function BackupsDialog({ projectPath }: { projectPath: string }) {
  const { t } = useT();
  const { open, loading, backups, error, restoring } = useStore(backupsStore);
  if (!open) return null;
  const size = (n: number) =>
    n >= 1024 * 1024 ? t('backups.size.mb', { n: formatNumber(Math.round(n / 104857.6) / 10) }) : t('backups.size.kb', { n: formatNumber(Math.max(1, Math.round(n / 1024))) });
  return (
    <Modal
      title={t('backups.title')}
      onCancel={closeBackups}
      testId="backups-dialog"
      width={640}
      footer={<button type="button" data-autofocus onClick={closeBackups}>{t('common.close')}</button>}
    >
      <p className="hint" data-testid="backups-where">{t('backups.where', { path: backups.length > 0 ? folderOf(backups) : `${projectPath}.backups` })}</p>
      {error && <div className="error-box">{error}</div>}
      {loading && <p>{t('common.loading')}</p>}
      {!loading && !error && backups.length === 0 && <p data-testid="backups-empty">{t('backups.empty')}</p>}
      {backups.length > 0 && (
        <table className="backups-table" data-testid="backups-table">
          <thead>
            <tr>
              <th>{t('backups.col.created')}</th>
              <th>{t('backups.col.reason')}</th>
              <th className="num">{t('backups.col.size')}</th>
              <th><span className="sr-only">{t('backups.restore')}</span></th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name} data-testid="backup-row" data-reason={b.reason} title={b.name}>
                <td>{backupTime(b.createdAt)}</td>
                <td>{t(`backups.reason.${b.reason}`)}</td>
                <td className="num">{size(b.byteSize)}</td>
                <td>
                  <button type="button" className="row-action" data-testid="backup-restore" disabled={restoring !== null} onClick={() => void restoreBackup(b)}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Modal>
  );
}
