// The in-app "type a file path" dialog the web host shows where Electron would open a native
// file dialog (a browser page cannot see the user's file system). Used by the shell (new /
// open / save as) and by sharing (send, merge, REFI-QDA); each passes its texts and test ids.
import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { Modal } from './Modal';

export interface PathPromptTexts {
  title: string;
  label: string;
  hint: string;
  ok: string;
}

export function PathPromptModal(props: {
  texts: PathPromptTexts;
  suggestion: string;
  /** Prefix of the data-testids: `${testIdPrefix}-dialog`, `-input`, `-ok`, `-cancel`. */
  testIdPrefix: string;
  /** The trimmed path, or null when cancelled. */
  resolve(path: string | null): void;
}) {
  const { t } = useT();
  const { texts, testIdPrefix, resolve } = props;
  const [value, setValue] = useState(props.suggestion);
  const submit = () => value.trim() && resolve(value.trim());
  return (
    <Modal
      title={texts.title}
      onCancel={() => resolve(null)}
      testId={`${testIdPrefix}-dialog`}
      width={560}
      footer={
        <>
          <button type="button" data-testid={`${testIdPrefix}-cancel`} onClick={() => resolve(null)}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" data-testid={`${testIdPrefix}-ok`} disabled={!value.trim()} onClick={submit}>
            {texts.ok}
          </button>
        </>
      }
    >
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <label className="field">
          <span>{texts.label}</span>
          <input
            data-testid={`${testIdPrefix}-input`}
            className="mono"
            value={value}
            spellCheck={false}
            onChange={(e) => setValue(e.target.value)}
            onFocus={(e) => e.target.select()}
          />
        </label>
        <p className="hint">{texts.hint}</p>
      </form>
    </Modal>
  );
}
