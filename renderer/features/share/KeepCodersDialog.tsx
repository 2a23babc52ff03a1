// The "whose highlights travel in the copy" question of Send for independent coding
// (independent-send.ts): one checkbox per other coder, none ticked by default.
import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { Modal } from '../shell/Modal';
import { keepPromptStore } from './independent-send';

export function KeepCodersDialog() {
  const { t } = useT();
  const { prompt } = useStore(keepPromptStore);
  const [keep, setKeep] = useState<string[]>([]);
  if (!prompt) return null;
  const done = (ids: string[] | null) => {
    setKeep([]);
    prompt.resolve(ids);
  };
  return (
    <Modal
      title={t('independent.keepTitle')}
      onCancel={() => done(null)}
      testId="keep-coders-dialog"
      width={480}
      footer={
        <>
          <button type="button" data-testid="keep-coders-cancel" onClick={() => done(null)}>{t('common.cancel')}</button>
          <button type="button" className="primary" data-testid="keep-coders-ok" onClick={() => done(keep)}>{t('independent.keepOk')}</button>
        </>
      }
    >
      <p className="muted">{t('independent.keepHint')}</p>
      {prompt.coders.map((c) => (
        <label key={c.id} className="checkbox-row">
          <input
            type="checkbox"
            data-testid={`keep-coder-${c.name}`}
            checked={keep.includes(c.id)}
            onChange={() => setKeep((k) => (k.includes(c.id) ? k.filter((x) => x !== c.id) : [...k, c.id]))}
          />
          <span className="code-swatch" style={{ background: c.color }} />
          {c.name}
        </label>
      ))}
    </Modal>
  );
}
