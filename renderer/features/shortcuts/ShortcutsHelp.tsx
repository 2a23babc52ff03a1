// The help sheet opened with `?`: every coding shortcut, from the same table the key
// dispatcher is tested against (coding-keys.ts), plus the reader's own keys.
import { useT } from '../../i18n/i18n';
import { Modal } from '../shell/Modal';
import { SHORTCUT_HELP } from './coding-keys';

const READER_KEYS: ReadonlyArray<{ keys: string[]; label: string }> = [
  { keys: ['Ctrl+F'], label: 'shortcuts.find' },
  { keys: ['Ctrl++', 'Ctrl+−'], label: 'shortcuts.zoom' },
  { keys: ['PageDown', 'PageUp'], label: 'shortcuts.pages' },
];

export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const { t } = useT();
  const rows = [...SHORTCUT_HELP, ...READER_KEYS];
  return (
    <Modal title={t('shortcuts.title')} onCancel={onClose} testId="shortcuts-help" width={460}
      footer={<button type="button" className="primary" onClick={onClose} data-autofocus>{t('common.close')}</button>}>
      <table className="shortcuts-table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <td className="shortcuts-keys">
                {row.keys.map((k, i) => (
                  <span key={k}>{i > 0 && <span className="muted"> / </span>}<kbd>{k}</kbd></span>
                ))}
              </td>
              <td>{t(row.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
