// The small note beside a field that saves as you type: "Saving…", "Saved", or, when the
// backend refused or could not be reached, "Not saved" with the reason (the text stays in the
// field and the save is retried; renderer/state/autosave.ts).
import type { AutosaveStatus } from '../../state/autosave';
import { errorMessage, useT } from '../../i18n/i18n';

export function AutosaveNote({ status, error }: { status: AutosaveStatus; error: unknown }) {
  const { t } = useT();
  if (status === 'idle') return null;
  if (status === 'error') {
    return (
      <span className="autosave-note autosave-error" role="status" data-testid="autosave-status" data-status={status} title={errorMessage(error)}>
        {t('autosave.failed')}
      </span>
    );
  }
  return (
    <span className="autosave-note muted small" role="status" data-testid="autosave-status" data-status={status}>
      {status === 'saved' ? t('autosave.saved') : t('autosave.saving')}
    </span>
  );
}
