// Project ▸ Backups: the open project's automatic backups and restoring one. A restore asks
// first; the backend backs up the current state, puts the backup in place and reopens the
// project (project.changed and documents.changed then refresh the views).
import { api } from '../../api';
import type { BackupInfo } from '../../../shared/domain/project';
import { errorMessage, formatDate, t } from '../../i18n/i18n';
import { Store } from '../../state/store';
import { askConfirm, notify } from '../shell/dialogs-store';

interface BackupsState {
  open: boolean;
  loading: boolean;
  backups: BackupInfo[];
  error: string | null;
  restoring: string | null;
}

export const backupsStore = new Store<BackupsState>({ open: false, loading: false, backups: [], error: null, restoring: null });

export async function openBackups(): Promise<void> {
  backupsStore.set({ open: true, loading: true, error: null });
  try {
    backupsStore.set({ backups: await api['backups.list'](), loading: false });
  } catch (err) {
    backupsStore.set({ loading: false, error: errorMessage(err) });
  }
}

export function closeBackups(): void {
  backupsStore.set({ open: false, restoring: null });
}

/** Backup time for people: the local date and time to the second (backups before actions come in bursts). */
export function backupTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export async function restoreBackup(b: BackupInfo): Promise<void> {
  const date = backupTime(b.createdAt);
  const ok = await askConfirm({
    title: t('backups.confirmTitle'),
    message: t('backups.confirmMessage', { date }),
    note: t('backups.confirmNote'),
    confirmLabel: t('backups.restore'),
    danger: true,
  });
  if (!ok) return;
  backupsStore.set({ restoring: b.name });
  try {
    await api['backups.restore']({ name: b.name });
    closeBackups();
    notify('info', t('backups.restored', { date }));
  } catch (err) {
    backupsStore.set({ restoring: null });
    notify('error', errorMessage(err));
    void openBackups();
  }
}
