// Project-level plain types.
import type { CitationLocale, CitationStyleId } from '../csl/citation-styles';

export interface ProjectInfo {
  path: string;
  name: string;
  id: string;
  createdAt: string;
  schemaVersion: number;
  documentCount: number;
  pageCount: number;
  byteSize: number;
}

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface AppInfo {
  host: 'electron' | 'web';
  version: string;
  /** OS / browser locale, e.g. 'ru-RU'. */
  systemLocale: string;
  platform: string;
}

export interface Settings {
  /** 'system' follows the OS locale. */
  language: 'system' | 'en' | 'ru';
  /** The user's citation style ("Copy with citation", and the export dialog's last choice);
   *  absent: Chicago author-date. */
  citationStyle?: CitationStyleId;
  /** The citations' locale; absent: the UI language (copy) or the report language (export). */
  citationLocale?: CitationLocale;
}

/** Why a backup was written: the daily one on open, or before a risky action. */
export type BackupReason = 'open' | 'merge' | 'removal' | 'import' | 'restore';

/** One automatic backup of the open project (<project>.backups/<name>). */
export interface BackupInfo {
  /** File name inside the backups folder; the id used to restore it. */
  name: string;
  path: string;
  reason: BackupReason;
  /** ISO time the backup was written (from its name, to the second). */
  createdAt: string;
  byteSize: number;
}

/** What `backups.restore` did: the backup put in place, and the backup of the file it replaced (null when there was no file). */
export interface RestoreResult {
  restored: BackupInfo;
  safety: BackupInfo | null;
}
