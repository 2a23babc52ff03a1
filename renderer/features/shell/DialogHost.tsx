// Renders the in-app path prompt, the confirmation dialog and the toasts from dialogsStore.
import { useStore } from '../../state/store';
import { useT } from '../../i18n/i18n';
import { dialogsStore, dismissToast, type ConfirmPrompt, type PathPrompt } from './dialogs-store';
import { Modal } from './Modal';
import { PathPromptModal } from './PathPromptModal';

function PathDialog({ prompt }: { prompt: PathPrompt }) {
  const { t } = useT();
  return (
    <PathPromptModal
      texts={{
        title: t(`pathDialog.title.${prompt.kind}`),
        label: t('pathDialog.label'),
        hint: t(`pathDialog.hint.${prompt.kind}`),
        ok: t(`pathDialog.ok.${prompt.kind}`),
      }}
      suggestion={prompt.suggestion}
      testIdPrefix="path"
      resolve={prompt.resolve}
    />
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
      <p data-testid="confirm-message">{prompt.message}</p>
      {prompt.details && prompt.details.length > 0 && (
        <ul className="confirm-details" data-testid="confirm-details">
          {prompt.details.map((d) => <li key={d}>{d}</li>)}
        </ul>
      )}
      {prompt.note && <p className="hint" data-testid="confirm-note">{prompt.note}</p>}
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
            {toast.action && (
              <button
                type="button"
                className="toast-action"
                data-testid={toast.action.testId}
                onClick={() => {
                  dismissToast(toast.id);
                  toast.action!.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="link" aria-label={t('common.close')} onClick={() => dismissToast(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </>
  );
}
