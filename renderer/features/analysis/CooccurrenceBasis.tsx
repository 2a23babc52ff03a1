// What makes two codes co-occur in the matrix: passages that overlap (the default), or that
// lie within N characters, in one paragraph or on one page. Changing it reloads the tables.
import { useEffect, useState } from 'react';
import type { CooccurrenceMode } from '../../../shared/query/code-cooccurrence';
import { useT } from '../../i18n/i18n';
import { useStore } from '../../state/store';
import { analysisStore, setCooccurrenceMode } from './analysis-store';

type Basis = 'overlap' | 'chars' | 'paragraph' | 'page';

function basisOf(mode: CooccurrenceMode): Basis {
  return mode.kind === 'overlap' ? 'overlap' : mode.distance.unit;
}

function modeOf(basis: Basis, chars: number): CooccurrenceMode {
  if (basis === 'overlap') return { kind: 'overlap' };
  if (basis === 'chars') return { kind: 'near', distance: { unit: 'chars', n: chars } };
  return { kind: 'near', distance: { unit: basis } };
}

export function CooccurrenceBasis() {
  const { t } = useT();
  const { cooccurrence } = useStore(analysisStore);
  const basis = basisOf(cooccurrence);
  const current = cooccurrence.kind === 'near' && cooccurrence.distance.unit === 'chars' ? cooccurrence.distance.n : 200;
  const [chars, setChars] = useState(current);
  useEffect(() => setChars(current), [current]);
  return (
    <div className="analysis-bar cooccurrence-basis">
      <label>
        {t('cooccurrenceBasis.label')}{' '}
        <select value={basis} data-testid="cooccurrence-basis" onChange={(e) => void setCooccurrenceMode(modeOf(e.target.value as Basis, chars))}>
          <option value="overlap">{t('cooccurrenceBasis.overlap')}</option>
          <option value="chars">{t('cooccurrenceBasis.chars')}</option>
          <option value="paragraph">{t('cooccurrenceBasis.paragraph')}</option>
          <option value="page">{t('cooccurrenceBasis.page')}</option>
        </select>
      </label>
      {basis === 'chars' && (
        <label>
          <input
            type="number"
            min={0}
            max={100000}
            step={50}
            value={chars}
            data-testid="cooccurrence-chars"
            aria-label={t('cooccurrenceBasis.charsLabel')}
            onChange={(e) => setChars(Math.max(0, Math.min(100000, Math.round(Number(e.target.value) || 0))))}
            onBlur={() => chars !== current && void setCooccurrenceMode(modeOf('chars', chars))}
            onKeyDown={(e) => e.key === 'Enter' && chars !== current && void setCooccurrenceMode(modeOf('chars', chars))}
          />{' '}
          {t('cooccurrenceBasis.charsUnit')}
        </label>
      )}
    </div>
  );
}
