// The researcher identity of this installation (coder.get / coder.set): the name and colour
// recorded with every highlight and coding and shown in agreement, conflicts and history.
// Saved when a field loses focus or Enter is pressed; the id never changes.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { Coder } from '../../../shared/domain/code';
import { errorMessage, useT } from '../../i18n/i18n';
import { notify } from '../shell/dialogs-store';

export function ResearcherFields() {
  const { t } = useT();
  const [coder, setCoder] = useState<Coder | null>(null);
  const [name, setName] = useState('');

  useEffect(() => {
    api['coder.get']().then((c) => {
      setCoder(c);
      setName(c.name);
    }, (err) => notify('error', errorMessage(err)));
  }, []);

  const save = async (patch: { name?: string; color?: string }) => {
    try {
      const c = await api['coder.set'](patch);
      setCoder(c);
      setName(c.name);
    } catch (err) {
      notify('error', errorMessage(err));
      if (coder) setName(coder.name);
    }
  };

  if (!coder) return null;
  return (
    <fieldset className="researcher-fields" data-testid="researcher-fields">
      <legend>{t('coder.title')}</legend>
      <div className="researcher-row">
        <label className="field">
          <span>{t('coder.name')}</span>
          <input
            data-testid="coder-name"
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => name.trim() !== coder.name && void save({ name })}
            onKeyDown={(e) => e.key === 'Enter' && name.trim() !== coder.name && void save({ name })}
          />
        </label>
        <label className="field">
          <span>{t('coder.color')}</span>
          <input type="color" data-testid="coder-color" value={coder.color} onChange={(e) => void save({ color: e.target.value })} />
        </label>
      </div>
      <p className="hint">{t('coder.hint')}</p>
    </fieldset>
  );
}
