// Project-level plain types.

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
}
