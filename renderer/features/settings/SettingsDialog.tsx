// Settings: the researcher identity (name and colour, coder.json) and the interface language
// (System / English / Русский), saved via settings.set and applied at once.
import type { Settings } from '../../../shared/domain/project';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { projectStore, saveSettings } from '../project/project-store';
import { Modal } from '../shell/Modal';
import { setSettingsOpen } from '../shell/view-store';
import { ResearcherFields } from './ResearcherFields';

// Language names are shown in their own language, so a user can find theirs whatever the UI shows.
const LANGUAGE_OPTIONS: { value: Settings['language']; label?: string }[] = [
  { value: 'system' },
  { value: 'en', label: 'English' },
  { value: 'ru', label: 'Русский' },
];

export function SettingsDialog() {
  const { t } = useT();
  const { settings, appInfo } = useStore(projectStore);
  const close = () => setSettingsOpen(false);
  return (
    <Modal
      title={t('settings.title')}
      onCancel={close}
      testId="settings-dialog"
      width={460}
      footer={<button type="button" className="primary" data-testid="settings-close" onClick={close}>{t('common.close')}</button>}
    >
      <ResearcherFields />
      <label className="field">
        <span>{t('settings.language')}</span>
        <select
          data-testid="settings-language"
          value={settings.language}
          onChange={(e) => void saveSettings({ language: e.target.value as Settings['language'] })}
        >
          {LANGUAGE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>{o.label ?? t('settings.languageSystem')}</option>
          ))}
        </select>
      </label>
      {appInfo && (
        <p className="muted small" data-testid="settings-version">
          {t('settings.version', { version: appInfo.version, host: t(`settings.host.${appInfo.host}`) })}
        </p>
      )}
    </Modal>
  );
}
