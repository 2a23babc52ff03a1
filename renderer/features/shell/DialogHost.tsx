// Renders the in-app path prompt, the confirmation dialog and the toasts from dialogsStore.
import { useState } from 'react';
import { useStore } from '../../state/store';
import { useT } from '../../i18n/i18n';
import { dialogsStore, dismissToast, type ConfirmPrompt, type PathPrompt } from './dialogs-store';
import { Modal } from './Modal';

function PathDialog({ prompt }: { prompt: PathPrompt }) {
  const { t } = useT();
  const [value, setValue] = useState(prompt.suggestion);
  const submit = () => value.trim() && prompt.resolve(value.trim());
  return (
    <Modal
      title={t(`pathDialog.title.${prompt.kind}`)}
      onCancel={() => prompt.resolve(null)}
      testId="path-dialog"
      width={560}
      footer={
        <>
          <button type="button" data-testid="path-cancel" onClick={() => prompt.resolve(null)}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" data-testid="path-ok" disabled={!value.trim()} onClick={submit}>
            {t(`pathDialog.ok.${prompt.kind}`)}
          </button>
        </>
      }
    >
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <label className="field">
          <span>{t('pathDialog.label')}</span>
          <input
            data-testid="path-input"
            className="mono"
            value={value}
            spellCheck={false}
            onChange={(e) => setValue(e.target.value)}
            onFocus={(e) => e.target.select()}
          />
        </label>
        <p className="hint">{t(`pathDialog.hint.${prompt.kind}`)}</p>
      </form>
    </Modal>
  );
}

function ConfirmDialog({ prompt }: { prompt: ConfirmPrompt }) {
  const { t } = useT();
  return (
    <Modal
      title={prompt.title}
      onCancel={() => prompt.resolve(false)}
      testId="confirm-dialog"
      width={440}
      footer={
        <>
          <button type="button" data-testid="confirm-cancel" data-autofocus onClick={() => prompt.resolve(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={prompt.danger ? 'danger' : 'primary'}
            data-testid="confirm-ok"
            onClick={() => prompt.resolve(true)}
          >
            {prompt.confirmLabel}
          </button>
        </>
      }
    >
      <p>{prompt.message}</p>
    </Modal>
  );
}

export function DialogHost() {
  const { path, confirm, toasts } = useStore(dialogsStore);
  const { t } = useT();
  return (
    <>
      {path && <PathDialog key={path.kind + path.suggestion} prompt={path} />}
      {confirm && <ConfirmDialog prompt={confirm} />}
      <div className="toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`} data-testid={`toast-${toast.kind}`} role="status">
            <span>{toast.text}</span>
            <button type="button" className="link" aria-label={t('common.close')} onClick={() => dismissToast(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </>
  );
}
